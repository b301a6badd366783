// What the editor features share about article files: their names, and the article as they hold it.
import type * as vscode from 'vscode';
import type { AnnotatedDocument } from '../core';

/** An article as the Facts panel shows it: where it is, its name, its annotations (corrections applied). */
export interface Article {
  uri: vscode.Uri;
  name: string;
  doc: AnnotatedDocument;
}

/** An article with the text its annotations point into, as the workspace scan and the exports read it. */
export interface ArticleWithText extends Article {
  text: string;
}

/** The last segment of a URI's path: "a/b/story.txt" → "story.txt" (an untitled document's name). */
export const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

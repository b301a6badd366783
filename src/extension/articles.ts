// What the editor features share about article files: their names.
import type * as vscode from 'vscode';

/** The last segment of a URI's path: "a/b/story.txt" → "story.txt" (an untitled document's name). */
export const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

// What the editor features share about article files: their names.
import type * as vscode from 'vscode';

/** Files this extension writes itself (sidecars and exports): no articles, even when their language is. */
export const OUR_OUTPUTS = /\.(annotations|news-annotator|facts|doccano|labelstudio)\.[^/]*$|\.(ann|csv|jsonld|jsonl)$/;
/** Paths inside a workspace folder that its scan never reads: dependency and tool folders, and our outputs. */
export const NOT_ARTICLES = new RegExp(`(^|/)(node_modules|\\.git|\\.vscode-test)/|${OUR_OUTPUTS.source}`);

/** The last segment of a URI's path: "a/b/story.txt" → "story.txt" (an untitled document's name). */
export const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

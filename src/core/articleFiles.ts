// Which files are articles, shared by the editor (workspace scans) and the CLI (folders): the
// extensions of the article languages, the user's include patterns, and what is never an article.

/** The file extensions of the article languages (newsAnnotator.languages) that a folder scan can see. */
const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
  'news-article': ['news', 'article'],
};

/** The globs of article files: the languages' extensions and the include patterns. */
export function articleGlobs(languages: readonly string[], include: readonly string[]): string[] {
  const extensions = languages.flatMap((l) => LANGUAGE_EXTENSIONS[l] ?? []);
  return [...(extensions.length ? [`**/*.{${extensions.join(',')}}`] : []), ...include];
}

/** Files this extension writes itself (sidecars and exports): no articles, even when their language is. */
export const OUR_OUTPUTS = /\.(annotations|news-annotator|facts|doccano|labelstudio)\.[^/]*$|\.(ann|csv|jsonld|jsonl)$/;
/** Paths inside a folder that a scan never reads: dependency and tool folders, and our outputs. */
export const NOT_ARTICLES = new RegExp(`(^|/)(node_modules|\\.git|\\.vscode-test)/|${OUR_OUTPUTS.source}`);

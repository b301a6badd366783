// The CLI's inputs: files as named, and folders read recursively for the article files the
// extension's settings select by default (core/articleFiles.ts), in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { articleGlobs, NOT_ARTICLES } from '../core/articleFiles';

export interface ArticleInput {
  /** as given or found: a path, or "-" for standard input */
  path: string;
  /** where its output goes under --out: the path below the folder it was found in, or the file's name */
  relative: string;
  /** bytes, when known beforehand (for the progress line's ETA) */
  size: number | null;
}

/** Every article file named or found under a named folder; `include` adds globs to the default ones. */
export function articleInputs(
  paths: readonly string[],
  languages: readonly string[],
  include: readonly string[] = [],
): ArticleInput[] {
  const isArticle = picomatch(articleGlobs(languages, include), { dot: false });
  const out: ArticleInput[] = [];
  for (const path of paths) {
    const stat = path === '-' ? null : statOrNull(path);
    if (stat?.isDirectory()) {
      for (const file of walk(path)) {
        const rel = relative(path, file).split(sep).join('/');
        if (isArticle(rel) && !NOT_ARTICLES.test(rel))
          out.push({ path: file, relative: rel, size: statOrNull(file)?.size ?? null });
      }
    } else out.push({ path, relative: path === '-' ? 'stdin' : basename(path), size: stat?.size ?? null }); // a missing file fails as its own task, saying why
  }
  return out;
}

const statOrNull = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/** The files under a folder, sorted, without following links (no cycles) or entering dependency folders. */
function* walk(folder: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    return; // an unreadable folder holds no articles we can read; its files would each fail alike
  }
  for (const e of entries) {
    const path = join(folder, e.name);
    if (e.isDirectory() && !NOT_ARTICLES.test(`${e.name}/`)) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

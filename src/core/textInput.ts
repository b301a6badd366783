// What every front end checks of a text before it is annotated, written once so that the CLI (files
// and JSONL), the editor and the workspace scan follow one rule.

/** Why a text is not annotated as an article, or null: NUL code units mean a binary file, not text. */
export function notText(text: string): string | null {
  return text.includes('\u0000') ? 'it contains NUL characters, so it looks like a binary file rather than text' : null;
}

/**
 * The text without a leading byte-order mark. VS Code drops the mark when it opens a file, so offsets
 * computed with it would be one code unit off against the editor's.
 */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

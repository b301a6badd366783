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

/** A text's size in UTF-8 bytes, as it is on disk: the one measure of the size limit everywhere. */
export function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

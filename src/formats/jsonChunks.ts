// JSON.stringify(value, null, 2) in pieces, so that a document with a million annotations is written
// out one annotation at a time instead of being built as one string (V8 refuses strings over ~512 M
// characters, and a 50 MB article's pretty-printed JSON comes close). Joined, the pieces are exactly
// what JSON.stringify(value, null, 2) returns.

const INDENT = '  ';

/** The pieces of JSON.stringify(value, null, 2); arrays and objects down to `depth` levels are opened up. */
export function* jsonChunks(value: unknown, depth = 2, pad = ''): Generator<string> {
  if (
    depth === 0 ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    // JSON strings hold no raw line break, so every newline here is the indentation's own
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
    return;
  }
  const inner = pad + INDENT;
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (!entries.length) {
    yield open + close;
    return;
  }
  yield `${open}\n`;
  for (let k = 0; k < entries.length; k++) {
    const [key, v] = entries[k]!;
    yield inner + (key === null ? '' : `${JSON.stringify(key)}: `);
    // in arrays, JSON.stringify writes undefined and functions as null
    yield* jsonChunks(
      key === null && (v === undefined || typeof v === 'function' || typeof v === 'symbol') ? null : v,
      depth - 1,
      inner,
    );
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield pad + close;
}

// Sets and maps of words that answer "no" to most words without hashing them: looking a fresh token
// string up in a Set hashes the whole string first, and the words a recognizer asks about right
// after a trigger ("the" + next word) are mostly not in its set. One table read on the word's
// length and first two characters rules most of them out (measured with `npm run bench`). The
// tokenizer computes each token's fingerprint from the characters it scans anyway (Token.fingerprint),
// so that asking about a token (hasAt, getAt) reads no string unless the table lets it through.
import type { Token } from './tokenize';

/** A map from words that rules most strangers out by a table read before the map is asked. */
export class QuickMap<V> {
  private readonly map: ReadonlyMap<string, V>;
  /** one bit per fingerprint: 2 KB a table rather than 16 with a byte each, which the processor caches better across the tables (~1.5% of the pipeline) */
  private readonly possible = new Uint32Array(1 << 9);

  constructor(entries: Iterable<readonly [string, V]>) {
    this.map = new Map(entries);
    for (const w of this.map.keys()) {
      const f = fingerprint(w);
      this.possible[f >>> 5]! |= 1 << (f & 31);
    }
  }

  get(word: string): V | undefined {
    return this.may(fingerprint(word)) ? this.map.get(word) : undefined;
  }

  has(word: string): boolean {
    return this.may(fingerprint(word)) && this.map.has(word);
  }

  /** get(tokens[k].lower), or undefined past either end of the tokens */
  getAt(tokens: readonly Token[], k: number): V | undefined {
    const t = tokens[k];
    return t !== undefined && this.may(t.fingerprint) ? this.map.get(t.lower) : undefined;
  }

  /** has(tokens[k].lower), or false past either end of the tokens */
  hasAt(tokens: readonly Token[], k: number): boolean {
    const t = tokens[k];
    return t !== undefined && this.may(t.fingerprint) && this.map.has(t.lower);
  }

  private may(fingerprint: number): boolean {
    return ((this.possible[fingerprint >>> 5]! >>> (fingerprint & 31)) & 1) === 1;
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

/** A set of words: a QuickMap whose words map to nothing in particular. */
export class QuickSet extends QuickMap<true> {
  constructor(words: Iterable<string>) {
    super(Array.from(words, (w) => [w, true] as const));
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.keys();
  }
}

/** the table index of a word: its length and its first two characters, each in five bits (letters whatever their case) */
export const fingerprint = (w: string) =>
  ((w.length & 15) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(1) & 31);

// UTF-16 code units (what JavaScript, VS Code and schema v1 use) to Unicode code points (what the
// W3C Web Annotation TextPositionSelector, brat, doccano and Label Studio count), and back.

export interface OffsetMap {
  toCodePoint(utf16: number): number;
  fromCodePoint(codePoint: number): number;
}

export function offsetMap(text: string): OffsetMap {
  // positions (in UTF-16 units) where a surrogate pair starts: usually none, so both directions are O(1)
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const pairsBefore = (utf16: number) => {
    let lo = 0,
      hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! < utf16 - 1) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoint: (utf16) => utf16 - pairsBefore(utf16),
    fromCodePoint: (cp) => {
      // pairs[k] - k (the pair's code point offset) grows with k: binary search, as in toCodePoint
      let lo = 0,
        hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid]! - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}

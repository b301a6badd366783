// Paragraphs are separated by a blank line ("\n", spaces or tabs, "\r", "\n"). A scan rather than a
// global regex: it runs over every article and allocates one small array.

/** The blank lines of a text, each as [start, end): the paragraphs lie between them. */
export function paragraphBreaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    let k = at + 1;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (text.charCodeAt(k) === 13) k++;
    if (text.charCodeAt(k) !== 10) continue;
    out.push([at, k + 1]);
    at = k;
  }
  return out;
}

// Which language an article is written in, told cheaply from its function words (the engine's rules
// are English). A stop-word vote over the first few thousand characters separates the languages news
// arrives in well, without a model: franc-style trigram profiles would weigh ~100 KB in the web bundle.

const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'that',
    'is',
    'was',
    'for',
    'with',
    'said',
    'on',
    'by',
    'from',
    'have',
    'has',
    'it',
    'were',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'nicht',
    'ist',
    'mit',
    'den',
    'von',
    'sich',
    'des',
    'auf',
    'für',
    'eine',
    'dem',
    'wurde',
    'auch',
    'seien',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'du',
    'une',
    'est',
    'dans',
    'pour',
    'qui',
    'que',
    'sur',
    'pas',
    'au',
    'ont',
    'avec',
    'été',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'que',
    'por',
    'una',
    'con',
    'para',
    'se',
    'al',
    'fue',
    'su',
    'lo',
    'como',
    'pero',
    'sus',
  ],
  it: [
    'il',
    'di',
    'che',
    'della',
    'per',
    'una',
    'sono',
    'gli',
    'nel',
    'alla',
    'con',
    'non',
    'dei',
    'delle',
    'è',
    'anche',
    'stato',
    'ha',
  ],
  pt: [
    'os',
    'das',
    'não',
    'uma',
    'com',
    'para',
    'foi',
    'pelo',
    'pela',
    'ao',
    'seu',
    'sua',
    'mais',
    'também',
    'são',
    'dos',
    'nos',
    'à',
  ],
  nl: [
    'het',
    'een',
    'van',
    'en',
    'niet',
    'zijn',
    'voor',
    'met',
    'werd',
    'ook',
    'dat',
    'bij',
    'naar',
    'heeft',
    'maar',
    'om',
    'deze',
    'wordt',
  ],
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};

const BY_WORD = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

/**
 * The language of a text by its function words: an ISO 639-1 code, or null when the text is too short
 * or too mixed to say. Only the first SAMPLE characters are read, so the cost is constant.
 */
export function languageOf(text: string): string | null {
  const votes: Record<string, number> = {};
  let words = 0;
  for (const m of text
    .slice(0, SAMPLE)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    words++;
    for (const lang of BY_WORD.get(m[0]) ?? []) votes[lang] = (votes[lang] ?? 0) + 1;
  }
  const ranked = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || words < 20 || best[1] < 5) return null;
  // a clear winner: twice the runner-up (English shares "in", "the" … with none, but "a", "on" with several)
  return !second || best[1] >= 2 * second[1] ? best[0] : null;
}
const SAMPLE = 3000;

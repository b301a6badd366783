import { NUMBER_START_WORDS, readNumber, type NumberMatch } from '../numberWords';
import { COUNTRY_TRIE } from '../gazetteer';
import { isAllCaps, isCapitalized, TokenKind, type Token } from '../tokenize';
import { lowerAt } from '../timeSupport';
import { UNITS, isYear } from '../timeWords';
import type { CountCandidate, DocumentContext, Recognizer } from '../types';
import type { Qualifier } from '../schema';
import { QuickMap, QuickSet } from '../quickSet';

// Counts: a cardinal number and the noun it counts ("as many as 43 Russian diplomats": 43, at most,
// "diplomats"). Numbers that are something else are left out: years, dates, times and durations
// (the time recognizers ran first), money, percentages, measures, ordinals, ages, scores, phone
// and section numbers.

const QUALIFIERS: ReadonlyArray<[string, Qualifier]> = [
  ['as many as', 'at-most'], ['up to', 'at-most'], ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['upwards of', 'more-than'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['nearly', 'approx'], ['almost', 'approx'], ['about', 'approx'], ['around', 'approx'], ['some', 'approx'], ['roughly', 'approx'],
  ['approximately', 'approx'], ['an estimated', 'approx'], ['close to', 'approx'], ['estimated', 'approx'], ['just over', 'more-than'],
  ['a total of', 'exact'],
];
/** the qualifiers by their last word, longest first, so that a count checks only those that can end before it */
const QUALIFIERS_BY_LAST_WORD = (() => {
  const byLast = new Map<string, Array<{ words: string[]; q: Qualifier }>>();
  for (const [p, q] of QUALIFIERS) {
    const words = p.split(' ');
    const list = byLast.get(words[words.length - 1]!) ?? [];
    list.push({ words, q });
    list.sort((a, b) => b.words.length - a.words.length);
    byLast.set(words[words.length - 1]!, list);
  }
  return new QuickMap(byLast);
})();
/** what glues two numbers into one code, score, time or date: 2-1, 555-1234, 10:30, 3/30 */
const JOINERS = new Set(['-', ':', '/', '–']);
/** tokens after which a capital only starts a sentence */
const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', ':', ';', '(']);
/** "diplomats", not "Diplomats" or "class" */
function isLowerPlural(w: string): boolean {
  if (w.length < 2 || w.charCodeAt(w.length - 1) !== 115) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** words that make "one" a pronoun: "the one who", "this one", "every one" */
const PRONOUN_ONE_BEFORE = new QuickSet(['the', 'this', 'that', 'every', 'each', 'any', 'which', 'another', 'no']);
const PERSON_NOUNS = new QuickSet(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'man', 'woman', 'boy', 'girl', 'widow', 'friend']);
const STREETS = new QuickSet(['street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'drive', 'place', 'square']);
const QUALIFIER_WORDS = new QuickSet(QUALIFIERS.flatMap(([p]) => p.split(' ')));
const CURRENCY_BEFORE = new QuickSet(['$', '€', '£', '¥', '₹', '₽', 'us$', 'c$', 'a$', 'hk$', 'rs', 'rs.', 'usd', 'eur', 'gbp']);
const NOT_COUNT_AFTER = new QuickSet([
  'percent', '%', 'per', 'percentage', 'dollars', 'dollar', 'cents', 'cent', 'euros', 'euro', 'pounds', 'pound', 'yen', 'yuan', 'rubles', 'roubles', 'rupees', 'pesos', 'francs', 'marks', 'lire', 'krona', 'kronor',
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter', 'feet', 'foot', 'ft', 'inches', 'inch', 'cm', 'mm',
  'kg', 'kilograms', 'kilos', 'grams', 'tonnes', 'tons', 'tonne', 'ton', 'ounces', 'ounce', 'lb', 'lbs', 'acres', 'hectares', 'degrees', 'mph', 'kph', 'km/h',
  'barrels', 'bpd', 'litres', 'liters', 'gallons', 'megawatts', 'mw', 'gw', 'kw', 'kwh', 'basis', 'bps', 'a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc',
  'st', 'nd', 'rd', 'th', 'mln', 'bln', 'billion-dollar',
]);
const NOT_COUNT_BEFORE = new QuickSet(['no.', 'no', 'nos', 'fig', 'vol', 'art', 'sec', 'number', 'section', 'article', 'chapter', 'page', 'room', 'flight', 'route', 'highway', 'resolution', 'rule', 'title', 'grade', 'level', 'phase', 'version', 'paragraph', 'clause', 'item', 'appendix', 'table', 'figure', 'line', 'platform', 'gate', 'terminal', 'suite', 'apartment', 'unit', 'aged', 'age', 'ages', 'v', 'vs', 'vs.', 'score', 'model', 'type', 'size']);
const NOUN_STOP = new QuickSet(['of', 'to', 'in', 'on', 'at', 'among', 'for', 'from', 'with', 'and', 'or', 'but', 'who', 'that', 'which', 'were', 'was', 'have', 'has', 'had', 'are', 'is', 'will', 'would', 'said', 'the', 'a', 'an', 'by', 'as', 'than', 'into', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'be', 'been', 'being', 'they', 'them', 'their', 'it', 'its', 'he', 'she', 'we', 'you', 'i', 'this', 'these', 'those', 'not', 'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'also', 'each', 'all', 'per', 'out', 'up', 'down', 'over', 'under', 'about', 'less', 'such',
  // verbs that follow a bare count in news ("3 died", "two fled"): what the count did, not what it counts
  'died', 'left', 'fled', 'remained', 'remain', 'survived', 'escaped', 'returned', 'arrived', 'voted', 'went', 'came', 'fell', 'rose', 'won', 'lost']);
const PLURAL_NOUNS = new QuickSet(['people', 'police', 'staff', 'personnel', 'children', 'men', 'women', 'troops', 'crew', 'militia', 'cattle']);
const NOUN_ADJECTIVES = new QuickSet(['other', 'more', 'senior', 'junior', 'new', 'former', 'top', 'foreign', 'local', 'suspected', 'alleged', 'armed', 'unarmed', 'additional', 'further', 'young', 'old', 'small', 'large', 'big', 'major', 'key', 'different', 'separate', 'remaining']);

/** "dozens of", "hundreds of", "thousands of": at least two of the unit (24, 200, 2,000 …). */
const VAGUE_PLURALS = new QuickMap<number>([['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['millions', 2e6], ['billions', 2e9]]);
/** the vague plurals that count on their own ("scores" and "millions" alone are mostly results and money) */
const BARE_VAGUE_PLURALS = new QuickSet(['dozens', 'hundreds', 'thousands']);

function vaguePlural(tokens: readonly Token[], i: number): (NumberMatch & { vague: true; bare: boolean }) | null {
  const value = VAGUE_PLURALS.getAt(tokens, i);
  if (value === undefined) return null;
  if (lowerAt(tokens, i + 1) === 'of') return { value, first: i, last: i + 1, digits: false, vague: true, bare: false }; // "of" too, like "a couple of"
  // "thousands marched", "hundreds were arrested": a count of people the sentence does not name
  return BARE_VAGUE_PLURALS.hasAt(tokens, i) ? { value, first: i, last: i, digits: false, vague: true, bare: true } : null;
}

/** "In total, more than 150 …", "In all, 43 …", "Altogether, 12 …": the clause opens by saying the count is a total. */
function statedAsTotal(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  const w = lowerAt(tokens, k);
  return w === 'altogether' || ((w === 'total' || w === 'all') && lowerAt(tokens, k - 1) === 'in');
}

/** Whether token k is a word with a capital, glued by the hyphen to the number: a name, as in "F-16" or "7-Eleven". */
function gluedCapital(tokens: readonly Token[], k: number, hyphen: Token, number: Token): boolean {
  const w = tokens[k];
  const glued = w !== undefined && (w.end === hyphen.start ? hyphen.end === number.start : hyphen.end === w.start && number.end === hyphen.start);
  return glued && w.kind === TokenKind.Word && w.text.charCodeAt(0) >= 65 && w.text.charCodeAt(0) <= 90;
}

export class CountRecognizer implements Recognizer {
  readonly name = 'counts';
  readonly triggers = { words: [...NUMBER_START_WORDS, ...VAGUE_PLURALS.keys()], digits: true };

  recognize(ctx: DocumentContext, starts: readonly number[]): CountCandidate[] {
    const { tokens, text } = ctx;
    const times = ctx.found.filter((c) => c.kind === 'time'); // in span order, as the pipeline keeps them
    let ti = 0;
    const out: CountCandidate[] = [];
    let done = -1;
    for (const i of starts) {
      if (i <= done) continue;
      const t = tokens[i]!;
      const n = readNumber(tokens, i) ?? vaguePlural(tokens, i);
      if (!n || (n.first === n.last && (t.lower === 'a' || t.lower === 'an'))) continue;
      done = n.last;
      const start = tokens[n.first]!.start, end = tokens[n.last]!.end;
      while (ti < times.length && times[ti]!.end <= start) ti++;
      if (ti < times.length && times[ti]!.start < end) continue;
      if (!this.isCardinal(tokens, n)) continue;
      out.push(this.build(text, tokens, n));
    }
    return out;
  }

  private isCardinal(tokens: readonly Token[], n: NumberMatch): boolean {
    const prev = tokens[n.first - 1], next = tokens[n.last + 1];
    const prevLower = prev?.lower ?? '';
    if (CURRENCY_BEFORE.hasAt(tokens, n.first - 1) || NOT_COUNT_BEFORE.hasAt(tokens, n.first - 1)) return false;
    // "No. 1", "Fig. 3": the abbreviation and its period are two tokens
    if (prev?.text === '.' && tokens[n.first - 2]?.end === prev.start && NOT_COUNT_BEFORE.hasAt(tokens, n.first - 2)) return false;
    if (prev && prev.text === '#') return false;
    const nextLower = next?.lower ?? '';
    if (NOT_COUNT_AFTER.hasAt(tokens, n.last + 1)) return false;
    // "40 years old": an age; "40 years" alone is a duration the time recognizers took
    if (UNITS.hasAt(tokens, n.last + 1)) return false;
    if (this.isAge(tokens, n) || this.isAddress(tokens, n)) return false;
    if (nextLower === 'square' || nextLower === 'cubic') return false;
    // scores, phone numbers, clock times, dates written with slashes, decimal codes: 2-1, 555-1234, 10:30, 3/30
    if (next && JOINERS.has(next.text) && tokens[n.last]!.end === next.start && tokens[n.last + 2]?.kind === TokenKind.Number) return false;
    if (prev && JOINERS.has(prev.text) && prev.end === tokens[n.first]!.start && tokens[n.first - 2]?.kind === TokenKind.Number) return false;
    // designations: "F-16", "COVID-19", "B-52", "7-Eleven"
    if (prev?.text === '-' && gluedCapital(tokens, n.first - 2, prev, tokens[n.first]!)) return false;
    if (next?.text === '-' && gluedCapital(tokens, n.last + 2, next, tokens[n.last]!)) return false;
    if (next && next.text === '-' && /^(year|month|week|day|hour|minute)s?$/.test(lowerAt(tokens, n.last + 2))) return false; // "35-year-old"
    if (next && next.text === '-' && NOT_COUNT_AFTER.hasAt(tokens, n.last + 2)) return false; // "a 10-mile walk", "6-foot-2"
    if (prev && prev.text === '-' && NOT_COUNT_AFTER.hasAt(tokens, n.first - 2)) return false; // the 2 of "6-foot-2"
    if (this.inName(tokens, n)) return false;
    if (n.digits && n.first === n.last) {
      const raw = tokens[n.first]!.text;
      if (isYear(raw) && !isLowerPlural(nextLower)) return false; // a year the date recognizer left alone
      if (next?.text === '/' && tokens[n.last + 2]?.kind === TokenKind.Number && !raw.includes('.') && !raw.includes(',')) return false; // a fraction "1/2"
      if (raw.length > 1 && raw.startsWith('0')) return false; // codes, not quantities
    }
    if (n.first === n.last && tokens[n.first]!.lower === 'one') {
      if (!/^[a-z]/.test(tokens[n.first + 1]?.text ?? '')) return false; // "one of" stays, "one." and "One," are pronouns
      // "the one who", "this one and", "every one of", "one another" (but "any one manufacturer" counts)
      const after = lowerAt(tokens, n.first + 1);
      if ((PRONOUN_ONE_BEFORE.has(prevLower) && NOUN_STOP.has(after)) || after === 'another') return false;
    }
    return true;
  }

  /** "his wife, 38, said": an age set off by commas after a name or a person. */
  private isAge(tokens: readonly Token[], n: NumberMatch): boolean {
    const prev = tokens[n.first - 1], before = tokens[n.first - 2], next = tokens[n.last + 1];
    if (!n.digits || n.first !== n.last || prev?.text !== ',' || !next || (next.text !== ',' && next.text !== '.')) return false;
    const age = n.value >= 1 && n.value <= 120 && Number.isInteger(n.value);
    if (!age || !before || before.kind !== TokenKind.Word || COUNTRY_TRIE.next.has(before.lower)) return false; // "Belgium, 21, …" is a tally
    return isCapitalized(before) || PERSON_NOUNS.has(before.lower);
  }

  /** "1600 Pennsylvania Avenue": a street number. */
  private isAddress(tokens: readonly Token[], n: NumberMatch): boolean {
    if (!n.digits) return false;
    for (let k = n.last + 1; k <= n.last + 3; k++) {
      const t = tokens[k];
      if (!t || t.kind !== TokenKind.Word || !isCapitalized(t)) return false;
      if (STREETS.has(t.lower)) return true;
    }
    return false;
  }

  /** "Boeing 747", "Channel 4", "Apollo 13": a number that is part of a name, not a quantity. */
  private inName(tokens: readonly Token[], n: NumberMatch): boolean {
    const prev = tokens[n.first - 1], before = tokens[n.first - 2], next = tokens[n.last + 1];
    if (!n.digits || !prev || prev.kind !== TokenKind.Word || !isCapitalized(prev) || isAllCaps(prev)) return false;
    if (!before || SENTENCE_OPENERS.has(before.text) || prev.newlineBefore) return false; // a capital that only starts the sentence
    if (COUNTRY_TRIE.next.has(prev.lower) || QUALIFIER_WORDS.has(prev.lower)) return false; // "Russian 43 …", "Some 150"
    return !next || next.kind !== TokenKind.Word || !isLowerPlural(next.text); // "Channel 4 viewers" stays a name too, "Group 7 nations" does not
  }

  private build(text: string, tokens: readonly Token[], n: NumberMatch): CountCandidate {
    const qual = this.qualifierBefore(tokens, n.first);
    let first = qual ? n.first - qual.words : n.first;
    let qualifier: Qualifier = 'vague' in n ? 'at-least' : qual?.q ?? 'exact';
    let value = n.value;
    let max: number | undefined;
    let last = n.last;
    // ranges: "between 10 and 20", "10 to 20", "10-20"
    const sep = tokens[n.last + 1];
    if (sep && (sep.lower === 'to' || sep.lower === 'and' || sep.text === '-' || sep.text === '–')) {
      const upper = readNumber(tokens, n.last + 2);
      if (upper && upper.value > n.value && (sep.lower !== 'and' || lowerAt(tokens, n.first - 1) === 'between')) {
        max = upper.value;
        qualifier = 'range';
        last = upper.last;
        if (sep.lower === 'and') first = n.first - 1;
      }
    }
    const noun = 'bare' in n && n.bare ? null : this.nounAfter(tokens, last);
    const end = noun ? tokens[noun]!.end : tokens[last]!.end;
    let total = qual?.q === 'exact' && tokens[first]!.lower === 'a';
    const after = noun ?? last;
    if (lowerAt(tokens, after + 1) === 'in' && lowerAt(tokens, after + 2) === 'all') total = true;
    if (lowerAt(tokens, after + 1) === 'altogether' || (lowerAt(tokens, after + 1) === 'in' && lowerAt(tokens, after + 2) === 'total')) total = true;
    if (statedAsTotal(tokens, first)) total = true;
    const start = tokens[first]!.start;
    const numberStart = tokens[n.first]!.start, numberEnd = tokens[last]!.end;
    return {
      kind: 'count', start, end, text: text.slice(start, end),
      count: {
        // one shape for every count (an absent max or total is undefined, which JSON leaves out): object spreads cost more than the rest of building a count
        value, max, qualifier, total: total || undefined,
        numberStart, numberEnd,
        noun: noun === null ? null : tokens[noun]!.text, nounStart: noun === null ? null : tokens[noun]!.start, nounEnd: noun === null ? null : tokens[noun]!.end,
      },
    };
  }

  private qualifierBefore(tokens: readonly Token[], first: number): { q: Qualifier; words: number } | null {
    const endingHere = QUALIFIERS_BY_LAST_WORD.getAt(tokens, first - 1);
    if (!endingHere) return null;
    // the longest phrase whose words all stand before the number: "no more than" before "more than"
    for (const { words, q } of endingHere) {
      let k = 0;
      while (k < words.length && lowerAt(tokens, first - words.length + k) === words[k]) k++;
      if (k === words.length && first - words.length >= 0) return { q, words: words.length };
    }
    return null;
  }

  /** The counted noun: the head of the words after the number ("43 Russian diplomats" → diplomats). */
  private nounAfter(tokens: readonly Token[], last: number): number | null {
    let noun: number | null = null;
    let demonym: number | null = null; // "two Russians": the demonym is the noun when nothing follows
    for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== TokenKind.Word || t.newlineBefore) break;
      if (NOUN_STOP.hasAt(tokens, k)) break;
      const w = t.lower;
      if (noun !== null && (w.endsWith('ing') || w.endsWith('ed'))) break;
      const c0 = t.text.charCodeAt(0);
      const capital = c0 >= 65 && c0 <= 90;
      const isCountry = capital && COUNTRY_TRIE.next.has(w);
      if (capital && !isCountry && noun === null && k > last + 1 && !isAllCaps(t)) break; // a name after the number, unless the line is in capitals ("21 RUSSIAN DIPLOMATS")
      if (isCountry) demonym = k;
      const adjective = NOUN_ADJECTIVES.hasAt(tokens, k);
      noun = isCountry || adjective ? noun : k;
      // a plural ends the phrase: "43 diplomats", "200 police"
      if (!isCountry && !adjective && ((w.length > 1 && w.endsWith('s') && !w.endsWith('ss')) || PLURAL_NOUNS.hasAt(tokens, k))) break;
      if (tokens[k + 1]?.text === '-') k++;
    }
    return noun ?? demonym;
  }
}

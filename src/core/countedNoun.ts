// The noun a number counts (COUNTS.md, "noun"): the head of the noun phrase after it. "43 Russian
// diplomats" → diplomats; "833,334 Schult Homes Corp units" → units (names inside the phrase are
// modifiers); "four senior vice-presidents" → vice-presidents (a hyphenated head is one noun); "a
// 12-nation group" → nation (in a compound the word joined to the number); "one of Italy's leading
// economists" → economists ("N of the X" counts the X); "two Russians" → the demonym when nothing else.
import { COUNTRY_TRIE } from './gazetteer';
import { isPastForm, isPresentInS, PAST_AS_BASE, verbForm } from './verbs';
import { QuickSet } from './quickSet';
import { PERSON_TITLES } from './sentences';
import { NUMBER_START_WORDS, readNumber, SCALE_WORDS } from './numberWords';
import { AMOUNT_UNITS } from './quantityUnits';
import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './timeWords';
import {
  glued,
  hyphenJoins,
  isAllCaps,
  isCapitalized,
  isPossessiveAt,
  titleCaseAt,
  TokenKind,
  type Token,
} from './tokenize';

/** A noun as token indices, first to last (three tokens for "vice-presidents"). */
export interface NounRange {
  first: number;
  last: number;
}

export const NOUN_STOP = new QuickSet([
  'vs',
  'vs.',
  'versus',
  // ("at 101 plus accrued interest": the sum's sign, no noun; "added 71 off 85 balls")
  'plus',
  'minus',
  'off',
  'of',
  'to',
  'in',
  'on',
  'at',
  'among',
  'for',
  'from',
  'with',
  'and',
  'or',
  'but',
  'who',
  'that',
  'which',
  'were',
  'was',
  'have',
  'has',
  'had',
  'are',
  'is',
  'will',
  'would',
  'said',
  'the',
  'a',
  'an',
  'by',
  'as',
  'than',
  'into',
  'after',
  'before',
  'during',
  'since',
  'while',
  'when',
  // conjunctions that open a clause: "would take thirty-five hundred if it had the room"
  'if',
  'unless',
  'because',
  'although',
  'though',
  'whether',
  'until',
  'where',
  'whenever',
  'wherever',
  'be',
  'been',
  'being',
  'they',
  'them',
  'their',
  'it',
  'its',
  'he',
  'she',
  'we',
  'you',
  'i',
  'this',
  'these',
  'those',
  'not',
  'could',
  'should',
  'may',
  'might',
  'can',
  'cannot',
  'must',
  'shall',
  'did',
  'do',
  'does',
  'also',
  'each',
  'all',
  'per',
  'out',
  'up',
  'down',
  'over',
  'under',
  'about',
  'less',
  'such',
  // adverbs and predicative adjectives after a bare figure: "71.25 mln due on September 29", "5 mln apiece", "2 mln yesterday"
  'due',
  'outstanding',
  'apiece',
  'total',
  'altogether',
  'overall',
  'respectively',
  'previously',
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  // a time told from another after the count ("3 min later", "40 CEOs earlier this year"; "12 MPs last week": timeAfterAt)
  'earlier',
  'later',
  'now',
  'currently',
  'again',
  // adverbs of order and company: "the two first met in April", "the three together own 40 pct"
  'first',
  'together',
  'alone',
  // focusing and frequency adverbs after a bare count: "with one even talking of victory", "two still missing"
  // the predicate of an expulsion after its object: "declared one diplomat persona non grata"
  'persona',
  'even',
  'still',
  'already',
  'never',
  'ever',
  'overseas',
  'abroad',
  // ("369 domestic institutions and 347 elsewhere": the noun is the other figure's)
  'elsewhere',
  // ("reducing its offices to 81 statewide", "to have 25,000 throughout Europe")
  'throughout',
  'statewide',
  'nationwide',
  'worldwide',
  'countrywide',
  'globally',
  'locally',
  'aboard',
  'ashore',
  'ahead',
  'north',
  'south',
  'east',
  'west',
  // adverbs that end the phrase after a bare count or its noun: "one underwriter away from", "14 instead of 18", "22,895 here
  // yesterday", "two either lost money", "three above and three below the spot index", "turns 66 soon"
  'away',
  'instead',
  'here',
  'there',
  'then',
  'either',
  'soon',
  'above',
  'below',
  'excluding',
  'compared',
  // prepositions of place: "one near Rochester", "500 outside the embassy"
  'near',
  'outside',
  'inside',
  'across',
  'through',
  'against',
  'between',
  'around',
  'behind',
  'beyond',
  'without',
  'within',
  'toward',
  'towards',
  'along',
  'amid',
  'despite',
  // verbs that follow a bare count in news ("3 died", "two fled"): what the count did, not what it counts
  'died',
  'left',
  'fled',
  'remained',
  'remain',
  'survived',
  'escaped',
  'returned',
  'arrived',
  'voted',
  'went',
  'came',
  'fell',
  'rose',
  'won',
  'lost',
]);
const PLURAL_NOUNS = new QuickSet([
  'people',
  'police',
  'staff',
  'personnel',
  'children',
  'men',
  'women',
  'troops',
  'crew',
  'militia',
  'cattle',
  'sheep',
  'deer',
  'swine',
  'aircraft',
  // plurals in -us, which singulars end in more often ("status", "bonus")
  'hutus',
  'zulus',
  'gurus',
  'menus',
]);
const NOUN_ADJECTIVES = new QuickSet([
  'other',
  'more',
  'fewer',
  'less',
  'most',
  'least',
  'very',
  'senior',
  'junior',
  'new',
  'former',
  'top',
  'foreign',
  'local',
  'suspected',
  'alleged',
  'armed',
  'unarmed',
  'additional',
  'further',
  'young',
  'old',
  'small',
  'large',
  'big',
  'major',
  'key',
  'different',
  'separate',
  'remaining',
  // classes of shares, which stand before "shares" as adjectives do
  'common',
  'preferred',
  'ordinary',
  'convertible',
]);
export const RELATIVE_PRONOUNS = new QuickSet(['which', 'whom']);
const NUMBER_WORDS = new QuickSet(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen']);
/** what may stand between "of" and the counted noun: "one of the", "of its", "of Italy's" */
export const DETERMINERS = new QuickSet([
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'this',
  'that',
]);

/**
 * Whether a measure's unit stands at token k, alone or as the last part of a hyphenated word ("5,000
 * deadweight-tonne ships", "a 50,000 square-foot store"): the figure before it is a size. (A hyphenated
 * word that opens with a figure is a size of its own: "two 950-megawatt plants".)
 */
export const measureUnitAt = (tokens: readonly Token[], k: number) =>
  AMOUNT_UNITS.getAt(tokens, hyphenJoins(tokens, k) && tokens[k]!.kind === TokenKind.Word ? k + 2 : k) === 'measure';
/** words in -s that are no plural: verbs and pronouns ("Brigade 604 was"), and singular nouns ("10,000 gas stations") */
const SINGULAR_IN_S = new QuickSet([
  'was',
  'has',
  'does',
  'its',
  'his',
  'hers',
  'this',
  'thus',
  'yes',
  'plus',
  'unless',
  'across',
  'always',
  'perhaps',
  'gas',
  'news',
  'series',
  'species',
  'means',
  'corps',
  'atlas',
  'canvas',
  'bias',
  'lens',
  'chaos',
  'crisis',
  'basis',
  'analysis',
  'thesis',
  'axis',
  'tennis',
  'emphasis',
  'diagnosis',
]);
/** Whether a word in lower case reads as a plural: in -s, not -ss or -us, and no singular in -s. */
// (a model's one-digit plural too: the "9s" of "20 DC-9s")
export const isPlural = (w: string) =>
  (w.length > 2 || /^\ds$/.test(w)) &&
  w.endsWith('s') &&
  !w.endsWith('ss') &&
  !w.endsWith('us') &&
  !SINGULAR_IN_S.has(w);
/** Whether a counted noun is a plural ("diplomats", "people", "police"). */
export const isPluralNoun = (w: string) => {
  const lower = w.toLowerCase();
  return isPlural(lower) || PLURAL_NOUNS.has(lower) || menPlural(lower);
};
/** "fishermen", "gunmen", "congressmen": plurals in -men (not "specimen", "abdomen", "regimen") */
const menPlural = (w: string) => w.length > 5 && w.endsWith('men') && !NOT_MEN_PLURALS.has(w);
const NOT_MEN_PLURALS = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'stamen', 'bitumen', 'albumen']);

/**
 * The counted noun after the number whose last token is `last`, or null. `one`: the number is 1, so
 * the noun is singular and a word in -s after it is a verb ("one rumor suggests").
 */
export function countedNoun(tokens: readonly Token[], last: number, one: boolean): NounRange | null {
  // the count recognizer asks twice about the same number (is it a count? then its noun): the second answer is the first's
  if (tokens === asked.tokens && last === asked.last && one === asked.one) return asked.noun;
  asked = { tokens, last, one, noun: findNoun(tokens, last, one) };
  return asked.noun;
}
let asked: { tokens: readonly Token[] | null; last: number; one: boolean; noun: NounRange | null } = {
  tokens: null,
  last: -1,
  one: false,
  noun: null,
};

function findNoun(tokens: readonly Token[], last: number, one: boolean): NounRange | null {
  const hyphen = tokens[last + 1];
  if (
    hyphen?.text === '-' &&
    glued(tokens[last], hyphen) &&
    tokens[last + 2]?.kind === TokenKind.Word &&
    glued(hyphen, tokens[last + 2])
  )
    // "a 10,000-strong force": a collective's members, which no noun names (COUNTS.md); "20-odd people": about 20 people
    // ("three-and-a-half times", "2-up": a function word names nothing; "400-plus creditors" reads on below)
    return tokens[last + 2]!.lower === 'strong' ||
      (NOUN_STOP.hasAt(tokens, last + 2) && !HYPHEN_QUALIFIERS.has(tokens[last + 2]!.lower))
      ? null
      : tokens[last + 2]!.lower === 'odd'
        ? headOfPhrase(tokens, last + 3, one, inCapitals(tokens, last))
        : { first: last + 2, last: last + 2 };
  // "the 5,000 strong workforce": a collective's size, as "10,000-strong" is
  if (tokens[last + 1]?.lower === 'strong') return null;
  if (tokens[last + 1]?.lower === 'of')
    // "300 of whom", "378 mln of which": the noun is the antecedent's, given as to an elliptical figure
    return RELATIVE_PRONOUNS.hasAt(tokens, last + 2) ? null : nounOfPhrase(tokens, last + 2);
  // "Nineteen out of 50 African governments": the whole's noun, as for "19 of 50 governments"
  if (tokens[last + 1]?.lower === 'out' && tokens[last + 2]?.lower === 'of') return nounOfPhrase(tokens, last + 3);
  // "three more of its test kits", "two more of the hostages": the whole's noun, as for "three of its test kits"
  if (tokens[last + 1]?.lower === 'more' && tokens[last + 2]?.lower === 'of' && DETERMINERS.hasAt(tokens, last + 3))
    return nounOfPhrase(tokens, last + 3);
  // a vague plural's own "of" before a determiner: "thousands of these refugees", "scores of such products"
  if (tokens[last]?.lower === 'of' && tokens[last + 1]?.lower === 'such') return nounOfPhrase(tokens, last + 2);
  if (tokens[last]?.lower === 'of' && DETERMINERS.hasAt(tokens, last + 1)) return nounOfPhrase(tokens, last + 1);
  return headOfPhrase(tokens, last + 1, one, inCapitals(tokens, last));
}

/** what a hyphen glues to a figure to qualify it, the noun coming after: "400-plus creditors" */
const HYPHEN_QUALIFIERS = new Set(['plus', 'odd']);
const WHOLE_QUALIFIERS = new QuickSet(['about', 'some', 'nearly', 'almost', 'roughly', 'around', 'over']);
/** an article or a possessive pronoun that opens a noun phrase, a verb's object ("the expulsion of") or a noun's modifier ("a planned rule") */
export const OBJECT_DETERMINERS = new QuickSet(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Boeing's jetliner models from the 707 to the 787, named by their number alone ("the 747", "six 767 jets") */
export const JETLINER = /^7[0-8]7$/;
export const SERIES_PLACES = new QuickSet([
  'last',
  'first',
  'next',
  'past',
  'previous',
  'remaining',
  'opening',
  'final',
  'other',
  // "six of the top 10 markets"
  'top',
  'bottom',
]);
/** Whether token k is a participle after a determiner, an adverb between them: "its previously held", "the planned". */
function participleAfterDeterminer(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== TokenKind.Word || !isPastForm(t.lower)) return false;
  const adverb = /ly$/.test(tokens[k - 1]?.lower ?? '') ? 1 : 0;
  return DETERMINERS.hasAt(tokens, k - 1 - adverb);
}
/** "of the X", "of its X", "of Italy's leading X": the X. */
function nounOfPhrase(tokens: readonly Token[], k: number): NounRange | null {
  for (let steps = 0; steps < 3; steps++) {
    if (DETERMINERS.hasAt(tokens, k)) k++;
    else {
      const owned = afterPossessiveName(tokens, k);
      if (owned < 0) break;
      k = owned;
    }
  }
  // "of their own 12 ships": past "own"
  if (tokens[k]?.lower === 'own' && tokens[k - 1] && DETERMINERS.hasAt(tokens, k - 1)) k++;
  // "of its previously held 1,487 seats", "of the planned 20 stores": past a participle (and its adverb) to the figure
  if (tokens[k + 1]?.kind === TokenKind.Number && participleAfterDeterminer(tokens, k)) k += 1;
  else if (tokens[k + 2]?.kind === TokenKind.Number && participleAfterDeterminer(tokens, k + 1)) k += 2;
  // "of its more than 21,000 jobs", "of the nearly 300 workers": past the whole's qualifier to its figure
  if (/^(?:more|fewer|less)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'than') k += 2;
  else if (WHOLE_QUALIFIERS.hasAt(tokens, k) && tokens[k + 1]?.kind === TokenKind.Number) k++;
  // "10 of its last 12 games", "two of the first three races": past the place in a series and its figure (in
  // words too: "five of its last six", which names no noun)
  else if (
    SERIES_PLACES.hasAt(tokens, k) &&
    (tokens[k + 1]?.kind === TokenKind.Number || NUMBER_WORDS.hasAt(tokens, k + 1))
  )
    k += 2;
  const head = headOfPhrase(tokens, k, false, false);
  return head && superlativeAlone(tokens, head.last) ? null : head;
}
/**
 * "one of the largest awarded", "two of the biggest", "one of the most popular": a superlative with no
 * plural after it leaves the whole's noun out, and nothing names what is counted ("one of the largest
 * banks" has its noun)
 */
const superlativeAlone = (tokens: readonly Token[], k: number) =>
  !isPluralNoun(tokens[k]!.text) &&
  ((tokens[k]!.lower.length > 5 && tokens[k]!.lower.endsWith('est')) ||
    /^(?:best|worst)$/.test(tokens[k]!.lower) ||
    /^(?:most|least)$/.test(tokens[k - 1]?.lower ?? ''));

/** The last token of a number with a scale word starting at k ("12.3 mln", "two million"), else k. */
function scaledNumberEnd(tokens: readonly Token[], k: number): number {
  const n = readNumber(tokens, k);
  return n && n.last > k && SCALE_WORDS.hasAt(tokens, n.last) ? n.last : k;
}

/** "of" inside a name that modifies the noun: "two House of Lords members", "three Bank of England officials" */
const ofInsideName = (tokens: readonly Token[], k: number, capitals: boolean) =>
  !capitals && tokens[k]!.lower === 'of' && isCapitalAt(tokens, k - 1) && isCapitalAt(tokens, k + 1);

/**
 * The token after an owner's name in the possessive starting at k ("Italy's", "Saddam Hussein's", "the
 * company's", "Caesars'"), or -1.
 */
function afterPossessiveName(tokens: readonly Token[], k: number): number {
  for (let j = k; j < k + 4 && tokens[j]?.kind === TokenKind.Word; j++) {
    if (isPossessiveAt(tokens, j)) return j + 3;
    if (bareApostropheAt(tokens, j + 1)) return j + 2;
    // a name of several words is capitalized up to its possessive ("General Electric Co's"), a title's
    // period inside it ("Mr. Antar's")
    if (!isCapitalized(tokens[j]!)) break;
    if (tokens[j + 1]?.text === '.' && TITLES.hasAt(tokens, j)) j++;
  }
  return -1;
}
const TITLES = new QuickSet(PERSON_TITLES);
/** Whether token k is the apostrophe alone of a possessive in -s ("of Caesars' 30.3 mln shares", "the banks' branches") */
const bareApostropheAt = (tokens: readonly Token[], k: number) =>
  (tokens[k]?.text === "'" || tokens[k]?.text === '’') &&
  glued(tokens[k - 1], tokens[k]) &&
  tokens[k - 1]!.lower.endsWith('s') &&
  !glued(tokens[k], tokens[k + 1]);

/**
 * The head noun of the phrase starting at `from`: its last common noun before a stop word, a verb
 * form or a plural that ends it. Capitalized words inside are names that modify it ("Boeing",
 * "New York") unless the line is in capitals; a demonym stands in when there is no other noun.
 */
/** an opening quote and its closing one */
const QUOTES = new Map([
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
]);
/** a plural after a size's unit at `unit`, past one modifier in lower case: "1,000 megawatt plants", "100 MW gas turbines" */
const pluralAfterSize = (tokens: readonly Token[], unit: number) =>
  isPluralNounAt(tokens, unit + 1) ||
  (/^[a-z]+$/.test(tokens[unit + 1]?.text ?? '') &&
    !NOUN_STOP.hasAt(tokens, unit + 1) &&
    isPluralNounAt(tokens, unit + 2));
/** stop words that are a noun's adjective before its plural */
const ADJECTIVES_BEFORE_PLURAL = new QuickSet(['outstanding', 'first', 'outside', 'inside']);
function headOfPhrase(tokens: readonly Token[], from: number, one: boolean, capitals: boolean): NounRange | null {
  let head: NounRange | null = null,
    demonym: NounRange | null = null,
    adjective = false,
    named = false;
  for (let k = from, limit = from + 6; k < limit && k < tokens.length; k++) {
    const t = tokens[k]!;
    // "45 last week", "3 next month": a time after the figure ends its phrase ("the last bastions" goes on)
    if (timeAfterAt(tokens, k)) break;
    // a class of shares in quotes: "14 mln "B" shares", "six 'A' shares"
    if (QUOTES.has(t.text) && /^[A-Z]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === QUOTES.get(t.text)) {
      k += 2;
      continue;
    }
    // a model, size or year inside the phrase: "four 747-400 aircraft", "seven mln 50-cent shares", "top 1988 contenders"
    if (t.kind === TokenKind.Number && tokens[k + 1]?.text === '-' && glued(t, tokens[k + 1])) {
      // a model in the plural is the head: "five 737-400s", "FOUR 747-400'S" (not "two 747-400s engines")
      const model = pluralModelEnd(tokens, k + 2);
      if (model !== null && !isPluralNounAt(tokens, model + 1)) return { first: k, last: model };
      k += 2;
      continue;
    }
    // a year inside the phrase ("top 1988 contenders"), or the X's own number after its determiner ("two
    // of the 12 jurors", "195 of the facility's 425 employees")
    // ("of the company's 12.3 mln shares": a decimal with its scale, past which the noun is read)
    const scaled = t.kind === TokenKind.Number && k === from ? scaledNumberEnd(tokens, k) : k;
    const ownNumber =
      k === from &&
      (!t.text.includes('.') || scaled > k) &&
      (DETERMINERS.hasAt(tokens, k - 1) ||
        tokens[k - 1]?.lower === 'of' ||
        tokens[k - 1]?.lower === 'than' ||
        tokens[k - 1]?.lower === 'own' ||
        WHOLE_QUALIFIERS.hasAt(tokens, k - 1) ||
        participleAfterDeterminer(tokens, k - 1) ||
        isPossessiveAt(tokens, k - 3) ||
        bareApostropheAt(tokens, k - 1));
    // (a jetliner's model modifies the noun after it: "six 767 jets", "12 Boeing 737 aircraft", and any model after
    // its maker's name before a plural: "six new Jetstream 31 airplanes")
    // (a size with its unit too: "two 1,000 megawatt plants")
    if (
      t.kind === TokenKind.Number &&
      ((k > from && t.text.length === 4) ||
        (k > from && titleCaseAt(tokens, k - 1) && isPluralNounAt(tokens, k + 1)) ||
        ownNumber ||
        JETLINER.test(t.text) ||
        (measureUnitAt(tokens, k + 1) && pluralAfterSize(tokens, hyphenJoins(tokens, k + 1) ? k + 3 : k + 1)))
    ) {
      if (ownNumber) {
        limit += scaled - k;
        k = scaled;
      }
      continue;
    }
    // the first part of a compound whose second part it shares: "39 defense- and intelligence-related entities"
    if (suspendedHyphenAt(tokens, k)) {
      head = null;
      adjective = true;
      limit += 2;
      k++;
      continue;
    }
    // coordinated adjectives: "15 foreign and local banks"; a singular word before "and" is one too when a
    // plural follows the second ("three central and eastern European countries")
    if (t.lower === 'and' || t.lower === 'or') {
      // (names joined before their plural: "Navy and Air Force troops", "Reuters and AP reporters")
      if (head === null && (adjective || (named && pluralAhead(tokens, k + 1)))) continue;
      // (a further list of modifiers before the plural: "four current and former U.S. and foreign officials")
      const listed = listedPluralAt(tokens, k);
      if (listed > 0) limit = Math.max(limit, listed + 1);
      if ((head !== null || demonym !== null) && (listed > 0 || pluralAhead(tokens, k + 1))) {
        if (head !== null && head.first === head.last && !isPluralNoun(tokens[head.last]!.text)) {
          head = null;
          adjective = true;
        }
        if (head === null) continue;
      }
    }
    if (ofInsideName(tokens, k, capitals)) continue;
    // a share class and its ticker modify the noun: "five mln class E <GME> and class H <GMH> shares"
    const ticker = tickerEnd(tokens, k);
    if (ticker > k) {
      limit += ticker - k + 1;
      k = ticker;
      continue;
    }
    // a name's possessive before a plural modifies it: "1,200 McDonald's restaurants", "300 Wendy's franchises"
    if (isCapitalAt(tokens, k) && isPossessiveAt(tokens, k) && lowerPluralAt(tokens, k + 3)) {
      named = true;
      limit += 2;
      k += 2;
      continue;
    }
    if (SHARE_CLASSES.hasAt(tokens, k) && /^[A-Z]$/.test(tokens[k + 1]?.text ?? '')) {
      adjective = true;
      limit += 2;
      k++;
      continue;
    }
    // a list of modifiers sharing the plural after it: "300 British, French and Italian troops", "thousands of
    // Army, Navy and Air Force troops" (a plural ends its phrase: "5 ministers, 3 generals and 20 officials")
    if (t.text === ',' && k > from && !isPlural(tokens[k - 1]!.lower)) {
      const plural = listedPluralAt(tokens, k + 1);
      if (plural > 0) {
        limit = Math.max(limit, plural + 1);
        continue;
      }
    }
    const capital = t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
    // "Series A": a capital inside a name is no stop word, nor one that opens a name ("11 North Korean
    // fishermen"), nor the first part of a compound ("two would-be robbers")
    if (
      t.kind !== TokenKind.Word ||
      t.newlineBefore ||
      (NOUN_STOP.hasAt(tokens, k) &&
        !(capital && (k > from || isCapitalAt(tokens, k + 1)) && !capitals) &&
        !hyphenJoins(tokens, k) &&
        // ("12.3 mln outstanding shares", "its outstanding preferred shares", "two first names", "five outside
        // directors": before a plural it is the noun's adjective)
        !(ADJECTIVES_BEFORE_PLURAL.hasAt(tokens, k) && pluralAhead(tokens, k + 1)))
    )
      break;
    // "one of the two groups": the X of "N of the X" may have a number of its own; a compound a number word opens
    // modifies the noun after it, as one a figure opens does ("two three-year contracts", "five two-week temps")
    if (k === from && NUMBER_WORDS.hasAt(tokens, k)) {
      if (hyphenJoins(tokens, k)) k += 2;
      continue;
    }
    // a hyphenated word is one word: "vice-presidents", "asset-backed", "MD-11", "DC-8-62" (as one in the reach too)
    let end = k;
    while (hyphenJoins(tokens, end)) end += 2;
    limit += end - k;
    const w = tokens[end]!.lower;
    // "with one senator absent", "two crew members aboard": an adjective after the noun tells its state and ends it
    if ((head ?? demonym) !== null && POSTNOMINAL_STATES.has(w) && !isPluralNounAt(tokens, end + 1)) break;
    // "3 men arrested", "Three Swiss climbed", "One trader made" end the phrase; "three gold mining companies"
    // does not: a plural follows
    // (nor, after a singular, a past that is no adjective before its object: "One official told Reuters", "One dealer
    // sold shares"; "16.1 mln U.S. built vehicles" is one)
    if (
      (head ?? demonym) !== null &&
      (w.endsWith('ing') || w.endsWith('ed') || (w.length > 2 && isPastForm(w))) &&
      (!isPluralNounAt(tokens, end + 1) || (singularHead(tokens, head) && irregularPastAt(tokens, end)))
    )
      break;
    // "the 747 landed safely", "six ships loading, 10 waiting": a past verb or a participle right after
    // the number, with no plural after it, is the clause's verb and the number names nothing ("21
    // expelled diplomats", "three mining companies" have their noun after it)
    // (nor "25 suspected Islamic State militants", "13 suspected drug traffickers": a name or a noun, and a plural, after the participle)
    // ("320,000 unemployed": a word in -ed that is no verb's form names people)
    // (an adverb before it changes nothing: "the 1.55 billion originally agreed", "300 previously reported", nor
    // "more": "several thousand more marched")
    if (
      (k === from ||
        (k === from + 1 &&
          (isAdverbAt(tokens, from) || tokens[from]!.lower === 'more') &&
          !continuesPhrase(tokens, k + 1))) &&
      end === k &&
      ((w.endsWith('ed') && verbForm(w) !== null) || (w.length > 2 && isPastForm(w))) &&
      !isPluralNounAt(tokens, k + 1) &&
      !((isCapitalAt(tokens, k + 1) || singularNounAt(tokens, k + 1)) && pluralAhead(tokens, k + 1))
    )
      break;
    // "Ten die in bus crash", "two flee to Austria": after a number above one, a verb's base form with a
    // preposition or the end after it is the clause's verb, told in the plural ("12 member states" has its noun)
    if (!one && k === from && end === k && baseVerbBeforeStop(tokens, k)) break;
    // "decliners led 1,024 to 601, with 472 unchanged": how the things counted stand, no noun of theirs
    if (k === from && end === k && STANDING_ADJECTIVES.hasAt(tokens, k) && !pluralAhead(tokens, k + 1)) break;
    // after a number above one a singular in -ing is a participle ("10 waiting"), after "one" a noun ("one meeting");
    // before a plural it modifies it ("its outstanding preferred shares")
    if (
      !one &&
      k === from &&
      end === k &&
      verbForm(w)?.form === 'ing' &&
      !continuesPhrase(tokens, k + 1) &&
      !pluralAhead(tokens, k + 1)
    )
      break;
    // "The toll of 300 includes 12 children", "One receives all the principal": right after the number, a verb's
    // form in -s that is no noun first, before a figure or a determiner, is the clause's verb
    if (k === from && end === k && (tokens[k - 1]?.kind === TokenKind.Number || one) && verbInSBeforeObject(tokens, k))
      break;
    // "one rumor suggests", "One Global Depository Receipt represents": after "one" a word in -s past a noun or a name is its verb
    if (
      one &&
      (head !== null || demonym !== null || (named && !capital)) &&
      isPlural(w) &&
      !isAllCaps(t) &&
      !pluralModifier(tokens, end)
    )
      break;
    if (capital && end === k && (COUNTRY_TRIE.next.has(t.lower) || MEMBERS.hasAt(tokens, k))) {
      // a plural demonym is the head unless a plural noun or a name goes on from it: "1,500 ethnic Albanians",
      // "20 armed Serbs attacked", "a few hundred Albanians laid a wreath"; not "two Netherlands companies"
      if (isPlural(w) && namesPeople(w) && !isPluralNounAt(tokens, k + 1) && !isCapitalAt(tokens, k + 1))
        return { first: k, last: k };
      // and so is one that is its own plural past an adjective read as the head: "thousands of southern
      // Bhutanese took", "300 ethnic Chinese fled" (not "two Chinese firms")
      if (
        head !== null &&
        !isPluralNoun(tokens[head.last]!.text) &&
        namesPeople(w) &&
        !isPluralNounAt(tokens, k + 1) &&
        !isCapitalAt(tokens, k + 1) &&
        !continuesPhrase(tokens, k + 1)
      )
        return { first: k, last: k };
      demonym = { first: k, last: k };
    } else if (capital && !capitals) {
      named = true;
      // a name inside the phrase ("Schult Homes Corp units"); one that ends it is the noun only when it is a plural ("12 Democrats")
      // (past its abbreviation in brackets: "13 United Nations (UN) peacekeepers")
      const ticker = tickerEnd(tokens, end + 1);
      if (isPluralNoun(w) && !continuesPhrase(tokens, ticker > end + 1 ? ticker + 1 : end + 1))
        return { first: k, last: end };
    } else if (NOUN_ADJECTIVES.hasAt(tokens, k) || (end > k && w.endsWith('ed'))) adjective = true;
    else if (isAdverbAt(tokens, end)) {
      // "One widely mentioned possibility": an adverb inside the phrase modifies; after the head it ends it ("One senior banker closely involved")
      if (head !== null) break;
      adjective = true;
    } else {
      head = { first: k, last: end };
      // a plural ends the phrase ("43 diplomats", "200 police") unless another plural follows as its head
      // ("three weapons sites", "320 creditor banks", "3 staff members", "10 police officers")
      // after "one" the head is a singular, a plural before it a modifier ("one securities analyst")
      if (isPluralNoun(w) && !lowerPluralAt(tokens, end + 1) && !(one && pluralModifier(tokens, end))) break;
    }
    k = end;
  }
  // a country's name standing alone after a number above one counts nothing: "4,000 Indonesia", "10,000
  // Philippines" are a table's cells ("15 Israelis", "12 Chinese" are people)
  if (head === null && demonym !== null && !one && !namesPeople(tokens[demonym.last]!.lower)) return null;
  return head ?? demonym;
}
/** Whether the head found so far is a singular common noun ("official", "dealer") */
const singularHead = (tokens: readonly Token[], head: NounRange | null) =>
  head !== null && /^[a-z]+$/.test(tokens[head.last]!.text) && !isPluralNoun(tokens[head.last]!.text);
/** an irregular past ("told", "sold", "took"), which modifies no noun as a past in -ed may ("listed companies") */
const irregularPastAt = (tokens: readonly Token[], k: number) => {
  const w = tokens[k]!.lower;
  return !w.endsWith('ed') && isPastForm(w) && !PAST_AS_BASE.has(w) && w !== 'left';
};
const SHARE_CLASSES = new QuickSet(['class', 'series']);
/** The "<GME>" of a ticker the wire puts after a name or a share class: its last token, or k when there is none. */
function tickerEnd(tokens: readonly Token[], k: number): number {
  // a name's abbreviation in brackets: "13 United Nations (UN) peacekeepers"
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && isAllCaps(tokens[k + 1]!) && k > 0)
    return isCapitalized(tokens[k - 1]!) ? k + 2 : k;
  if (tokens[k]?.text !== '<') return k;
  for (let j = k + 1; j < k + 4 && tokens[j] && !tokens[j]!.newlineBefore; j++) if (tokens[j]!.text === '>') return j;
  return k;
}
/**
 * A word in -ly that is no noun: adverbs and adjectives ("widely", "closely", "daily"); the nouns in -ly
 * are few and listed ("family", "supply", "ally").
 */
export const isAdverbAt = (tokens: readonly Token[], k: number) => {
  const w = tokens[k]!.lower;
  return w.length > 4 && w.endsWith('ly') && !LY_NOUNS.hasAt(tokens, k);
};
const LY_NOUNS = new QuickSet([
  'family',
  'ally',
  'assembly',
  'supply',
  'monopoly',
  'oligopoly',
  'rally',
  'anomaly',
  'tally',
  'reply',
  'homily',
  'folly',
  'belly',
  'bully',
  'jelly',
  'lily',
  'gully',
  'butterfly',
  'firefly',
  'panoply',
  'july',
  'italy',
]);
/**
 * Whether token k is the clause's verb in the plural's present, right after a number: a verb of what befalls
 * people or what they do, from a closed list, with a preposition, a stop word, a punctuation mark or nothing after
 * it ("TEN DIE IN BUS CRASH", "two flee to Austria"); or any verb's base form before a word that follows a verb
 * and no noun ("the two meet again"). Most verbs are nouns as well ("a crowd of 42,442", "30,600 head"), so
 * only those words after them tell.
 */
function baseVerbBeforeStop(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (PEOPLE_VERBS.hasAt(tokens, k)) return !next || next.kind === TokenKind.Punct || NOUN_STOP.hasAt(tokens, k + 1);
  // "Of the 20 banks surveyed, 15 expect rates to fall": a verb of opinion, which is never a noun, whatever follows
  if (OPINION_VERBS.hasAt(tokens, k)) return true;
  // "when the two meet again next month", "the three agree on most things": a singular after a number above one
  // cannot head its phrase, so a verb's base form there, before what follows a verb, is the clause's verb
  // ("300 head of cattle", "50 staff", "two meet officials", "the 235,000 forecast." keep their nouns)
  const w = tokens[k]!.lower,
    v = verbForm(w);
  return (
    !!v &&
    v.form === 'base' &&
    v.lemma === w &&
    !isPluralNoun(w) &&
    !pluralAhead(tokens, k + 1) &&
    AFTER_A_VERB.hasAt(tokens, k + 1)
  );
}
/** the adjectives that stand after the noun whose state they tell */
// (and "only" after the noun: "through one currency only"; before it, "one of only three doctors", it goes on)
const POSTNOMINAL_STATES = new Set([
  'absent',
  'present',
  'aboard',
  'abroad',
  'alive',
  'ashore',
  'awake',
  'missing',
  'only',
]);
/** how things counted stand in a market's tally: "472 unchanged", "300 higher" */
const STANDING_ADJECTIVES = new QuickSet(['unchanged', 'higher', 'lower', 'steady', 'firmer', 'weaker']);
/** what follows a verb and no noun: an adverb, a preposition of its complement, "to", an object pronoun */
const AFTER_A_VERB = new QuickSet([
  'again',
  'also',
  'often',
  'never',
  'rarely',
  'usually',
  'regularly',
  'separately',
  'together',
  'later',
  'soon',
  'today',
  'tomorrow',
  'on',
  'with',
  'to',
  'about',
  // an object pronoun: "fewer than a dozen enforce them"
  'them',
  'it',
  'him',
  'her',
  'us',
  'themselves',
]);
/** what those polled think or say, in the plural's present: verbs that are no noun */
const OPINION_VERBS = new QuickSet([
  'expect',
  'believe',
  'think',
  'say',
  'predict',
  'prefer',
  'oppose',
  'favor',
  'favour',
  'agree',
  'disagree',
  'doubt',
  'want',
  'anticipate',
]);
const PEOPLE_VERBS = new QuickSet([
  'die',
  'drown',
  'perish',
  'hurt',
  'flee',
  'escape',
  'survive',
  'disappear',
  'vanish',
  'defect',
  'quit',
  'resign',
  'arrive',
  'return',
  'remain',
]);

/** A word with a hyphen glued after it and "and" or "or" next, the hyphen's second part left to the word after it. */
const suspendedHyphenAt = (tokens: readonly Token[], k: number) =>
  tokens[k]!.kind === TokenKind.Word &&
  tokens[k + 1]?.text === '-' &&
  glued(tokens[k], tokens[k + 1]) &&
  (tokens[k + 2]?.lower === 'and' || tokens[k + 2]?.lower === 'or') &&
  !glued(tokens[k + 1], tokens[k + 2]);

/** Whether a plural in lower case ends the words from token k, within three, none a stop word or a number ("eastern European countries"). */
function pluralAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k, words = 0; words < 3; j++, words++) {
    const t = tokens[j];
    if (!t || t.kind !== TokenKind.Word || NOUN_STOP.hasAt(tokens, j) || DETERMINERS.hasAt(tokens, j)) return false;
    if (t.lower === 'a' || t.lower === 'an' || NUMBER_START_WORDS.hasAt(tokens, j)) return false;
    // ("11,000 dead and thousands missing": a second count, no noun)
    if (SCALE_PLURALS.hasAt(tokens, j)) return false;
    // (a hyphenated word is one word: "current and former high-ranking officials")
    while (hyphenJoins(tokens, j)) j += 2;
    if (/^[a-z]+$/.test(tokens[j]!.text) && isPluralNoun(tokens[j]!.text)) return true;
  }
  return false;
}
const SCALE_PLURALS = new QuickSet(['tens', 'hundreds', 'thousands', 'millions', 'billions']);

/**
 * The plural that ends a list of single-word modifiers starting at k, commas between them and "and" or
 * "or" before the last ("French and Italian troops", "Navy and Air Force troops"), or -1.
 */
function listedPluralAt(tokens: readonly Token[], k: number): number {
  let joined = false;
  for (let j = k; j < k + LIST_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'and' || t.lower === 'or') joined = true;
    else if (t.text === ',') continue;
    else if (
      t.kind !== TokenKind.Word ||
      t.newlineBefore ||
      NOUN_STOP.hasAt(tokens, j) ||
      DETERMINERS.hasAt(tokens, j) ||
      // (a number word opens a count of its own: "five producer and five consumer delegates")
      NUMBER_START_WORDS.hasAt(tokens, j) ||
      SCALE_PLURALS.hasAt(tokens, j)
    )
      return -1;
    else if (joined && isPluralNounAt(tokens, j)) return j;
    else if (isPlural(t.lower)) return -1;
  }
  return -1;
}
const LIST_REACH = 8;
/** A common noun in the singular at token k: lower case, no stop word, no form in -ed, -ing or -ly. */
export const singularNounAt = (tokens: readonly Token[], k: number) => {
  const w = tokens[k]?.text ?? '';
  return /^[a-z]{3,}$/.test(w) && !isPluralNoun(w) && !NOUN_STOP.hasAt(tokens, k) && !/(?:ed|ing|ly)$/.test(w);
};
/**
 * Whether the plural at token k modifies a singular after it, after "one": "one securities analyst",
 * "one leading options analyst" (a noun first, not a verb: "one rumor suggests higher prices").
 */
const pluralModifier = (tokens: readonly Token[], k: number) =>
  singularNounAt(tokens, k + 1) && (verbForm(tokens[k]!.lower)?.nounFirst ?? true);
/** a demonym ("Israelis", "Chinese"), not a country's name ("Philippines"), in lower case */
export const namesPeople = (w: string) => COUNTRY_TRIE.next.get(w)?.entry?.via === 'demonym' || MEMBERS.has(w);
/** capitals that name a person by party or faith, as a demonym names one by country: "One Republican said" */
const MEMBERS = new QuickSet(
  [
    'republican',
    'democrat',
    'conservative',
    'liberal',
    'socialist',
    'communist',
    'tory',
    'catholic',
    'protestant',
    'muslim',
    'christian',
    'jew',
    'hindu',
    'buddhist',
    'sikh',
  ].flatMap((w) => [w, `${w}s`]),
);

/** The last token of the plural second part of a model's name at k, glued to what is before it ("400s", "400'S"), or null. */
function pluralModelEnd(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k];
  if (!t || !glued(tokens[k - 1], t)) return null;
  if (t.kind === TokenKind.Word && /^\d+s$/i.test(t.text)) return k;
  const apostrophe = tokens[k + 1],
    s = tokens[k + 2];
  return t.kind === TokenKind.Number &&
    apostrophe?.text === "'" &&
    s?.lower === 's' &&
    glued(t, apostrophe) &&
    glued(apostrophe, s)
    ? k + 2
    : null;
}

/** Whether the word at k is a verb's form in -s that is no noun first, before a figure or a determiner ("includes 12 children"). */
function verbInSBeforeObject(tokens: readonly Token[], k: number): boolean {
  // ("Local 1938 says it will strike": before a pronoun that opens the clause it says, a short one too)
  const pronoun = CLAUSE_SUBJECTS.hasAt(tokens, k + 1);
  // (short words in -s are as often plurals: "300 runs", "5 mins")
  if (!(tokens[k]!.lower.length > 4 || pronoun) || !isPresentInS(tokens[k]!.lower)) return false;
  return (
    pronoun ||
    tokens[k + 1]?.kind === TokenKind.Number ||
    OBJECT_DETERMINERS.hasAt(tokens, k + 1) ||
    tokens[k + 1]?.lower === 'all'
  );
}
const CLAUSE_SUBJECTS = new QuickSet(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'that']);

/** "last week", "next season", "last Monday" after the count end its phrase ("12 MPs last week"; not "one last moment") */
function timeAfterAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  // "versus 292,000 week ago": the wire's "a week ago" without its article
  if (UNITS.hasAt(tokens, k) && tokens[k + 1]?.lower === 'ago') return true;
  // ("against 398 one year ago", "from 225,000 one year earlier", "3.54 billion five years previously": a length back
  // from now, or from the time told, after the figure)
  if (NUMBER_START_WORDS.hasAt(tokens, k) && UNITS.hasAt(tokens, k + 1) && TOLD_FROM.has(tokens[k + 2]?.lower ?? ''))
    return true;
  if (w !== 'last' && w !== 'next') return false;
  return (
    UNITS.hasAt(tokens, k + 1) ||
    PARTS_OF_DAY.hasAt(tokens, k + 1) ||
    WEEKDAYS.hasAt(tokens, k + 1) ||
    MONTHS.hasAt(tokens, k + 1) ||
    SEASONS.hasAt(tokens, k + 1) ||
    tokens[k + 1]?.lower === 'season'
  );
}

/** what places a length before or after a time: "one year ago", "two months earlier", "five years previously" */
const TOLD_FROM = new Set(['ago', 'earlier', 'later', 'before', 'previously', 'afterwards', 'afterward']);

/** Whether the word at k carries a noun phrase on (a name, or a word that is no stop and no verb form). */
function continuesPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== TokenKind.Word || t.newlineBefore || timeAfterAt(tokens, k)) return false;
  if (isCapitalAt(tokens, k)) return true; // "Series A", "IC Gas"
  // nor a past form: "seven Africans took a flight"
  return !NOUN_STOP.hasAt(tokens, k) && !t.lower.endsWith('ed') && !t.lower.endsWith('ing') && !isPastForm(t.lower);
}

const isCapitalAt = (tokens: readonly Token[], k: number) => {
  const c = tokens[k]?.kind === TokenKind.Word && !tokens[k]!.newlineBefore ? tokens[k]!.text.charCodeAt(0) : 0;
  return c >= 65 && c <= 90;
};
/**
 * A plural noun in lower case on the same line, and no verb in -s ("450 creditors seeks support"
 * has its subject elsewhere): the head of a compound whose modifier is a plural ("weapons sites").
 */
function lowerPluralAt(tokens: readonly Token[], k: number): boolean {
  if (!isPluralNounAt(tokens, k) || isCapitalAt(tokens, k) || tokens[k]!.newlineBefore) return false;
  return !isPresentInS(tokens[k]!.lower);
}

const isPluralNounAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Word &&
  !NOUN_STOP.hasAt(tokens, k) &&
  (isPlural(tokens[k]!.lower) || PLURAL_NOUNS.hasAt(tokens, k));

/** A headline or a line in capitals ("21 RUSSIAN DIPLOMATS"): there a capital is no name. */
export function inCapitals(tokens: readonly Token[], last: number): boolean {
  const word = (k: number) => tokens[k]?.kind === TokenKind.Word && tokens[k]!.text.length > 1;
  const around = [last, last + 1, last + 2, last - 1].filter(word);
  return around.length > 0 && around.every((k) => isAllCaps(tokens[k]!));
}

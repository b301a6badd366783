import { COUNTRY_TRIE, CAPITAL_TRIE, countryName, type PhraseEntry, type TrieNode } from '../gazetteer';
import { PERSON_NAME_COUNTRIES } from '../data/countryExceptions';
import { isAllCaps, isCapitalized, TokenKind, type Token } from '../tokenize';
import type { CountryCandidate, DocumentContext, Recognizer } from '../types';
import { verbForm } from '../verbs';
import { readNumber } from '../numberWords';
import { PERSON_TITLES } from '../sentences';
import { QuickSet } from '../quickSet';

// Verbs that make a capital stand for its government ("Moscow has agreed", "Kyiv denied"), and the acts
// only a state does ("Washington sent 2,000 troops", "Beijing has deployed", "Tehran deported 12 Britons";
// not what a city's people may do: "Paris celebrated", "Moscow shivered")
const GOVERNMENT_VERBS = new Set(
  [
    'said says say denied denies deny agreed agrees agree accused accuses rejected rejects warned warns announced announces insisted insists demanded demands responded responds retaliated retaliates expelled expels claimed claims condemned condemns urged urges wants wanted refused refuses protested protests threatened threatens signalled signaled recognized recognised decided approved ordered orders summoned summons vowed vows insist blamed blames hopes hoped sought seeks offered offers',
    'sent sends deployed deploys imposed imposes recalled recalls withdrew withdraws freed frees released releases signed signs ratified ratifies banned bans deported deports detained detains suspended suspends lifted lifts granted grants pledged pledges proposed proposes accepted accepts invited invites boycotted boycotts gave gives told tells',
  ]
    .join(' ')
    .split(' '),
);
/** the base forms of the government verbs ("expel" of "expelled"), after an auxiliary; built on first use */
let lemmas: Set<string> | null = null;
const governmentLemmas = () => (lemmas ??= new Set([...GOVERNMENT_VERBS].flatMap((w) => verbForm(w)?.lemma ?? [])));
const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'will',
  'would',
  'did',
  'does',
  'could',
  'can',
  'must',
  'should',
  'may',
  'might',
]);
/**
 * "gave Baghdad until noon Saturday", "told Moscow to withdraw", "warned Damascus that …": a capital that a
 * state's demand or grant is addressed to stands for its government.
 */
const addressedAsGovernment = (tokens: readonly Token[], first: number, last: number) =>
  ADDRESSING.has(verbForm(tokens[first - 1]?.lower ?? '')?.lemma ?? '') &&
  ADDRESSED_BEFORE.has(tokens[last + 1]?.lower ?? '');
/** (in any form: "has given Baghdad until Friday", "is urging Moscow to") */
const ADDRESSING = new Set(['give', 'grant', 'tell', 'order', 'urge', 'warn', 'ask']);
const ADDRESSED_BEFORE = new Set(['until', 'to', 'that']);
/** titles before a person's name: "Mr. Holland", "Gen. Jordan", "Lady Chad" */
const TITLES = new Set([...PERSON_TITLES, 'miss', 'sir', 'lord', 'lady', 'judge']);
// Words that precede a person's name and so cannot introduce a country name.
const NOT_A_GIVEN_NAME = new Set([
  'The',
  'In',
  'On',
  'For',
  'And',
  'With',
  'From',
  'To',
  'Of',
  'By',
  'At',
  'As',
  'But',
  'Or',
  'Both',
  'Neither',
  'Nor',
  'While',
  'When',
  'If',
  'Unlike',
  'Like',
  'Against',
  'Between',
  'Including',
  'Said',
  'Says',
  'Also',
  'Only',
  'Even',
  'Why',
  'How',
  'Where',
  'Then',
  'Now',
  'Meanwhile',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

// Georgia the US state: news about it names its places and offices; the country's news names the Caucasus.
const US_STATE_CUES =
  /\b(?:Atlanta|Savannah|Augusta|Macon|Athens, Ga|Ga\.|Gov\.|governor|county|County|state|State|Georgia Tech|Bulldogs|Alabama|Florida|Carolina|Tennessee|Sen\.|Rep\.|Democrat|Republican|Peach)\b/;
const CAUCASUS_CUES =
  /\b(?:Tbilisi|Georgians?|Shevardnadze|Saakashvili|Abkhaz(?:ia)?|Ossetia|Caucasus|Soviet|Russia|Russian|Armenia|Azerbaijan|Kremlin|Moscow)\b/;

function isUsState(text: string, at: number): boolean {
  // ("Atlanta, Georgia,": a city's state after it, whatever else the story names)
  if (US_CITY_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  const around = text.slice(Math.max(0, at - 300), at + 300);
  return US_STATE_CUES.test(around) && !CAUCASUS_CUES.test(around);
}
const US_CITY_BEFORE = /\b(?:Atlanta|Savannah|Augusta|Macon|Athens|Columbus|Albany|Valdosta),\s*$/;

/** The code of "North" in "North and South Korea": the country the compass word names with the words after its partner. */
function pairedCompassCode(tokens: readonly Token[], i: number, text: string): string | null {
  if (!COMPASS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'and' || !COMPASS.has(tokens[i + 2]?.lower ?? ''))
    return null;
  const second = longestMatch(COUNTRY_TRIE, tokens, i + 2, text);
  if (!second?.entry.code || second.last === i + 2) return null;
  let node = COUNTRY_TRIE.next.get(tokens[i]!.lower);
  for (let k = i + 3; node && k <= second.last; k++) node = node.next.get(tokens[k]!.lower);
  return node?.entry?.code ?? null;
}
const COMPASS = new Set(['north', 'south', 'east', 'west']);

interface Match {
  entry: PhraseEntry;
  last: number;
}

const sameCase = (matched: string, e: PhraseEntry) =>
  matched === e.form || (e.code === null && matched === e.form.toUpperCase());

/** Longest phrase of the trie that starts at token i. */
export function longestMatch(trie: TrieNode, tokens: readonly Token[], i: number, text: string): Match | null {
  let node = trie.next.get(tokens[i]!.lower);
  let best: Match | null = null;
  let j = i;
  while (node) {
    const e = node.entry;
    if (e && (!e.caseSensitive || sameCase(text.slice(tokens[i]!.start, tokens[j]!.end), e)))
      best = { entry: e, last: j };
    if (++j >= tokens.length || node.next.size === 0) break;
    node = node.next.get(tokens[j]!.lower);
  }
  return best;
}

/**
 * "the Congo river", "the Niger delta", "the Jordan Valley", "the Panama Canal": a feature of the land named after
 * the country's name is a place (COUNTRIES.md: places whose name contains a country word)
 */
const GEOGRAPHIC_FEATURES = new QuickSet(['river', 'delta', 'basin', 'valley', 'canal', 'strait', 'straits']);

/** Countries by name, alias, demonym, government building and capital-as-government. */
export class CountryRecognizer implements Recognizer {
  readonly name = 'countries';
  readonly triggers = { words: new Set([...COUNTRY_TRIE.next.keys(), ...CAPITAL_TRIE.next.keys()]), digits: false };

  recognize({ text, tokens }: DocumentContext, starts: readonly number[]): CountryCandidate[] {
    const out: CountryCandidate[] = [];
    let done = -1; // the last token of the previous match
    for (const i of starts) {
      if (i <= done) continue;
      const t = tokens[i]!;
      if (t.kind !== TokenKind.Word || !isCapitalized(t)) continue;
      const m = longestMatch(COUNTRY_TRIE, tokens, i, text);
      if (m) {
        if (
          m.entry.code &&
          !ethnicCommunity(tokens, i, m.last, out.at(-1)) &&
          !this.isPersonName(tokens, i, m.last, m.entry.via === 'demonym') &&
          !inCompanyName(tokens[m.last + 1]) &&
          !(m.entry.via !== 'demonym' && GEOGRAPHIC_FEATURES.hasAt(tokens, m.last + 1)) &&
          !(m.entry.code === 'GE' && isUsState(text, t.start))
        )
          out.push(this.candidate(text, tokens, i, m.last, m.entry.code, m.entry.via));
        done = m.last;
        continue;
      }
      // "North and South Korea", "East and West Germany": the first half shares the second's name
      const paired = pairedCompassCode(tokens, i, text);
      if (paired) {
        out.push(this.candidate(text, tokens, i, i, paired, 'name'));
        continue;
      }
      const cap = longestMatch(CAPITAL_TRIE, tokens, i, text);
      // "the mayor of Moscow has allocated", "residents of Beijing said": after "of" a capital is the city
      if (
        cap &&
        cap.entry.code &&
        tokens[i - 1]?.lower !== 'of' &&
        (this.speaksForGovernment(text, tokens, cap.last) || addressedAsGovernment(tokens, i, cap.last))
      ) {
        out.push(this.candidate(text, tokens, i, cap.last, cap.entry.code, 'capital'));
        done = cap.last;
      }
    }
    return out;
  }

  private candidate(
    text: string,
    tokens: readonly Token[],
    first: number,
    last: number,
    code: string,
    via: CountryCandidate['country']['via'],
  ): CountryCandidate {
    const start = tokens[first]!.start,
      end = tokens[last]!.end;
    return {
      kind: 'country',
      start,
      end,
      text: text.slice(start, end),
      country: { code, name: countryName(code), via },
    };
  }

  private speaksForGovernment(text: string, tokens: readonly Token[], last: number): boolean {
    const next = tokens[last + 1]?.text.toLowerCase();
    if (!next) return false;
    if (GOVERNMENT_VERBS.has(next)) return true;
    // "Washington and Moscow agreed": the first of two capitals acting together speaks as the second does
    if (next === 'and') {
      const second = tokens[last + 2];
      const other = second && isCapitalized(second) ? longestMatch(CAPITAL_TRIE, tokens, last + 2, text) : null;
      return !!other && tokens[other.last + 1]?.lower !== 'and' && this.speaksForGovernment(text, tokens, other.last);
    }
    const after = tokens[last + 2]?.text.toLowerCase() ?? '';
    // "Moscow has agreed", "Ankara will expel", "Beijing would retaliate"
    return (
      AUXILIARIES.has(next) &&
      (GOVERNMENT_VERBS.has(after) || /(ed|en|wn)$/.test(after) || governmentLemmas().has(after))
    );
  }

  /**
   * "Michael Jordan", "Israel Singer", "Chad Smith": a country name used as a person's name; "Mark
   * Cuban said", "Claire Danes starred": a demonym after a given name (no number: "Twelve Americans
   * died"), with a verb, not a noun, after it.
   */
  private isPersonName(tokens: readonly Token[], first: number, last: number, demonym: boolean): boolean {
    const prev = tokens[first - 1],
      next = tokens[last + 1];
    // "Mr. Holland", "Sen. Ireland": a title makes any name a person's
    const title = prev?.text === '.' && prev.start === tokens[first - 2]?.end ? tokens[first - 2] : prev;
    if (title && isCapitalized(title) && TITLES.has(title.lower.replace(/\.$/, '')) && first === last) return true;
    if (first !== last) return false;
    if (demonym)
      return (
        nameLike(prev) &&
        !QUANTIFIERS.has(prev.text) &&
        !tokens[first]!.newlineBefore &&
        !readNumber(tokens, first - 1) &&
        actsAsVerb(next)
      );
    if (!PERSON_NAME_COUNTRIES.has(tokens[first]!.text)) return false;
    if (nameLike(prev) && !tokens[first]!.newlineBefore) return true;
    return nameLike(next) && !next.newlineBefore;
  }
}

/**
 * "Bosnian Serbs", "Kosovo Albanians", "ethnic Albanians": a people named as a community inside another
 * state (COUNTRIES.md: ethnic-group), no mention of the state of its name; "Serb police" stays Serbia's.
 */
function ethnicCommunity(
  tokens: readonly Token[],
  first: number,
  last: number,
  before: CountryCandidate | undefined,
): boolean {
  if (first !== last || !ETHNIC_COMMUNITIES.has(tokens[first]!.lower)) return false;
  const prev = tokens[first - 1];
  if (!prev || tokens[first]!.newlineBefore) return false;
  return prev.lower === 'ethnic' || before?.end === prev.end;
}
const ETHNIC_COMMUNITIES = new Set(['serb', 'serbs', 'croat', 'croats', 'albanian', 'albanians']);

/**
 * "Japan Line", "Canada Post", "China Daily", "British Steel": a country word before a capitalized word of a
 * company's or a paper's name is inside that name (COUNTRIES.md: name-internal), no mention of the state;
 * not in a line in capitals, where every word is capitalized ("JAPAN STEEL OUTPUT FALLS").
 */
const inCompanyName = (next: Token | undefined) =>
  !!next && isCapitalized(next) && !isAllCaps(next) && COMPANY_WORDS.has(next.text);
const COMPANY_WORDS = new Set([
  'Line',
  'Lines',
  'Airlines',
  'Airways',
  'Post',
  'Telecom',
  'Steel',
  'Motors',
  'Electric',
  'Daily',
  'Times',
  'Herald',
  'Petroleum',
  'Shipping',
  'Railways',
  'Tobacco',
  'Industries',
  'Inc',
  'Corp',
  'Ltd',
  'Holdings',
  'Fund',
  'Express',
]);

/** A verb in the past ("said", "starred"), no auxiliary ("Twelve Americans were"); not a noun in -s ("Cuban exiles"). */
function actsAsVerb(t: Token | undefined): boolean {
  const v = t && /^[a-z]/.test(t.text) ? verbForm(t.lower) : null;
  return !!v && v.form === 'ed' && v.lemma !== t!.lower && !v.nounFirst && v.lemma !== 'be' && v.lemma !== 'have';
}
/** words that open a noun phrase with a capital at a sentence's start: "All Iraqis fought" */
const QUANTIFIERS = new Set([
  'All',
  'Both',
  'Some',
  'Many',
  'Most',
  'Few',
  'Several',
  'Other',
  'Fellow',
  'Young',
  'Ethnic',
  'Ordinary',
  'Angry',
  'Armed',
]);

/** A capitalized word that can be a given name or a surname next to a name: no function word, no country. */
function nameLike(t: Token | undefined): t is Token {
  return (
    !!t &&
    t.kind === TokenKind.Word &&
    isCapitalized(t) &&
    !isAllCaps(t) &&
    !NOT_A_GIVEN_NAME.has(t.text) &&
    !COUNTRY_TRIE.next.has(t.text.toLowerCase())
  );
}

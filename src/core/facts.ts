// Links the annotations of one sentence into facts a reader would tally (FACTS.md): who (acting
// country) did what (the lemma of the clause's main lexical verb) to how many of what (count, noun), of
// which country, with what deadline. One fact per count.
//
// A sentence is read as a row of verbs, each governing the words up to the next one. The verbs come
// from a lexicon built from maintained word lists (verbs.ts); verbs of saying, thinking, having and
// measuring are never actions, and "agree / plan / decide to X" hand the action on to X. The actor is
// the subject: a country (or its demonym with "forces", "government" …) standing right before the
// verb, or before "said it …"; agentless passives, companies and groups leave it null. The target is
// the country of the counted people or things, else the country the action is directed at (not a
// place where it happens).
import type { Annotation, CountAnnotation, CountryAnnotation, Fact, TimeAnnotation } from './schema';
import { splitSentences, type Sentence } from './sentences';
import {
  contractedAt,
  commaBefore,
  contractionEndingAt,
  glued,
  hyphenJoins,
  isAllCaps,
  isCapitalized,
  isPossessiveAt,
  TokenKind,
  type Token,
} from './tokenize';
import { lastStartingAtOrBefore } from './shift';
import { lowerAt, ON_DATE } from './timeSupport';
import { paragraphBreaks } from './paragraphs';
import { mayEndHolderName, officeHolderState } from './officeHolders';
import { countryName } from './countryTables';
import { CAPITAL_TRIE } from './gazetteer';
import { longestMatch } from './recognizers/CountryRecognizer';
import { QuickSet } from './quickSet';
import { BE_FORMS, isLemma, MODAL_VERBS, verbForm, type VerbForm } from './verbs';
import { DETERMINERS, pastAsBaseAfter, PRONOUNS } from './subjects';
import { OBJECT_DETERMINERS, isAdverbAt, isPlural, namesPeople, NOUN_STOP, SERIES_PLACES } from './countedNoun';
import { NUMBER_START_WORDS } from './numberWords';

/** prepositions before a gerund that acts for the subject of the verb before: "retaliated by expelling" */
const GERUND_LINKS = new Set(['by', 'after', 'before', 'while', 'in']);

/** subjects that refer back to those just counted: "They must leave within two weeks" */
const BACK_REFERENCE = new Set(['they', 'he', 'she', 'both', 'all']);

/** Verbs that hand over a time limit rather than act on their own ("gave them two weeks"). */
const GRANTING = new Set(['give', 'order', 'allow', 'grant', 'tell', 'ask', 'instruct', 'direct']);

/** verbs that report speech, besides "say" and its like below: never the action, a count after one waits for its own verb */
const SPEECH_VERBS = [
  'speak',
  'concede',
  'acknowledge',
  'complain',
  'predict',
  'recall',
  'remark',
  'observe',
  'reply',
  'assert',
  'contend',
];
/** Verbs that are never the action (FACTS.md): saying, thinking, expecting, having, measuring, being. */
const NOT_ACTIONS = new QuickSet([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'announce',
  'report',
  'state',
  'add',
  'note',
  'claim',
  'estimate',
  'calculate',
  'reckon',
  'forecast',
  'project',
  'expect',
  'believe',
  'think',
  'know',
  'reveal',
  'disclose',
  'confirm',
  'deny',
  'insist',
  'warn',
  'stress',
  'quote',
  'cite',
  'describe',
  'explain',
  'comment',
  'argue',
  'suggest',
  'indicate',
  'show',
  'see',
  'seem',
  'appear',
  'become',
  'remain',
  'number',
  'total',
  'exceed',
  'employ',
  'age',
  'value',
  'weigh',
  'measure',
  'average',
  'include',
  'comprise',
  'contain',
  'represent',
  'mean',
  'involve',
  'accuse',
  'concern',
  'regard',
  'compare',
  'account',
  'cost',
  'range',
  'feel',
  'hear',
  'learn',
  'understand',
  'consider',
  'call',
  'name',
  'base',
  'work',
  'accord',
  'follow',
  'use',
  'need',
  'let',
  'head',
  'lead',
  'chair',
  'record',
  'register',
  'make',
  'get',
  'come',
  'go',
  'put',
  'set',
  'own',
  'hold',
  'face',
  ...MODAL_VERBS,
  'ought',
  'consist',
  'find',
  'top',
  'reach',
  'stand',
  'amount',
  'equal',
  'total',
  'outnumber',
  'survey',
  'mention',
  ...SPEECH_VERBS,
  'list',
  'estimate',
  'put',
  'tell',
]);
/** frequent words that are never verbs */
const NEVER_VERBS = new QuickSet([
  'the',
  'of',
  'and',
  'a',
  'an',
  'to',
  'in',
  'for',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'that',
  'this',
  'it',
  'its',
  'he',
  'she',
  'they',
  'their',
  'his',
  'her',
  'or',
  'but',
  'not',
  'which',
  'who',
  'than',
  'more',
  'about',
  'over',
  'up',
  'we',
  'i',
  'you',
  'there',
  'these',
  'those',
  'some',
  'all',
  'other',
  'into',
  'while',
  'when',
  'where',
  'also',
  'after',
  'before',
  'new',
  'last',
  'first',
  'year',
  'percent',
  'people',
  'government',
  'its',
]);
/** the auxiliaries that may stand between a subject and its verb: "200 soldiers have been killed", "were to be introduced" */
const VERB_CHAIN = new QuickSet([...BE_FORMS.keys(), 'am', 'has', 'have', 'had', 'being', 'to', ...MODAL_VERBS]);
/**
 * Verbs whose participle opens no clause of its own: "including 9 Britons" stays in the clause of "killed",
 * "according to" is a preposition (a finite "included" is a verb of having: "one of which included 1,150 plaintiffs")
 */
const NO_VERB = new QuickSet(['include', 'accord']);
/** Verbs that only help another: no scope of their own ("have expelled", "did not release", "would be"). */
const AUXILIARIES = new QuickSet(['be', 'have', 'do', ...MODAL_VERBS, 'ought']);
/** what a state does against people, its own citizens too */
const AGAINST_PEOPLE = new Set([
  'arrest',
  'detain',
  'charge',
  'indict',
  'prosecute',
  'try',
  'convict',
  'sentence',
  'jail',
  'imprison',
  'execute',
]);
/** bodies of a state that act for it: courts, prosecutors, police, ministries */
const STATE_ORGANS = new QuickSet([
  'court',
  'courts',
  'tribunal',
  'prosecutor',
  'prosecutors',
  'judge',
  'judges',
  'police',
  'government',
  'ministry',
  'authorities',
]);
/** capitals that name other places as often in news: Victoria (Australia's state police), Kingston, Georgetown */
const AMBIGUOUS_CAPITALS = new Set(['victoria', 'kingston', 'georgetown', 'tripoli', 'nassau']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Verbs that pass the action to the verb after "to" (FACTS.md: "Spain agreed to admit 30 refugees" → admit). */
const TRANSPARENT = new QuickSet([
  'agree',
  'plan',
  'decide',
  'want',
  'vow',
  'threaten',
  'seek',
  'try',
  'hope',
  'intend',
  'promise',
  'propose',
  'aim',
  'continue',
  'begin',
  'start',
  'resume',
  'keep',
  'prepare',
  'move',
  'help',
  'fail',
  'attempt',
  'pledge',
  'offer',
  'ask',
  'urge',
  'order',
  // ("were told to leave", "was forced to release": what one is made or let to do is the action)
  'tell',
  'instruct',
  'direct',
  'require',
  'force',
  'compel',
  'oblige',
  'allow',
  'permit',
  'advise',
  'invite',
]);
/** how far after an infinitive its counted object may begin, in code units: "to visit seven countries" */
const OBJECT_REACH = 40;
/** what closes a participle's clause with nothing after it: "1,100 people killed and 300,000 forced to flee" */
const CLAUSE_CLOSERS = new Set(['and', ',', '.', ';', 'or']);
/** verbs whose object a word after it completes: "made 160 ships idle", "left 20 people homeless" */
const MAKING = new Set(['make', 'leave', 'keep', 'render']);
/** words that open no object after a verb: "asked not to be named", "decide whether to request" */
const NOT_AN_OBJECT = new QuickSet(['not', 'whether', 'if', 'how', 'when', 'what', 'where', 'why', 'who', 'to']);
/** prepositions that lead a limit rather than make a time an object: "require teams within six months to visit" */
const LIMIT_LEADS = new QuickSet(['within', 'by', 'in', 'before', 'until']);
/** how far after a verb the infinitive past its object may begin: "require a minimum of six superstores to be opened" */
const OBJECT_INFINITIVE_REACH = 12;
/** verbs of aspect, which hand the action on to a gerund after them as to an infinitive */
const ASPECT = new Set(['begin', 'start', 'continue', 'resume', 'keep']);
/** modal and "do" forms, which stand between a subject and its verb */
const MODAL_FORMS = [...MODAL_VERBS, 'did', 'does', 'do'];
const MODALS = new QuickSet(['to', ...MODAL_FORMS, 'not', "n't", 'also']);
/** "Theresa May said", "in May": the capital of a name or a month, no modal */
const monthOrName = (t: Token) => t.text === 'May';
/** titles of those who act for a state, before their name */
const TITLE_WORDS = [
  'president',
  'premier',
  'minister',
  'chancellor',
  'king',
  'queen',
  'leader',
  'ambassador',
  'envoy',
  'prosecutor',
  'general',
  'secretary',
];
/** a state's bodies and arms, named with its country: "Belgian administration", "the Philippine navy", "U.S. warships" */
const STATE_BODY_WORDS = [
  'government',
  'administration',
  'authorities',
  'forces',
  'troops',
  'army',
  'navy',
  'police',
  'officials',
  'ministry',
  'military',
  'soldiers',
  'leaders',
  'regime',
  'state',
  'security',
  'foreign',
  'interior',
  'defence',
  'defense',
  'prime',
  'warplanes',
  'jets',
  'aircraft',
  'border',
  'guards',
  'coast',
  'guard',
  'diplomats',
  'embassy',
  'cabinet',
  'parliament',
  'court',
  'courts',
  'prosecutors',
  'judge',
  'judges',
  'tribunal',
  'air',
  'force',
  'special',
  'riot',
  'naval',
  'federal',
  'revolutionary',
  'republican',
  'national',
  'intelligence',
  'secret',
  'service',
  'services',
  'agents',
  'officers',
  'marines',
  'commandos',
  'paratroopers',
  // (a state's arms, not a people's "fighters" nor merchant "ships")
  'warships',
  'submarines',
  'helicopters',
  'bombers',
];
const STATE_BODY = new QuickSet(STATE_BODY_WORDS);
/** what may stand between an acting country and its verb: "Belgian administration", "Ireland, meanwhile, also", "has been" */
const SUBJECT_GAP = new QuickSet([
  ...TITLE_WORDS,
  ...STATE_BODY_WORDS,
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  ...MODAL_FORMS,
  'been',
  'be',
  'not',
  "n't",
  'also',
  'then',
  'now',
  'already',
  'meanwhile',
  'however',
  'later',
  'again',
  'yet',
  'still',
  'just',
  'recently',
  'reportedly',
  'the',
  'its',
  ',',
  "'",
  '’',
  's',
  'to',
  'being',
]);
/** a country's own institutions, which act for it where they are ("police in Kenya"; not "troops in Iraq") */
const INSTITUTIONS = new Set([
  'police',
  'authorities',
  'officials',
  'government',
  'prosecutors',
  'court',
  'courts',
  'judge',
]);
/** the state's own bodies named with "of" and their country: "the Foreign Ministry of Peru" */
const STATE_BODIES = new Set(['ministry', 'cabinet', 'parliament', 'army', 'navy', 'military', 'presidency']);
const HAVING = new Set(['has', 'have', 'had']);
const FINITE_BE = new QuickSet(['is', 'are', 'was', 'were']);
/** how many tokens a description after a count may run before the clause's own verb */
const REDUCED_RELATIVE_REACH = 24;
/** how far (in characters) a country may stand before the noun it modifies: "Pakistani pilgrims", "Russian embassy staff" */
const BORROWED_NOUN_REACH = 30;
/** how many words the object of a having may run between it and an infinitive: "has no money to", "has the legal right to" */
const HAVING_OBJECT = 4;
/** pronouns that stand for people counted before ("ordered them to leave") */
const THEM = new Set(['them', 'him', 'her']);
const TITLES = new QuickSet(TITLE_WORDS);
const SAYING = new QuickSet([
  'say',
  'tell',
  'announce',
  'report',
  'state',
  'add',
  'claim',
  'confirm',
  'reveal',
  'disclose',
  'insist',
  'warn',
  'note',
  'believe',
  'think',
  'decide',
  'agree',
  'deny',
  'stress',
  'explain',
  'argue',
  'suggest',
  'indicate',
  'show',
  'expect',
  'estimate',
  'know',
  'learn',
  'hear',
  'feel',
  'understand',
  'consider',
  'find',
  'mention',
  ...SPEECH_VERBS,
]);
const RELATIVES = new QuickSet(['who', 'which', 'that']);
/** how far back the comma that opens a relative clause is looked for */
const RELATIVE_CLAUSE_REACH = 16;
/** words that open a noun phrase: "The conditions …" has no subject before "conditions" (the counted noun's determiners and the quantifiers) */
/** "each", "both", "all" floated after an auxiliary: "they would each expel four diplomats" */
const FLOATING_QUANTIFIERS = new Set(['each', 'both', 'all']);
const ADVERBS = new QuickSet([
  'not',
  "n't",
  'also',
  'further',
  'still',
  'never',
  'then',
  'now',
  'again',
  'soon',
  'already',
  'later',
  'just',
  'jointly',
  'quickly',
  'reportedly',
  'allegedly',
  'briefly',
  'seriously',
  'immediately',
  // floating quantifiers: "could all raise", "have both agreed"
  'all',
  'both',
]);
/** the possessives a noun phrase may open with, and with the articles */
const POSSESSIVE_WORDS = ['its', 'his', 'her', 'their', 'our'];
const ARTICLES_AND_POSSESSIVES = ['the', 'a', 'an', ...POSSESSIVE_WORDS];
const ABLE = /(?:able|ible)$/;
const SINGULAR_ARTICLE_REACH = 5;
const ASIDE_REACH = 6;
/** how many tokens a relative clause set off by commas may run between a subject and its verb */
const RELATIVE_ASIDE_REACH = 20;
/** a plural's ending: "-s", or "-men" ("Gunmen wound two fans") */
const PLURAL_ENDING = /[a-z](?:s|[a-z]men)$/;
/** articles, possessives and prepositions after which a past participle describes the noun it stands before ("the wounded", "no reason for extended delay") */
const ATTRIBUTIVE_AFTER = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  'of',
  'for',
  'with',
  'from',
  'into',
  'about',
  // "in advanced negotiations", "in protest at planned redundancies": no verb follows a preposition
  'in',
  // "the most externally oriented economies", "more advanced talks": a degree makes it an adjective
  'most',
  'more',
  'less',
  'least',
  'very',
  'at',
  'on',
  'under',
  'against',
  'without',
]);
/** what stands after a "have" of possession before its figure: "has about 300", "has only two", "has more than 100" */
const OWNED_AFTER = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  'some',
  'about',
  'nearly',
  'almost',
  'more',
  'over',
  'only',
  'just',
  'fewer',
  'less',
  'roughly',
  'around',
]);
/** plural nouns that are subjects without an -s: "police seize" */
const PLURAL_SUBJECTS = new QuickSet(['police', 'people', 'troops', 'men', 'women', 'children', 'forces']);
/** words in -s that are no subject of a following verb */
const NOT_SUBJECTS = new QuickSet([
  'is',
  'was',
  'has',
  'does',
  'its',
  'his',
  'this',
  'thus',
  'us',
  'as',
  'yes',
  'news',
  'less',
  'unless',
  'plus',
  'across',
  'perhaps',
  'always',
  'towards',
  'afterwards',
  'besides',
  'sometimes',
]);
/** the prepositions of a place or an occasion, and the nouns they count there (FACTS.md: counts inside place or time phrases give no fact) */
const WHERE_OR_WHEN = new QuickSet(['in', 'at', 'across', 'throughout', 'during']);
const PLACES_AND_OCCASIONS = new QuickSet([
  'countries',
  'nations',
  'states',
  'cities',
  'towns',
  'villages',
  'provinces',
  'regions',
  'districts',
  'counties',
  'areas',
  'places',
  'locations',
  'sites',
  'ports',
  'capitals',
  'continents',
  'attacks',
  'raids',
  'incidents',
  'clashes',
  'battles',
  'bombings',
  'operations',
  'games',
  'matches',
  'races',
  'rounds',
  'elections',
  'sessions',
  'meetings',
]);
const POSSESSIVES = new QuickSet(POSSESSIVE_WORDS);
/** how far after "told" its infinitive may stand: "told 13 Russian embassy staff to leave" */
const INFINITIVE_REACH = 8;
/** nouns of a place whose country follows "of" or comes before: "the capital of Kenya", "the Comoros archipelago" */
const PLACE_NOUNS = new QuickSet([
  'capital',
  'archipelago',
  'island',
  'islands',
  'city',
  'town',
  'village',
  'port',
  'province',
  'region',
  'state',
  'coast',
  'border',
  'north',
  'south',
  'east',
  'west',
  'outskirts',
  'heart',
  'centre',
  'center',
  'suburbs',
]);
/** the places a country shares with another: "the border with Zaire" */
const BORDERS = new QuickSet(['border', 'borders', 'frontier', 'boundary']);
/** prepositions of place: a country after one is where the action happens, not its target (FACTS.md) */
const PLACE = new QuickSet([
  'in',
  'at',
  'near',
  'inside',
  'across',
  'throughout',
  'within',
  'around',
  'outside',
  'along',
]);
const EN_ROUTE = new QuickSet(['route', 'way']);
/** prepositions that direct the action at a country: recipient, destination, source, victim */
const DIRECTED = new QuickSet([
  'to',
  'from',
  'of',
  'against',
  'on',
  'into',
  'toward',
  'towards',
  'for',
  'out',
  'by',
  'over',
  'with',
]);
/** prepositions after which a country is no actor: "sanctions on Russia", "talks with Ukraine" */
const PREPOSITIONS = new QuickSet([
  'on',
  'against',
  'to',
  'from',
  'with',
  'of',
  'in',
  'into',
  'toward',
  'towards',
  'for',
  'at',
  'by',
  'over',
  'about',
  'near',
  'across',
  'off',
]);
/** the people one holds when one detains them */
const HELD_PEOPLE = new Set([
  'hostages',
  'prisoners',
  'captives',
  'protesters',
  'demonstrators',
  'people',
  'suspects',
  'migrants',
  'refugees',
  'detainees',
  'nationals',
  'citizens',
  'soldiers',
  'sailors',
  'fishermen',
  'tourists',
  'activists',
  'journalists',
  'diplomats',
  'civilians',
  'men',
  'women',
  'children',
]);
/** verbs of accusing, whose object did what the gerund after "of" or "for" says */
const ACCUSING = new Set(['accuse', 'blame', 'suspect', 'convict', 'charge', 'condemn', 'criticize', 'criticise']);
const ACCUSED_REACH = 5;
/** what stands between a count and a count in a phrase that modifies it: "35 diplomats from six countries" */
const MODIFIER_GAP = /^\s+(?:from|in|at|across|with)\s+(?:(?:the|those|these)\s+)?$/;
/** the prepositions of a phrase that says where or when */
// (not "in", "on", "from" or "into", which also take what the verb acts on: "acquire interests in three
// companies", "cut tariffs on 1,700 products", "rose to 58 from 30 aircraft", "convert the debt into 683,000 shares")
const SETTING_PREPOSITIONS = new QuickSet([
  'at',
  'during',
  'near',
  'across',
  'inside',
  'outside',
  'around',
  'throughout',
]);
/** how many words of a name may stand between "and" and the verb after it ("… and Trans World Airlines drop") */
const JOINED_NAME_REACH = 4;
/** what after "was limited" makes it a passive verb, not an adjective: a limit or the object of one */
const PASSIVE_LIMITS = new QuickSet(['to', 'until', 'through', 'till']);
/** how many tokens before and after a count or a deadline its verbs are looked for */
const VERB_REACH_BEFORE = 24,
  VERB_REACH_AFTER = 16;
/** how far (in characters) after the count or the verb a country may stand to be what the action is directed at */
const TARGET_REACH = 60;
/** what makes a count a part of the one before ("killed 40 people, including 9 Britons") */
const SUB_COUNT = new QuickSet(['including', 'among']);
/** what stands between the members of a list of counts: "14 foreigners, six Iraqis and six Sudanese" */
const LIST_GAP = /^\s*(?:,|,?\s+and)\s+$/;
const ALONG_WITH = /\b(?:(?:along|together) with|as well as)\s+$/i;
/** words that open a clause of its own, whose counts are not the verb's before it */
const CLAUSE_OPENERS = new QuickSet(['where', 'when', 'while', 'whereas', 'because', 'although', 'though', 'whose']);
/** what opens a clause of time or condition before its subject: "after the bank endorsed it" */
const SUBORDINATORS = new QuickSet(['after', 'before', 'since', 'until', 'once', 'unless', 'if', 'as']);
/** Whether "others" follows the figure ending at offset `end`: "six others" names no noun but the people before. */
const othersAt = (text: string, end: number) => /^\s+others\b/i.test(text.slice(end, end + 10));
/** "of which", "of whom" right after a count: the part of a whole told before */
const OF_RELATIVE = /^\s+of\s+wh(?:ich|om)\b/i;
/** the verbs of meeting or missing a limit, whose limit it is */
const MET_OR_MISSED = new Set(['meet', 'miss', 'beat', 'ignore', 'defy', 'flout']);
/** how far after "made" its object may run before "persona non grata": "made three diplomats of Moldova … persona non grata" */
const PERSONA_REACH = 16;
/** the possessive pronouns that own a subject: "its warplanes", "their forces" */
const OWNERS = new QuickSet(['its', 'their']);
/** how many words may stand between such a pronoun and the verb's subject noun: "its Kurdish allies" */
const OWNED_REACH = 3;
/** how far back from its verb a subordinator may open the clause: "after the Bank of England endorsed" */
const FRONTED_REACH = 10;
/** what joins a clause to the one before it, besides CLAUSE_OPENERS */
const JOINS_CLAUSES = new QuickSet(['and', 'or', 'but', 'unless', 'if', 'that', 'which', 'who', 'whether', 'as', 'so']);
/** how many words a relative clause may run before its verb: ", whose names were not disclosed" */
const RELATIVE_REACH = 8;
const RELATIVE_WORDS = new QuickSet(['who', 'whose', 'which']);
/** a relative clause set off by commas: a remark between a subject and its verb */
const RELATIVE_REMARK = /,\s*(?:who|whose|which)\b[^,]*,/gi;
// (not "the United Nations", one body)
const COLLECTIVE_SUBJECTS = /\b(countries|(?<!United )nations|states|governments|allies|members|capitals)\b/i;

interface Verb {
  lemma: string;
  form: VerbForm['form'];
  /** a verb of saying, having or measuring: it governs its own words ("topped 2,200") but makes no fact */
  silent: boolean;
  /** token index */
  at: number;
  start: number;
  end: number;
  /** "would be expelled", "were ordered": what is acted on stands before the verb */
  passive: boolean;
  /** where the verb's limits may start when a verb before handed its action on: "require teams within six months to visit" */
  limitsFrom?: number;
}

/** Singular form of a counted noun for grouping ("diplomats" and "diplomat" are one noun). */
export function nounLemma(noun: string): string {
  const n = noun.toLowerCase();
  if (/(ss|us|is)$/.test(n)) return n;
  if (/ies$/.test(n)) return `${n.slice(0, -3)}y`;
  if (/(ches|shes|xes|ses)$/.test(n)) return n.slice(0, -2);
  if (n === 'people' || n === 'police' || n === 'personnel' || n === 'staff') return n;
  if (n === 'men' || n === 'women' || n === 'children') return { men: 'man', women: 'woman', children: 'child' }[n];
  return n.endsWith('s') ? n.slice(0, -1) : n;
}

/** The facts of a text whose tokens and annotations (sorted, offsets in the text) are given. */
export function linkFacts(
  text: string,
  tokens: readonly Token[],
  annotations: readonly Annotation[],
  articleDate: string | null = null,
): Fact[] {
  // office holders act for their state in the years they held office: the article's year tells which
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const facts: Fact[] = [];
  const breaks = paragraphBreaks(text).map(([start]) => start);
  let paragraph = 0,
    ai = 0,
    lastFactParagraph = -1;
  // where the sentences before the current one start: a group counted again refers back this far (FACTS.md)
  const starts: number[] = [];
  for (const s of splitSentences(tokens)) {
    starts.push(s.start);
    // annotations and sentences are both in text order: one pointer walks each
    while (ai < annotations.length && annotations[ai]!.start < s.start) ai++;
    const inside: Annotation[] = [];
    for (let k = ai; k < annotations.length && annotations[k]!.start < s.end; k++)
      if (annotations[k]!.end <= s.end) inside.push(annotations[k]!);
    const counts = inside.filter(
      (a): a is CountAnnotation => a.kind === 'count' && !(a.count.noun && /^times?$/.test(a.count.noun)),
    );
    const deadlines = inside.filter((a): a is TimeAnnotation => a.kind === 'time' && !!a.time.deadline);
    if (counts.length === 0 && deadlines.length === 0) continue; // without a count or a deadline no fact comes of a sentence
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    const sentence = new SentenceFacts(
      text,
      tokens,
      s,
      inside,
      counts,
      deadlines,
      facts,
      paragraph > 0 ? breaks[paragraph - 1]! : 0,
      year,
      starts[Math.max(0, starts.length - 1 - SAME_GROUP_SENTENCES)]!,
    );
    const added = sentence.link(lastFactParagraph === paragraph);
    if (added) lastFactParagraph = paragraph;
  }
  return facts;
}

/** The facts of one sentence, appended to the article's. */
class SentenceFacts {
  private readonly countries: CountryAnnotation[];
  private readonly countryEnding = new Map<number, CountryAnnotation>();
  private readonly deadlineEnding = new Map<number, TimeAnnotation>();
  /** where the sentence's times start, by where they end: "Belgium on Tuesday expelled …" */
  private readonly timeStartEnding = new Map<number, number>();
  /** the past years the sentence's dates tell of: an office holder may have acted then */
  private yearsKnown: number[] | undefined;
  private readonly inside: Annotation[];
  private readonly usedCounts = new Set<CountAnnotation>();
  private readonly usedDeadlines = new Set<TimeAnnotation>();
  private readonly own: Fact[] = [];
  private capitalsKnown: boolean | undefined;
  /** "arrested and charged 11 men": the later verb that shares the count, kept beside the fact's action */
  private alsoAction: string | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly s: Sentence,
    inside: Annotation[],
    private readonly counts: CountAnnotation[],
    private readonly deadlines: TimeAnnotation[],
    private readonly facts: Fact[],
    private readonly paragraphStart: number,
    private readonly year: number | null,
    /** the start of the earliest sentence a group counted again may refer back to */
    private readonly recentFrom: number,
  ) {
    this.countries = inside.filter((a): a is CountryAnnotation => a.kind === 'country');
    for (const a of inside) if (a.kind === 'time') this.timeStartEnding.set(a.end, a.start);
    this.inside = inside;
    for (const c of this.countries) this.countryEnding.set(c.end, c);
    for (const d of deadlines) this.deadlineEnding.set(d.end, d);
    for (const c of counts) if (this.describes(c)) this.usedCounts.add(c);
  }

  /** Links the sentence; `sameParagraph`: the article's last fact is in this paragraph. Returns whether a fact was made. */
  link(sameParagraph: boolean): boolean {
    const verbs = this.findVerbs();
    // "… expelled three Russian diplomats. The three must leave within five days": the fact's figure after
    // "the", with no noun of its own, is them again (FACTS.md: one fact per count)
    const backCount = sameParagraph ? this.backCount() : null;
    if (backCount) this.usedCounts.add(backCount);
    // the actors are found only for the verbs that make a fact (and those they continue), each once
    const actors: Array<CountryAnnotation | null | undefined> = [];
    const actorAt = (k: number): CountryAnnotation | null => {
      let from = k;
      // "police … mounted a hunt, arresting four": a participle or a coordinated verb acts for the subject before it
      while (
        from > 0 &&
        actors[from] === undefined &&
        this.continues(verbs[from - 1]!, verbs[from]!) &&
        this.actorOf(verbs[from]!) === null
      )
        from--;
      for (let j = from; j <= k; j++) actors[j] ??= this.actorOf(verbs[j]!) ?? (j > from ? actors[j - 1]! : null);
      return actors[k]!;
    };
    let idle: { verb: Verb; k: number } | null = null;
    verbs.forEach((verb, k) => {
      // a verb governs what follows it up to the next verb
      const scopeEnd = verbs[k + 1]?.start ?? this.s.end;
      const next = verbs[k + 1];
      // a count right after an acting verb is its object even before another verb ("INDIA BUYS UP TO 10 CARGOES SUGAR")
      const inScope = between(this.counts, verb.end, scopeEnd);
      // a count of where or when is no one's object, nor the subject of a verb after it ("workers at about 118
      // mines, last year sought …")
      for (const c of inScope) if (this.placed(verb, c)) this.usedCounts.add(c);
      const objects = inScope.filter(
        (c) =>
          !this.usedCounts.has(c) &&
          !(this.afterOf(c) && !this.eventOf(c, verb)) &&
          !this.takenAs(c) &&
          !this.withParticiple(c) &&
          !this.ofWhich(c) &&
          !this.subjectOfBe(c) &&
          !this.opensClause(verb.end, c.start) &&
          !this.closesFrontedClause(verb, verbs[k - 1], c) &&
          !QUOTE_BETWEEN.test(this.text.slice(verb.end, c.start)) &&
          !(
            next &&
            this.subjectOf(c, next) &&
            (verb.silent || !this.rightAfter(c, verb)) &&
            // ("ordered the expulsion of 45 diplomats suspected of spying": a participle after the object describes it)
            !(next.form === 'ed' && !next.passive && this.eventOf(c, verb))
          ),
      );
      // "Bre-X had until December 21 to submit …": a verb of having hands its limit to the infinitive after it
      // (FACTS.md: having is never the action); a verb of granting keeps it ("giving the government until Feb 1 to …")
      const handsOn = (d: TimeAnnotation) => verb.silent && !!next && this.hadUntil(d, next);
      const deadline =
        firstFrom(
          this.deadlines,
          verb.limitsFrom ?? verb.end,
          scopeEnd,
          (d) => !this.usedDeadlines.has(d) && !handsOn(d),
        ) ??
        this.hadUntilBefore(verb) ??
        null;
      // ("Warsaw said they had 72 hours": a limit someone has is left for the fact before, when no verb takes it)
      if (deadline && !(verb.silent && verb.lemma === 'have')) this.usedDeadlines.add(deadline);
      if (verb.silent) {
        // "the number injured topped 2,200", "the company employs 3,000": its counts are no one's objects;
        // after a verb of saying ("officials said three banks were merged") they wait for the verb they belong to
        if (!SAYING.has(verb.lemma)) for (const c of objects) this.usedCounts.add(c);
        idle = null;
        return;
      }
      // "arrested and charged 11 men": verbs sharing one count make one fact under the first (FACTS.md)
      // "ordered the diplomats to leave within 72 hours": the limit of the infinitive after a verb of ordering
      // with no count is the order's (its clause's main verb, FACTS.md)
      const ordered =
        idle && objects.length === 0 && GRANTING.has(idle.verb.lemma) && this.tokens[verb.at - 1]?.lower === 'to'
          ? idle
          : null;
      const shared = (idle && this.joined(idle.verb, verb)) || ordered ? idle : null;
      const lead = shared ? shared.verb : verb;
      const actor = () => actorAt(shared ? shared.k : k);
      if (
        objects.length === 0 &&
        deadline &&
        GRANTING.has(verb.lemma) &&
        this.grantToPrevious(deadline, sameParagraph, idle && { verb: idle.verb, actor: actorAt(idle.k) })
      )
        return;
      // "ordered three Russian embassy staff to leave within 72 hours": the limit of the infinitive after
      // the fact just made is that fact's (FACTS.md: one fact per count, with its deadline); "… expelled
      // 21 diplomats. They must leave within two weeks": a sentence about them, with no count or country
      // of its own, limits the fact before in the paragraph
      const made = this.own[this.own.length - 1];
      // (or a sentence that tells the same act again with no count of its own: "Russia is to expel 23 British
      // diplomats. The ministry said the staff would be … expelled within a week")
      const previous = this.facts[this.facts.length - 1];
      const aboutThem =
        !made &&
        sameParagraph &&
        this.onlySpeakers(previous) &&
        (backCount !== null ||
          (this.counts.length === 0 && (this.opensWithPronoun() || verb.lemma === previous?.action)));
      const limited = made ?? (aboutThem ? this.facts[this.facts.length - 1] : undefined);
      // the infinitive of the fact's own verb, with no other verb between ("ordered … to leave"; not "directors
      // have rejected …, had been scheduled to expire"), or of a verb of granting that tells them of the
      // counted ("expelled three diplomats and ordered them to leave within 72 hours": one fact, FACTS.md)
      const before = verbs[k - 1];
      const toThem = !!before && GRANTING.has(before.lemma) && THEM.has(this.tokens[before.at + 1]?.lower ?? '');
      // "expelled three Russian embassy staff, saying they had until April 12 to leave": what they have is theirs
      const theyHad =
        !!deadline && BACK_REFERENCE.has(this.tokens[tokenBefore(this.tokens, deadline.start) - 2]?.lower ?? '');
      const infinitive =
        this.tokens[verb.at - 1]?.lower === 'to' &&
        (made?.verb?.start === before?.start || (!!made && (toThem || (theyHad && this.hadUntil(deadline, verb)))));
      // "expelled 12 members of Russia's U.N. mission, who must leave by March 7": a relative clause about them
      const relative = !!made && this.opensRelativeClause(verb);
      // "three diplomats had been declared persona non grata and must leave within a week": a verb joined to
      // the fact's own, of the same subject
      const coordinated = !!made && !!before && made.verb?.start === before.start && this.continues(before, verb);
      // (not a limit someone meets or misses, which is theirs: "… after Russia failed to meet a midnight deadline")
      if (
        objects.length === 0 &&
        deadline &&
        limited &&
        !limited.deadline &&
        !MET_OR_MISSED.has(verb.lemma) &&
        (aboutThem || infinitive || relative || coordinated)
      ) {
        limitFact(limited, deadline);
        return;
      }
      // a passive is about its subject ("The 11 Americans were killed …, along with five employees"); an active verb about its objects
      // the verb before it, past a relative clause set off by commas ("Five Iraqis, whose names were not disclosed, were
      // deported") or closed before the verb's own auxiliary ("About ten workers who had been trapped were rescued")
      this.alsoAction = shared && shared.verb.lemma !== verb.lemma ? verb.lemma : null;
      let p = k - 1,
        closed = false;
      for (; p >= 0; p--) {
        const past = this.closedRelative(verbs[p]!, verb);
        if (!past && !this.inRelativeClause(verbs[p]!, verb)) break;
        closed ||= past;
      }
      // ("One of them, sitting in the car, was arrested": an aside's participle leaves its subject to the verb after it)
      const subject =
        (objects.length === 0 || verb.passive) && !(next && this.participleAside(verb, next))
          ? this.subjectCount(verb, verbs[p], closed)
          : null;
      if (objects.length === 0 && !subject && !deadline) {
        idle = { verb, k };
        return;
      }
      idle = null;
      if (subject) {
        // ("40 hostages freed by Iraq": a participle after its noun is a passive too, when a by-agent follows it)
        const byAgent = verb.passive || verb.form === 'ed' ? this.byAgent(verb, scopeEnd) : null;
        const agent = verb.passive ? byAgent : (byAgent ?? actor() ?? this.principalOf(subject));
        for (const c of this.listedBefore(subject)) this.push(lead, agent, c, null, verb, scopeEnd);
        this.push(lead, agent, subject, deadline, verb, scopeEnd);
        // "17 Filipino workers were among the 35 killed", "78 people …, including 64 confirmed cases, were
        // treated": a part of them underwent the same
        const part =
          this.partAmong(subject) ??
          firstFrom(this.counts, subject.end, verb.start, (c) => this.opensSubCount(c, true));
        if (part && !this.usedCounts.has(part)) this.push(lead, agent, part, null, verb, scopeEnd, true);
        // "The 11 Americans were killed in Kenya, along with five Kenyan employees": more who underwent the same;
        // "120 foreigners were evacuated, among them 45 Germans and 30 Britons": parts of the subject (each listed one too)
        let sub = false;
        objects.forEach((c, n) => {
          sub = this.opensSubCount(c) || (sub && LIST_GAP.test(this.text.slice(objects[n - 1]!.end, c.start)));
          if (sub || ALONG_WITH.test(this.text.slice(Math.max(0, c.start - 16), c.start)))
            this.push(lead, agent, c, null, verb, scopeEnd, sub);
        });
        return;
      }
      // ("brings the number of Russian diplomats expelled by Poland to 57": a participle's by-agent acts)
      const byAgent = verb.form === 'ed' ? this.byAgent(verb, scopeEnd) : null;
      objects.forEach((count, n) => {
        // "France expelled 35 diplomats, Germany 10 and Italy 30": a country right before a later count is its own actor (gapping)
        const gapped = n > 0 ? this.countryRightBefore(count) : null;
        if (n > 0 && this.opensSubCount(count))
          return this.push(lead, byAgent ?? actor(), count, null, verb, scopeEnd, true);
        this.push(lead, gapped ?? byAgent ?? actor(), count, n === 0 ? deadline : null, verb, scopeEnd);
      });
      // "Iraq has been given until Jan. 15 to withdraw", "the US diplomats were ordered to leave by May 21": the
      // subject of a passive undergoes it (the target), the by-agent acts (FACTS.md: agentless passives have no actor)
      if (objects.length === 0) {
        const passive = verb.passive ? verb : ordered?.verb.passive ? ordered.verb : null;
        if (passive) this.push(lead, this.byAgent(passive, scopeEnd), null, deadline, verb, scopeEnd, false, actor());
        else if (this.afterPassiveOrder(verb)) this.push(lead, null, null, deadline, verb, scopeEnd, false, actor());
        else this.push(lead, actor(), null, deadline, ordered?.verb ?? verb, scopeEnd);
      }
    });
    if (this.own.length) return true;
    // "They have all been given two weeks to leave": a limit for the fact just before, in the same paragraph
    const previous = this.facts[this.facts.length - 1];
    const free = this.deadlines.find((d) => !this.usedDeadlines.has(d));
    if (free && previous && !previous.deadline && sameParagraph && this.onlySpeakers(previous)) {
      limitFact(previous, free);
    }
    return false;
  }

  /** Whether a count is a part of the one before: "including 9 Britons", "among them 45 Germans" (`aside`: after a comma). */
  private opensSubCount(count: CountAnnotation, aside = false): boolean {
    const k = tokenBefore(this.tokens, count.start);
    const opener = lowerAt(this.tokens, k) === 'them' ? k - 1 : k;
    return SUB_COUNT.hasAt(this.tokens, opener) && (!aside || this.tokens[opener - 1]?.text === ',');
  }

  /**
   * "78 people suspected of having the disease, including 64 confirmed cases, were still being treated": a
   * participle right after a count's noun and before a preposition describes it, when a passive or a perfect
   * of the clause follows (its verb)
   */
  private reducedRelative(k: number): boolean {
    const { tokens } = this;
    if (!PREPOSITIONS.hasAt(tokens, k + 1) || !this.countEndingAt(tokens[k]!.start)) return false;
    for (let j = k + 2; j <= this.s.last && j <= k + REDUCED_RELATIVE_REACH; j++) {
      if (tokens[j]!.text === ';') return false;
      if (!FINITE_BE.hasAt(tokens, j) && !HAVING.has(tokens[j]!.lower)) continue;
      let p = j + 1;
      while (
        ADVERBS.hasAt(tokens, p) ||
        /ly$/.test(lowerAt(tokens, p)) ||
        lowerAt(tokens, p) === 'being' ||
        lowerAt(tokens, p) === 'been'
      )
        p++;
      const v = verbForm(lowerAt(tokens, p));
      if (v?.form === 'ed' && !v.nounFirst) return true;
    }
    return false;
  }

  /**
   * "expelled a Russian diplomat suspected of spying": a participle in -ed with a preposition after it, right
   * after the object of an action in the same clause, describes that object (not after a verb of saying, whose
   * object is a clause: "said rebels attacked from the north").
   */
  private describesObject(k: number, before: Verb | undefined): boolean {
    const { tokens } = this;
    const noun = tokens[k - 1];
    if (!before || before.silent || !tokens[k]!.lower.endsWith('ed') || !PREPOSITIONS.hasAt(tokens, k + 1))
      return false;
    // (a noun: no joiner, adverb or verb form before the participle, "killed 10 and wounded about 70")
    if (!noun || noun.kind !== TokenKind.Word || NOUN_STOP.hasAt(tokens, k - 1) || ADVERBS.hasAt(tokens, k - 1))
      return false;
    if (isAdverbAt(tokens, k - 1) || verbForm(noun.lower) !== null || before.at >= k - 2) return false;
    // (a count right before it is reducedRelative's: "1,000 others wounded in the blasts" may be a clause's verb)
    if (this.countEndingAt(noun.end)) return false;
    // the object right after the verb, with its article: no preposition or clause between ("contracts traded in
    // February almost tripled to")
    let article = false;
    for (let j = before.at + 1; j < k; j++) {
      if (tokens[j]!.text === ',' || CLAUSE_OPENERS.hasAt(tokens, j) || PREPOSITIONS.hasAt(tokens, j)) return false;
      if (JOINS_CLAUSES.hasAt(tokens, j)) return false; // "would attack unless the guerrillas surrendered by dawn"
      article ||= OBJECT_DETERMINERS.hasAt(tokens, j);
    }
    return article;
  }

  /** The limit had until right before `verb`, its infinitive, if not taken yet ("has until December 21 to submit"). */
  private hadUntilBefore(verb: Verb): TimeAnnotation | undefined {
    const d =
      this.tokens[verb.at - 1]?.lower === 'to'
        ? this.deadlineEnding.get(this.tokens[verb.at - 2]?.end ?? -1)
        : undefined;
    return d && !this.usedDeadlines.has(d) && this.hadUntil(d, verb) ? d : undefined;
  }

  /** Whether the limit `d` is had until, and `verb` is the infinitive right after it: "has until December 21 to submit". */
  private hadUntil(d: TimeAnnotation, verb: Verb): boolean {
    return d.end <= verb.start && /^\s*to\s+$/i.test(this.text.slice(d.end, verb.start)) && this.havingBefore(d) >= 0;
  }

  /** The token of the "has" of "has until Friday" or "has 48 hours" before a limit, or -1. */
  private havingBefore(d: TimeAnnotation): number {
    const before = tokenBefore(this.tokens, d.start);
    const having = this.tokens[before]?.lower === 'until' ? before - 1 : before;
    return HAVING.has(this.tokens[having]?.lower ?? '') ? having : -1;
  }

  private push(
    verb: Verb,
    actor: CountryAnnotation | null,
    count: CountAnnotation | null,
    deadline: TimeAnnotation | null,
    governing: Verb,
    scopeEnd: number,
    sub = false,
    undergoer: CountryAnnotation | null = null,
  ): void {
    if (count) this.usedCounts.add(count);
    const target = undergoer ?? this.targetOf(actor, count, governing, sub, scopeEnd);
    const c = count?.count;
    const total =
      !actor &&
      !!c &&
      (c.total === true ||
        // (the subject's words, up to the count's noun when it is the subject: not "refugees from the 11 countries were …")
        (COLLECTIVE_SUBJECTS.test(
          this.text.slice(
            Math.max(this.s.start, verb.start - 200),
            count!.start < verb.start ? Math.max(count!.end, c.nounEnd ?? 0) : verb.start,
          ),
        ) &&
          !this.distributive(verb, count!)));
    // "Germany expelled 40 Russian diplomats, and France 35": a bare count means what the same action counted just before
    // (a noun borrowed from a count nearby, outside the count's own span, is such an ellipsis too)
    // ("Of those killed, 11 were killed in Tanzania": a part of a whole the sentence names, no ellipsis)
    const partOfWhole = SUB_COUNT_OPENERS.hasAt(this.tokens, this.s.first);
    const elided =
      c &&
      !partOfWhole &&
      (c.noun === null || (c.nounStart !== null && (c.nounStart < count!.start || c.nounStart >= count!.end)))
        ? lastCounted(this.facts, verb.lemma, this.paragraphStart)
        : undefined;
    // ("killing at least six people and injuring some 200 others": the others are of the sentence's counted noun
    // before them, FACTS.md, though the count itself names none, COUNTS.md)
    const others = c && c.noun === null && othersAt(this.text, c.numberEnd) ? this.own[this.own.length - 1] : undefined;
    const fact: Fact = {
      id: `f${this.facts.length + 1}`,
      sentenceStart: this.s.start,
      sentenceEnd: this.s.end,
      actor: actor ? { code: actor.country.code, name: actor.country.name } : null,
      action: verb.lemma,
      verb: { start: verb.start, end: verb.end, text: this.text.slice(verb.start, verb.end) },
      ...(this.alsoAction ? { alsoActions: [this.alsoAction] } : {}),
      count: c
        ? {
            value: c.value,
            ...(c.max !== undefined ? { max: c.max } : {}),
            qualifier: c.qualifier,
            noun: c.noun ?? elided?.count?.noun ?? others?.count?.noun ?? null,
          }
        : null,
      // "killed three Israeli soldiers and wounded six others": the others are of the same people
      // ("nearly 200 Israeli soldiers have been killed … In addition, 73 soldiers were killed": the same group
      // counted again without its country)
      target: target
        ? { code: target.country.code, name: target.country.name }
        : (elided?.target ??
          (c && othersAt(this.text, c.numberEnd) ? this.own[this.own.length - 1]?.target : null) ??
          (c
            ? sameGroupBefore(this.facts, c, verb.lemma, Math.max(this.paragraphStart, this.recentFrom), actor)?.target
            : null) ??
          null),
      deadline: deadline ? deadlineOf(deadline) : null,
      total,
      ...(sub && this.own.length ? { partOf: this.own[this.own.length - 1]!.id } : {}),
      // (an office holder named as actor is no annotation: it has no id)
      evidence: [actor, count, target, deadline]
        .filter((a): a is NonNullable<typeof a> => !!a && a.id !== '')
        .map((a) => a.id),
    };
    this.facts.push(fact);
    this.own.push(fact);
  }

  /**
   * Whether the sentence names no country but speakers ("Warsaw said they had 72 hours": the speaker is never
   * the actor) or those of the fact `before` ("… They must leave Russia within 72 hours"), so that it can
   * tell of that fact
   */
  private onlySpeakers(before: Fact | undefined): boolean {
    const known = (code: string) => code === before?.actor?.code || code === before?.target?.code;
    return this.countries.every((c) => this.sayingAfter(c) > 0 || known(c.country.code));
  }

  /** The token after "said" (and "that") when a verb of saying follows the country, else -1. */
  private sayingAfter(c: CountryAnnotation): number {
    const k = tokenBefore(this.tokens, c.end) + 1;
    const said = verbForm(this.tokens[k]?.lower ?? '');
    if (!said || said.form === 'ing' || !SAYING.has(said.lemma)) return -1;
    return this.tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
  }

  /** "The two countries each expelled five diplomats", "… five diplomats each": what each of them did, no total */
  private distributive(verb: Verb, count: CountAnnotation): boolean {
    return this.tokens[verb.at - 1]?.lower === 'each' || /^\s+each\b/.test(this.text.slice(count.end, count.end + 6));
  }

  /**
   * Whether the subject is a personal pronoun: "They must leave within two weeks"; it may open what the
   * sentence's speaker said ("Warsaw said they had 72 hours")
   */
  private opensWithPronoun(): boolean {
    const speaker = this.countries[0];
    const first =
      speaker && speaker.start === this.tokens[this.s.first]!.start ? this.sayingAfter(speaker) : this.s.first;
    return BACK_REFERENCE.has(this.tokens[first]?.lower ?? '');
  }

  /** The count that opens the sentence as "The three", the figure of the article's last fact, with no noun. */
  private backCount(): CountAnnotation | null {
    const c = this.counts[0],
      last = this.facts[this.facts.length - 1]?.count;
    return c &&
      last &&
      this.tokens[this.s.first]?.lower === 'the' &&
      c.start === this.tokens[this.s.first + 1]?.start &&
      c.count.noun === null &&
      c.count.value === last.value
      ? c
      : null;
  }

  /** "… expelled the ambassador and gave him five days to leave": the limit belongs to the fact before. */
  private grantToPrevious(
    deadline: TimeAnnotation,
    sameParagraph: boolean,
    idle: { verb: Verb; actor: CountryAnnotation | null } | null,
  ): boolean {
    const previous =
      this.own[this.own.length - 1] ??
      (this.countries.length === 0 && sameParagraph ? this.facts[this.facts.length - 1] : undefined);
    if (previous && !previous.deadline) {
      limitFact(previous, deadline);
      return true;
    }
    // ("called off a strike which had kept the ports closed, giving the government until Feb 1": the
    // participle grants for the main clause, not for a verb of the relative clause; then it acts itself)
    if (!idle || this.ofRelativeClause(idle.verb)) return false;
    this.push(idle.verb, idle.actor, null, deadline, idle.verb, this.s.end);
    return true;
  }

  /** Whether "which", "who" or "whose" opens the clause of the verb, with no comma between ("a strike which had kept …"). */
  private ofRelativeClause(verb: Verb): boolean {
    for (let k = verb.at - 1; k >= this.s.first && k >= verb.at - RELATIVE_REACH; k--) {
      if (RELATIVE_WORDS.hasAt(this.tokens, k)) return true;
      if (this.tokens[k]!.text === ',') return false;
    }
    return false;
  }

  /** A headline in capitals ("GUNMEN WOUND TWO … FANS"): there a capital says nothing about names. Asked only when a capital is met. */
  private get capitals(): boolean {
    if (this.capitalsKnown === undefined) {
      let words = 0,
        caps = 0;
      for (let k = this.s.first; k <= this.s.last; k++) {
        const t = this.tokens[k]!;
        if (t.kind !== TokenKind.Word || t.text.length < 2) continue;
        words++;
        if (isAllCaps(t)) caps++;
      }
      this.capitalsKnown = words > 2 && caps / words > 0.6;
    }
    return this.capitalsKnown;
  }

  /** The verbs of the sentence that can be actions, in order. */
  private findVerbs(): Verb[] {
    const { tokens, s } = this;
    const out: Verb[] = [];
    let handedFrom: number | undefined; // the end of a verb that handed its action on, whose limits the next verb takes
    let ci = 0; // the counts walk along with the tokens
    const windows = this.verbWindows();
    let w = 0;
    for (let k = s.first; k <= s.last; k++) {
      // only near a count or a deadline can a verb make a fact or bound the scope of one that does
      while (w < windows.length && windows[w]![1] < k) w++;
      if (w === windows.length) break;
      if (k < windows[w]![0]) k = windows[w]![0];
      const t = tokens[k]!;
      while (ci < this.counts.length && this.counts[ci]!.end <= t.start) ci++;
      const inCount = ci < this.counts.length && this.counts[ci]!.start <= t.start;
      // names, words inside a count and the second half of a compound ("long-stalled", "3,000-strong") are no
      // verbs, nor is the first half ("black-uniformed police": the compound is its second half's, if anyone's)
      if (
        t.kind !== TokenKind.Word ||
        inCount ||
        (tokens[k - 1]?.end === t.start && !this.compoundVerbAt(k)) ||
        hyphenJoins(tokens, k) ||
        (t.text.charCodeAt(0) < 97 && !(isAllCaps(t) && this.capitals))
      )
        continue;
      if (NEVER_VERBS.hasAt(tokens, k)) continue; // the commonest words, ruled out by their fingerprint before any lookup
      if (this.countryEnding.has(t.end)) continue; // a country is no verb, in capitals either ("GIVES JAPAN 30 DAYS")
      if (contractedAt(tokens, k) !== null) continue; // "won't", "don't": an auxiliary, not "win" or "don"
      const v = this.formHere(t.lower, k);
      if (!v || !(this.actsAsVerb(v, k) || this.coordinated(v, k, out[out.length - 1]))) continue;
      if ((AUXILIARIES.has(v.lemma) && !this.possessing(v, k)) || (NO_VERB.has(v.lemma) && v.form === 'ing')) continue;
      if ((TRANSPARENT.has(v.lemma) && this.handsOn(k)) || (v.lemma === 'call' && this.passiveInfinitiveAfter(k))) {
        handedFrom ??= t.end;
        continue;
      }
      // (a participle right after a count is its reduced passive: "with 1,100 people killed and 300,000 forced to flee")
      const passive =
        v.form === 'ed' &&
        k > s.first &&
        (BE_FORMS.hasAt(tokens, k - 1) ||
          (k - 1 > s.first && BE_FORMS.hasAt(tokens, k - 2) && /ly$/.test(tokens[k - 1]!.lower)) ||
          (!!this.countEndingAt(tokens[k - 1]!.end) && CLAUSE_CLOSERS.has(tokens[k + 1]?.text ?? '.')));
      if (!passive && v.form === 'ed' && (this.reducedRelative(k) || this.describesObject(k, out[out.length - 1])))
        continue;
      // a compound's lemma keeps its first half: "test-fired" is "test-fire"
      const compound = tokens[k - 1]?.end === t.start ? tokens[k - 2]! : null;
      // "made three diplomats persona non grata": the light verb declares them so
      const declares = v.lemma === 'make' && this.personaNonGrataAfter(k);
      out.push({
        lemma: compound ? `${compound.lower}-${v.lemma}` : declares ? 'declare' : v.lemma,
        form: v.form,
        // ("called for two to three cargoes": to call for is to demand, not to name)
        silent:
          !declares &&
          NOT_ACTIONS.has(v.lemma) &&
          !(v.lemma === 'tell' && this.toInfinitiveAfter(k)) &&
          !(v.lemma === 'call' && this.callsForCount(k)) &&
          !(v.lemma === 'hold' && this.holdsPeople(k)),
        at: compound ? k - 2 : k,
        start: compound ? compound.start : t.start,
        end: t.end,
        passive,
        ...(handedFrom !== undefined ? { limitsFrom: handedFrom } : {}),
      });
      handedFrom = undefined;
    }
    return out;
  }

  /** Whether "persona non grata" follows the verb at token k in its clause, past its object. */
  private personaNonGrataAfter(k: number): boolean {
    for (let j = k + 1; j <= this.s.last && j <= k + PERSONA_REACH; j++) {
      if (this.tokens[j]!.lower === 'persona' && this.tokens[j + 1]?.lower === 'non') return true;
      // (within the clause: up to a stop other than a comma)
      if (this.tokens[j]!.kind === TokenKind.Punct && this.tokens[j]!.text !== ',') return false;
    }
    return false;
  }

  /**
   * The verb form of the word at token k. A past that is also a base form of another verb ("wound",
   * "found", "fell") is the base after "to" or a modal, and in a headline in capitals, which tells in the
   * present: "GUNMEN WOUND TWO FANS". After a subject it stays the past: "police found two bodies".
   */
  private formHere(w: string, k: number): VerbForm | null {
    const v = verbForm(w);
    if (!v || v.form !== 'ed' || v.lemma === w || !isLemma(w)) return v;
    return (MODALS.hasAt(this.tokens, k - 1) && !monthOrName(this.tokens[k - 1]!)) ||
      (this.capitals && isAllCaps(this.tokens[k]!))
      ? { lemma: w, form: 'base', nounFirst: v.nounFirst }
      : v;
  }

  /**
   * "it has 300 employees", "Bre-X has 13,000 shareholders": "have" with a figure or a determiner after it
   * is the verb of its clause (a silent one: FACTS.md, having is never the action), which ends the scope
   * of the verb before it; "has expelled", "has until Friday" stay auxiliaries.
   */
  private possessing(v: VerbForm, k: number): boolean {
    if (v.lemma !== 'have' && v.lemma !== 'be') return false;
    let j = k + 1;
    while (ADVERBS.hasAt(this.tokens, j)) j++;
    const next = this.tokens[j];
    if (!next) return false;
    // "the Khmer Rouge were a guerrilla force with more than 10,000 men": "be" before an article is its clause's verb
    if (v.lemma === 'be') return next.lower === 'a' || next.lower === 'an';
    if (next.kind === TokenKind.Number || NUMBER_START_WORDS.hasAt(this.tokens, j) || OWNED_AFTER.has(next.lower))
      return true;
    // "don't have power", "to have problems": after "do", a modal or "to" a bare "have" is the verb itself
    // unless a participle follows ("must have seen")
    const before = this.tokens[k - 1]?.lower ?? '';
    const supported = contractionEndingAt(this.tokens, k - 1) !== null || MODALS.has(before);
    return (
      supported &&
      next.kind === TokenKind.Word &&
      next.lower !== 'to' &&
      next.lower !== 'been' &&
      next.lower !== 'until' &&
      verbForm(next.lower)?.form !== 'ed'
    );
  }

  /** "agreed to admit 30": the verb after "to" takes the action; "agreed to three points" keeps it. */
  private handsOn(k: number): boolean {
    const { tokens } = this;
    // "began repatriating 500,000 refugees", "continued shelling the town": the gerund after a verb of aspect
    if (ASPECT.has(verbForm(tokens[k]!.lower)?.lemma ?? '')) {
      const next = verbForm(lowerAt(tokens, k + 1));
      if (next?.form === 'ing' && !next.nounFirst) return true;
    }
    if (tokens[k + 1]?.lower !== 'to')
      return (
        this.passiveInfinitiveAfter(k) ||
        // (a verb of granting keeps its action: "ordered them to leave within 72 hours", FACTS.md)
        (!GRANTING.has(verbForm(tokens[k]!.lower)?.lemma ?? '') && this.infinitiveAfterObject(k))
      );
    let j = k + 2;
    while (ADVERBS.hasAt(tokens, j)) j++;
    return verbForm(tokens[j]?.lower ?? '')?.form === 'base';
  }

  /**
   * "The bill would require teams within six months to visit seven countries": an uncounted object, then the
   * infinitive whose own object is counted, which is the action (a counted object is the verb's own: "allowed
   * five soldiers to stay").
   */
  private infinitiveAfterObject(k: number): boolean {
    const { tokens } = this;
    // (an object first: not "asked not to be named", "decide whether to request")
    if (tokens[k + 1]?.kind !== TokenKind.Word || NOT_AN_OBJECT.hasAt(tokens, k + 1)) return false;
    // (a time granted is the verb's own object: "offered him a week to withdraw"; one led by "within" is not)
    const granted = (t: Token) => {
      const timeStart = this.deadlineEnding.has(t.end) ? this.timeStartEnding.get(t.end) : undefined;
      return timeStart !== undefined && !LIMIT_LEADS.hasAt(tokens, tokenBefore(tokens, timeStart));
    };
    const to = this.toAfterObject(k, (t) => this.insideCount(t.start) || granted(t));
    // (the infinitive's own object counted: "to visit seven countries", not "offered the chance to relocate")
    const verb = tokens[to + 1];
    return (
      to > 0 &&
      verbForm(verb?.lower ?? '')?.form === 'base' &&
      !!firstFrom(this.counts, verb!.end, this.s.end, (c) => c.start - verb!.end < OBJECT_REACH)
    );
  }

  /**
   * "the licenses require six superstores to be opened", "rules call for one run to be completed": what is to be
   * done to the object is the action (not what the object is let to do: "allowed five soldiers to stay").
   */
  private passiveInfinitiveAfter(k: number): boolean {
    const { tokens } = this;
    const to = this.toAfterObject(k, () => false);
    return (
      to > 0 &&
      lowerAt(tokens, to + 1) === 'be' &&
      verbForm(lowerAt(tokens, to + 2))?.form === 'ed' &&
      // (a counted object between: not "asked not to be identified")
      !!firstFrom(this.counts, tokens[k]!.end, tokens[to]!.start)
    );
  }

  /** The "to" of an infinitive past the object of the verb at token k, within its clause, or -1 (also where `stops`). */
  private toAfterObject(k: number, stops: (t: Token) => boolean): number {
    for (let j = k + 1; j <= Math.min(this.s.last - 1, k + OBJECT_INFINITIVE_REACH); j++) {
      const t = this.tokens[j]!;
      if ((t.kind === TokenKind.Punct && t.text !== '-') || stops(t)) return -1;
      if (t.lower === 'to') return j;
    }
    return -1;
  }

  /**
   * "police seize petrol bombs, arrest five", "would eliminate … and slash": a bare or present form after
   * "and", "or" or a comma continues the verb of the same form before it.
   */
  private coordinated(v: VerbForm, k: number, previous: Verb | undefined): boolean {
    const before = this.tokens[k - 1]?.lower;
    if (!previous || !(before === 'and' || before === 'or' || before === ',') || v.nounFirst) return false;
    // ("in certain oil and gas properties": between a singular and a plural the word modifies the plural with
    // the singular; not "in Europe and slash warheads", "cut costs and slash jobs")
    const after = this.tokens[k + 1]?.text ?? '',
      joined = this.tokens[k - 2]?.text ?? '';
    if (/^[a-z]+$/.test(after) && isPlural(after) && /^[a-z]+$/.test(joined) && !isPlural(joined)) return false;
    return v.form === previous.form && (v.form === 'base' || v.form === 's');
  }

  /** The token ranges where verbs are looked for: from VERB_REACH_BEFORE tokens before each count or deadline to VERB_REACH_AFTER after it. */
  private verbWindows(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const add = (a: Annotation) => {
      const from = Math.max(this.s.first, tokenBefore(this.tokens, a.start) - VERB_REACH_BEFORE);
      const to = Math.min(this.s.last, tokenBefore(this.tokens, a.end) + VERB_REACH_AFTER);
      const last = out[out.length - 1];
      if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
      else out.push([from, to]);
    };
    // counts and deadlines both in text order: merge them as they come
    let c = 0,
      d = 0;
    while (c < this.counts.length || d < this.deadlines.length) {
      if (d >= this.deadlines.length || (c < this.counts.length && this.counts[c]!.start <= this.deadlines[d]!.start))
        add(this.counts[c++]!);
      else add(this.deadlines[d++]!);
    }
    return out;
  }

  /** Whether the comma at token j closes a relative clause that a comma and "which" or "who" opened in the sentence. */
  private closesRelativeClause(j: number): boolean {
    const { tokens } = this;
    for (let c = j - 1; c > this.s.first && c >= j - RELATIVE_CLAUSE_REACH; c--)
      if (tokens[c]!.text === ',') return tokens[c + 1]?.lower === 'which' || tokens[c + 1]?.lower === 'who';
    return false;
  }

  /** Whether the form at token k is used as a verb here, as far as the words around it tell. */
  private actsAsVerb(v: VerbForm, k: number): boolean {
    const { tokens } = this;
    let j = k - 1;
    // "would further reduce", "has also expelled", "its previously announced offer"; "would each expel" (a
    // quantifier floated after the auxiliary)
    while (
      j > this.s.first &&
      (ADVERBS.has(tokens[j]!.lower) ||
        (isAdverbAt(tokens, j) && !isCapitalized(tokens[j]!)) ||
        (FLOATING_QUANTIFIERS.has(tokens[j]!.lower) && MODALS.hasAt(tokens, j - 1)))
    )
      j--;
    // "won't free", "didn't release": the "t" of a contracted auxiliary stands for "n't"
    const prev = contractionEndingAt(tokens, j) !== null ? "n't" : (tokens[j]?.lower ?? '');
    switch (v.form) {
      // "to admit", "will expel", "did not release"; a headline or a plural subject takes the present: "Gunmen wound two fans", "police seize petrol bombs"
      // ("to date" is "so far")
      case 'base':
        return (
          (MODALS.has(prev) && !(prev === 'to' && v.lemma === 'date') && !(tokens[j] && monthOrName(tokens[j]!))) ||
          // (not a compound's head after a singular article: "a police officer")
          (PLURAL_SUBJECTS.has(prev) && !(tokens[j - 1]?.lower === 'a' || tokens[j - 1]?.lower === 'an')) ||
          // (a plural subject, not a name in -s inside the sentence: "a Paris court sentenced")
          // (nor the end of a hyphenated modifier: "a sporting-goods chain")
          (PLURAL_ENDING.test(prev) &&
            !NOT_SUBJECTS.has(prev) &&
            // (a verb's form in -s is no subject unless it is a noun first: "Rebels seize 20 hostages")
            !(verbForm(prev) && !verbForm(prev)!.nounFirst) &&
            // (nor the counted object of a verb of making, which the word completes: "made 160 ships idle")
            !this.complementOfObject(j) &&
            !this.singularArticleBefore(j) &&
            !(tokens[j - 1]?.text === '-' && tokens[j - 1]!.end === tokens[j]!.start) &&
            // (a people in the plural is a subject: "The Russians expel two Italian diplomats")
            !(j > this.s.first && isCapitalized(tokens[j]!) && !this.capitals && !namesPeople(prev))) ||
          (this.capitals && j - this.s.first <= 2 && tokens[j]?.kind === TokenKind.Word && !DETERMINERS.has(prev)) ||
          pastAsBaseAfter(tokens, v.lemma, j, this.s.first, SUBJECT_GAP) ||
          this.namesJoinedBefore(j, k) ||
          // "Ten die in bus crash": a bare count of people above one is a plural subject
          this.bareCountEndingAt(j)
        );
      // a present in -s needs its subject: a pronoun or a name ("Russia expels"), not a demonym ("Korean firms") or an article ("the talks")
      // (in a headline in capitals, a country: "INDIA BUYS UP TO 10 CARGOES"); never a word after a number ("175 pounds")
      case 's':
        // ("Latest figures show": a form that is a noun first, before a verb, is that verb's subject)
        if (v.nounFirst && this.verbAt(k + 1)) return false;
        return (
          PRONOUNS.has(prev) ||
          // "who … ", "has resigned and now owns 213,567 shares": a subject told before
          (!v.nounFirst && (RELATIVES.has(prev) || prev === 'and')) ||
          // "The program, which began in May, ends …": the subject before the relative clause the comma closes
          (prev === ',' && this.closesRelativeClause(j)) ||
          (this.capitals
            ? // a country's name, alias or capital ("BRITAIN EXPELS", "U.S. ORDERS"), not its people ("KOREAN FIRMS")
              (this.countryEnding.get(tokens[j]?.end ?? -1)?.country.via ?? 'demonym') !== 'demonym'
            : !!tokens[j] &&
              isCapitalized(tokens[j]!) &&
              // (a letter alone is a class's or a series' name: "the Class C warrants"; not the end of "Bre-X")
              (tokens[j]!.text.length > 1 || tokens[j - 1]?.text === '-') &&
              !DETERMINERS.has(prev) &&
              // ("attacks against Western targets": a capital after a preposition begins a noun phrase)
              !PREPOSITIONS.hasAt(tokens, j - 1) &&
              this.countryEnding.get(tokens[j]!.end)?.country.via !== 'demonym' &&
              !this.ownedName(j))
        );
      // "was ousting", "…, killing two": a participle clause; "one diplomat working at the embassy" only describes its noun
      // a form that is a noun first ("opening") is the verb when a count follows: "…, opening 16 stores"
      case 'ing':
        return (
          (!v.nounFirst || tokens[k + 1]?.kind === TokenKind.Number) &&
          (BE_FORMS.has(prev) ||
            prev === ',' ||
            prev === 'and' ||
            prev === 'after' ||
            prev === 'before' ||
            prev === 'while' ||
            prev === 'by' ||
            ASPECT.has(verbForm(prev)?.lemma ?? '') || // "began repatriating 500,000 refugees"
            // "Ethiopia accused Eritrea of killing 20 civilians": what the accused did (the accusing, a verb of
            // saying, is no action)
            this.accusingBefore(j) >= 0)
        );
      // "the wounded", "an armed man", "of extended delay": after an article, a possessive or a preposition it is an adjective,
      // as after a name's possessive ("the buyer's detailed proposals") or another adjective ("redeemable subordinated debentures")
      // ("was limited to 0.5 pct until 1988": a form that is an adjective first is a passive when a limit or its object follows)
      default:
        return (
          (!v.nounFirst || (BE_FORMS.has(prev) && PASSIVE_LIMITS.hasAt(tokens, k + 1))) &&
          !ATTRIBUTIVE_AFTER.has(prev) &&
          !(prev === 's' && isPossessiveAt(tokens, j - 2)) &&
          !(prev.length > 6 && ABLE.test(prev))
        );
    }
  }

  /** Whether token j ends a count that a verb of making or leaving has as its object: "made 160 ships idle", "left 20 people homeless". */
  private complementOfObject(j: number): boolean {
    const count = this.countEndingAt(this.tokens[j]!.end);
    if (!count) return false;
    const k = tokenBefore(this.tokens, count.start);
    return MAKING.has(verbForm(lowerAt(this.tokens, k))?.lemma ?? '');
  }

  /**
   * "British Airways and American drop 168 slots": two names joined by "and" are a plural subject, and the
   * base form after them with a figure after it is their verb.
   */
  private namesJoinedBefore(j: number, k: number): boolean {
    const { tokens } = this;
    if (!tokens[j] || !isCapitalized(tokens[j]!) || j <= this.s.first) return false;
    if (tokens[k + 1]?.kind !== TokenKind.Number && !NUMBER_START_WORDS.hasAt(tokens, k + 1)) return false;
    for (let i = j - 1; i > this.s.first && i >= j - JOINED_NAME_REACH; i--) {
      if (tokens[i]!.lower === 'and') return isCapitalized(tokens[i - 1]!);
      if (!isCapitalized(tokens[i]!)) return false;
    }
    return false;
  }

  /**
   * "in a World Series limited overs match": a singular article a few words before a plural makes it a
   * modifier inside that article's noun phrase, and the word after it the head, no verb (not past a
   * preposition: "a group of protesters seize").
   */
  private singularArticleBefore(k: number): boolean {
    for (let j = k - 1; j >= this.s.first && j >= k - SINGULAR_ARTICLE_REACH; j--) {
      const t = this.tokens[j]!;
      if (t.lower === 'a' || t.lower === 'an') return true;
      // (past participles describe: "limited overs")
      if (t.kind !== TokenKind.Word || PREPOSITIONS.hasAt(this.tokens, j) || (verbForm(t.lower)?.form ?? 'ed') !== 'ed')
        return false;
    }
    return false;
  }

  /** Whether token k is a verb in the base form or the past (not one that is a noun first: "figures show", not "show figures"). */
  private verbAt(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== TokenKind.Word || isCapitalized(t)) return false;
    const v = verbForm(t.lower);
    return !!v && !v.nounFirst && (v.form === 'base' || v.form === 'ed');
  }

  /** "in Nairobi, Kenya, on Aug. 7": a country set off by commas after a place names the place's country, no subject */
  private placeApposition(country: CountryAnnotation): boolean {
    const before = tokenBefore(this.tokens, country.start),
      after = tokenBefore(this.tokens, country.end) + 1;
    return (
      this.tokens[before]?.text === ',' &&
      this.tokens[after]?.text === ',' &&
      !!this.tokens[before - 1] &&
      isCapitalized(this.tokens[before - 1]!)
    );
  }

  /**
   * "told 13 Russian diplomats to leave by Friday": "tell" with an infinitive after its object orders, an
   * action like "order" (told of a fact, it is a verb of saying)
   */
  /** "called for just two to three cargoes": a count right after "for" (not "called for the elimination of …", an event noun's) */
  private callsForCount(k: number): boolean {
    if (this.tokens[k + 1]?.lower !== 'for' || !this.tokens[k + 2]) return false;
    const near = this.tokens[k + 3]?.start ?? Infinity;
    return firstFrom(this.counts, this.tokens[k + 2]!.start, near + 1) !== null;
  }

  /**
   * "Police held 30 Kurdish protesters", "rebels are holding 20 hostages": to hold people is to detain them,
   * an action (to hold shares or a stake is to have them, no action: FACTS.md).
   */
  private holdsPeople(k: number): boolean {
    const c = firstFrom(this.counts, this.tokens[k]!.end, (this.tokens[k + 3] ?? this.tokens[k + 1])?.end ?? Infinity);
    const noun = c?.count.noun?.toLowerCase() ?? '';
    return HELD_PEOPLE.has(noun) || namesPeople(noun);
  }

  private toInfinitiveAfter(k: number): boolean {
    for (let j = k + 1; j <= k + INFINITIVE_REACH && j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (t.kind === TokenKind.Punct || t.lower === 'that') return false;
      if (t.lower === 'to') return verbForm(this.tokens[j + 1]?.lower ?? '')?.form === 'base';
    }
    return false;
  }

  /**
   * "Pakistan test-fired 2 missiles", "rebels air-dropped three crates": the past second half of a compound
   * is the verb where no article makes the compound a modifier and an object follows ("the long-stalled
   * talks" and "3,000-strong" are no verbs)
   */
  private compoundVerbAt(k: number): boolean {
    const { tokens } = this;
    if (tokens[k - 2]?.kind !== TokenKind.Word || !hyphenJoins(tokens, k - 2)) return false;
    if (DETERMINERS.hasAt(tokens, k - 3) || verbForm(tokens[k]!.lower)?.form !== 'ed') return false;
    const next = tokens[k + 1];
    return (
      !!next &&
      (next.kind === TokenKind.Number || NUMBER_START_WORDS.hasAt(tokens, k + 1) || DETERMINERS.hasAt(tokens, k + 1))
    );
  }

  /** "its U.S. stores": a name (a country's, or one word) after a possessive modifies the noun after it, no subject */
  private ownedName(j: number): boolean {
    const country = this.countryEnding.get(this.tokens[j]!.end);
    let before = country ? tokenBefore(this.tokens, country.start) : j - 1;
    // "its Battle Creek headquarters": back over the rest of a name of a few words
    for (let k = 0; k < 3 && isNameWord(this.tokens[before]) && before > this.s.first; k++) before--;
    return POSSESSIVES.has(this.tokens[before]?.lower ?? '');
  }

  /** Whether a count above one with no noun of its own ends at token j ("Ten" of "Ten die"). */
  private bareCountEndingAt(j: number): boolean {
    const t = this.tokens[j];
    const c = t && this.counts[lastStartingAtOrBefore(this.counts, t.start)];
    return !!c && c.end === t.end && c.count.nounStart === null && c.count.value > 1;
  }

  private insideCount(offset: number): boolean {
    const k = lastStartingAtOrBefore(this.counts, offset);
    return k >= 0 && this.counts[k]!.end > offset;
  }

  /** "…, arresting four", "… and seized 90": the later verb continues the earlier one's clause (a comma or "and" before it). */
  private continues(a: Verb, b: Verb): boolean {
    // ("released 26 prisoners and will free 78 more": past the later verb's own modal or auxiliary)
    let k = b.at - 1;
    while (k > a.at + 1 && k >= b.at - 3 && (MODALS.hasAt(this.tokens, k) || HAVING.has(this.tokens[k]!.lower))) k--;
    const before = this.tokens[k]?.lower ?? '';
    // "Moscow retaliated by expelling 10 Polish diplomats": a gerund after a preposition is the subject's too
    const gerund = b.form === 'ing' && GERUND_LINKS.has(before);
    return (before === ',' || before === 'and' || gerund) && b.start - a.end < 200;
  }

  /** Whether two verbs are coordinated with nothing between them but "and", "or", a comma or an adverb. */
  private joined(a: Verb, b: Verb): boolean {
    // "Russia retaliated, expelling 10 Polish diplomats": a participle after a finite verb is a clause of its own
    if (b.form === 'ing' && a.form !== 'ing') return false;
    // "the body had been buried, and ordered 10 of his men …": a passive and an active verb share no object
    if (a.passive && !b.passive && !BE_FORMS.hasAt(this.tokens, b.at - 1)) return false;
    for (let k = a.at + 1; k < b.at; k++) {
      const w = this.tokens[k]!.lower;
      if (!(
        w === 'and' ||
        w === 'or' ||
        w === ',' ||
        w.endsWith('ly') ||
        BE_FORMS.has(w) ||
        w === 'then' ||
        w === 'later'
      ))
        return false;
    }
    return true;
  }

  /**
   * The acting country: the subject right before the verb, past auxiliaries, adverbs and state nouns
   * ("the Belgian administration removed", "Ireland, meanwhile, also requested"), or the country a
   * pronoun after a verb of saying stands for ("The Netherlands announced that it was ousting").
   */
  private actorOf(verb: Verb): CountryAnnotation | null {
    const { tokens, s } = this;
    // "Ethiopia accused Eritrea of killing …", "accused Syrian forces of shelling …": the accused acts
    const accusing = verb.form === 'ing' ? this.accusingBefore(verb.at - 1) : -1;
    if (accusing >= 0) return firstFrom(this.countries, tokens[accusing]!.end, tokens[verb.at - 1]!.start);
    let pronoun = false;
    // "Mr. Bush decided to grant …", "Clinton ordered …": an office holder acts for the state, unless a
    // country named before the title says which ("U.S. President Bill Clinton")
    let holder: CountryAnnotation | null = null;
    for (let k = verb.at - 1, steps = 0; k >= s.first && steps < 14; k--, steps++) {
      const t = tokens[k]!;
      const country = this.countryEnding.get(t.end);
      // ("British Airways and American drop 168 slots": a demonym with no noun, right before the verb, is a name's or a person's)
      if (country)
        return this.insideCount(country.start) ||
          (k === verb.at - 1 && country.country.via === 'demonym' && !isPlural(t.lower)) ||
          (afterPreposition(tokens, country) && !this.institutionIn(country) && !this.institutionAfter(country)) ||
          this.listed(country) ||
          this.objectBefore(country) ||
          this.placeApposition(country)
          ? null
          : country;
      // "Iraq has until Friday to withdraw …", "Kenya has 48 hours to expel …": the subject of the having, past its limit
      const limit = this.deadlineEnding.get(t.end);
      if (limit) {
        const having = this.havingBefore(limit);
        if (having < 0) return null;
        k = having + 1;
        continue;
      }
      // "Poland, in turn, expelled …", "Germany, for its part, expelled …", "Britain, which has 12 bases there,
      // sent …": past a phrase or a relative clause set off by commas
      const aside = t.text === ',' ? Math.max(this.asideOpening(k), this.relativeOpening(k)) : -1;
      if (aside >= 0) {
        k = aside;
        continue;
      }
      // "Belgium on Tuesday expelled …", "Germany last week expelled …": past a time told between subject and verb
      const timeStart = this.timeStartEnding.get(t.end);
      if (timeStart !== undefined) {
        k = tokenBefore(tokens, timeStart) + 1;
        if (ON_DATE.has(tokens[k - 1]?.lower ?? '')) k--;
        continue;
      }
      const w = t.lower;
      // "France, which expelled 20 diplomats, …": the relative clause's subject is what it follows
      if ((w === 'which' || w === 'who') && tokens[k - 1]?.text === ',') {
        k--;
        continue;
      }
      // "Moscow said it has no money to resettle …", "Iraq has the right to expel …": past what the subject has
      const having = w === 'to' && k === verb.at - 1 ? this.havingObjectBefore(k) : -1;
      if (having >= 0) {
        k = having;
        continue;
      }
      // "Iraq won't release …": past a contracted auxiliary
      if (contractionEndingAt(tokens, k) !== null) {
        k -= 2;
        continue;
      }
      // "Turkey said its warplanes had bombed …": the forces the pronoun owns act for what it stands for
      const owner = pronoun ? -1 : this.ownerPronounBefore(k);
      if (PRONOUNS.has(w) || owner >= 0) {
        // "Italy said on Friday it had evacuated …": the pronoun stands for the subject of the verb of saying before it
        const saying = this.sayingBefore(owner >= 0 ? owner : k);
        if (saying === null) return null;
        pronoun = true;
        k = saying;
        continue;
      }
      if (SUBJECT_GAP.has(w) || ADVERBS.has(w) || /ly$/.test(w) || TRANSPARENT.has(verbForm(w)?.lemma ?? '')) continue;
      // "police in the Comoros archipelago", "police in the Kenyan capital": an institution in a place of the
      // country named before the place (not "The Kenyan capital hosted …", a place that acts for no state)
      const placeOf = PLACE_NOUNS.hasAt(tokens, k) ? this.countryEnding.get(tokens[k - 1]?.end ?? -1) : undefined;
      if (placeOf) return this.institutionIn(placeOf) ? placeOf : holder;
      // "a Cairo court sentenced …", "a Beirut military prosecutor charged …": an organ of the state named by its capital
      const organ = this.capitalOrganAt(k, verb.at);
      if (organ) return organ;
      holder ??= this.holderEndingAt(k);
      // "Lebanese President Amin Gemayel has agreed": a leader's name after the title
      const title = this.titleBefore(k);
      if (title !== null) {
        k = title + 1;
        continue;
      }
      return holder;
    }
    return holder;
  }

  /**
   * The state whose capital, at token k, names an organ of state between it and the verb at `verbAt`, as an
   * actor: "a Cairo court", "the Ankara State Security Court", "a Beirut military prosecutor" (FACTS.md: a body
   * named with the country's name); the capital opens the noun phrase, after its article or the sentence's start.
   */
  private capitalOrganAt(k: number, verbAt: number): CountryAnnotation | null {
    const { tokens, text } = this;
    const t = tokens[k]!;
    if (!isCapitalized(t) || AMBIGUOUS_CAPITALS.has(t.lower)) return null;
    if (k > this.s.first && !ARTICLES.has(lowerAt(tokens, k - 1))) return null;
    const capital = longestMatch(CAPITAL_TRIE, tokens, k, text);
    if (!capital?.entry.code) return null;
    let organ = false;
    for (let j = capital.last + 1; j < verbAt && !organ; j++) organ = STATE_ORGANS.hasAt(tokens, j);
    if (!organ) return null;
    const end = tokens[capital.last]!.end,
      code = capital.entry.code;
    const country = { code, name: countryName(code), via: 'capital' as const };
    return { id: '', kind: 'country', start: t.start, end, text: text.slice(t.start, end), source: 'auto', country };
  }

  /** The office holder whose name ends at token k ("Mr. Bush", "Bill Clinton"; not after a preposition), as an actor. */
  private holderEndingAt(k: number): CountryAnnotation | null {
    const { tokens } = this;
    if (!endsName(tokens, k)) return null;
    let first = k;
    while (first - 1 > this.s.first - 1 && first > k - NAME_REACH && inName(tokens, first - 1)) first--;
    // ("Chancellor Kohl and President Mitterrand agreed": several states act for none, as with countries)
    if (PREPOSITIONS.hasAt(tokens, first - 1) || LIST_JOINERS.hasAt(tokens, first - 1)) return null;
    return this.holder(first, k);
  }

  /** The office holder named from token `first` on ("by Secretary of State Madeleine Albright"), as an actor. */
  private holderFrom(first: number): CountryAnnotation | null {
    const { tokens } = this;
    let last = first - 1;
    while (last + 1 <= this.s.last && last < first + NAME_REACH && inName(tokens, last + 1, true)) last++;
    while (last >= first && !endsName(tokens, last)) last--; // a name ends in a word
    return last >= first ? this.holder(first, last) : null;
  }

  /** the past years the sentence's dates tell of: an office holder may have acted then (asked when a name is met) */
  private get yearsTold(): number[] {
    return (this.yearsKnown ??= this.inside.flatMap((a) =>
      a.kind === 'time' &&
      a.time.type === 'DATE' &&
      /^\d{4}/.test(a.time.value) &&
      (this.year === null || Number(a.time.value.slice(0, 4)) < this.year)
        ? [Number(a.time.value.slice(0, 4))]
        : [],
    ));
  }

  private holder(first: number, last: number): CountryAnnotation | null {
    const { tokens } = this;
    // most capitalized words end no holder's name: a set of last words answers without building the name
    if (!mayEndHolderName(tokens[last]!.lower)) return null;
    const start = tokens[first]!.start,
      end = tokens[last]!.end;
    const words = this.text.slice(start, end).split(/\s+/);
    // an office's title before the surname ("Prime Minister Major", "the president, Bush")
    const titled =
      words.slice(0, -1).some((w) => OFFICE_TITLES.has(w.toLowerCase().replace(/\.$/, ''))) ||
      OFFICE_TITLES.has(lowerAt(tokens, first - 1)) ||
      (tokens[first - 1]?.text === ',' && OFFICE_TITLES.has(lowerAt(tokens, first - 2)));
    // in office in the article's year, or in a year the sentence tells of ("Mrs. Thatcher expelled 25 Soviet
    // diplomats in 1989", in a story of 1998)
    let code = officeHolderState(words, this.year, titled);
    for (let k = 0; !code && k < this.yearsTold.length; k++)
      code = officeHolderState(words, this.yearsTold[k]!, titled);
    if (!code) return null;
    const country = { code, name: countryName(code), via: 'name' as const };
    return { id: '', kind: 'country', start, end, text: this.text.slice(start, end), source: 'auto', country };
  }

  /** The "has" of "has no money to", "has the right to" ending at the "to" at k (its object a few words), or -1. */
  private havingObjectBefore(k: number): number {
    for (let j = k - 2; j >= this.s.first && j >= k - HAVING_OBJECT; j--) {
      const t = this.tokens[j]!;
      if (HAVING.has(t.lower)) return j;
      if (t.kind !== TokenKind.Word || verbForm(t.lower) !== null) return -1;
    }
    return -1;
  }

  /**
   * "10 other people fleeing Cuba drowned", "Eleven people, none of them Americans, died": a country
   * that is the object of a participle, or what a group is said to be, is no subject.
   */
  private objectBefore(country: CountryAnnotation): boolean {
    const k = tokenBefore(this.tokens, country.start);
    const w = this.tokens[k]?.lower ?? '';
    // (a demonym after a participle describes a noun: "the visiting Chinese President signed")
    return w === 'them' || (w.length > 4 && verbForm(w)?.form === 'ing' && country.country.via === 'name');
  }

  /** "police in Kenya", "authorities in the Comoros": a country's own institution, named by where it is. */
  private institutionIn(country: CountryAnnotation): boolean {
    const at = this.beforeArticle(country.start); // "in the Comoros"
    const body = this.tokens[at - 1]?.lower ?? '';
    // "police in Kenya", "the foreign ministry of Peru", "the government of Japan" (FACTS.md)
    return (
      (this.tokens[at]?.lower === 'in' && INSTITUTIONS.has(body)) ||
      (this.tokens[at]?.lower === 'of' &&
        (INSTITUTIONS.has(body) || STATE_BODIES.has(body)) &&
        !this.afterPrepositionAt(at - 1))
    );
  }

  /** Whether the noun phrase ending at token k ("the foreign ministry") is a preposition's object: "outside the ministry of Peru". */
  private afterPrepositionAt(k: number): boolean {
    for (let j = k - 1; j >= Math.max(this.s.first, k - 3); j--) {
      if (PREPOSITIONS.hasAt(this.tokens, j) || PLACE.hasAt(this.tokens, j)) return true;
      if (this.tokens[j]!.kind !== TokenKind.Word) return false;
    }
    return false;
  }

  /** "In Kenya, police arrested …": the country's own institution, after the place the sentence opens with. */
  private institutionAfter(country: CountryAnnotation): boolean {
    const k = this.beforeArticle(country.start);
    const after = tokenBefore(this.tokens, country.end) + 1;
    return (
      this.tokens[k]?.lower === 'in' &&
      k === this.s.first &&
      this.tokens[after]?.text === ',' &&
      INSTITUTIONS.has(this.tokens[after + 1]?.lower ?? '')
    );
  }

  /** "Britain, France and Germany expelled …": several states together act for none of them (FACTS.md). */
  private listed(country: CountryAnnotation): boolean {
    let k = this.beforeArticle(country.start); // "Hungary and the Czech Republic"
    const w = this.tokens[k]?.lower;
    // "Poland, Hungary, and the Czech Republic": the serial comma before the last member
    if ((w === 'and' || w === 'or') && this.tokens[k - 1]?.text === ',') k--;
    return (w === 'and' || w === ',' || w === 'or') && k > 0 && this.countryEnding.has(this.tokens[k - 1]!.end);
  }

  /** The index of a leader's title ("President", "Prime Minister") before the capitalized name ending at token k, or null. */
  private titleBefore(k: number): number | null {
    for (let j = k; j >= Math.max(this.s.first + 1, k - 3); j--) {
      const t = this.tokens[j]!;
      if (t.kind !== TokenKind.Word || !isCapitalized(t)) return null;
      if (TITLES.has(this.tokens[j - 1]!.lower)) return j - 1;
      // "Secretary of State Madeleine Albright", "Minister of Defence Ehud Barak": a title with its office
      if (this.tokens[j - 1]!.lower === 'of' && j - 2 >= this.s.first && TITLES.has(this.tokens[j - 2]!.lower))
        return j - 2;
    }
    return null;
  }

  /** The "its" or "their" that owns the noun at token k, an adjective or two between ("its Kurdish allies"), or -1. */
  private ownerPronounBefore(k: number): number {
    if (this.tokens[k]!.kind !== TokenKind.Word || !/^[a-z]/.test(this.tokens[k]!.text)) return -1;
    for (let j = k - 1; j >= Math.max(this.s.first, k - OWNED_REACH); j--) {
      if (OWNERS.hasAt(this.tokens, j)) return j;
      if (this.tokens[j]!.kind !== TokenKind.Word || NOUN_STOP.hasAt(this.tokens, j)) return -1;
    }
    return -1;
  }

  /** The token index of a verb of saying or thinking a few words before token k ("said on Friday [that] it"), or null. */
  private sayingBefore(k: number): number | null {
    for (let j = k - 1; j >= Math.max(this.s.first, k - 8); j--) {
      const v = verbForm(this.tokens[j]!.lower);
      if (v && SAYING.has(v.lemma)) return j;
    }
    return null;
  }

  /**
   * "Two top aides to Netanyahu left for Europe": those who serve an office holder act for the holder's
   * state (FACTS.md: "a leader acting for it"), as the holder would.
   */
  private principalOf(count: CountAnnotation): CountryAnnotation | null {
    const { tokens } = this;
    const noun = tokenBefore(tokens, count.end);
    if (!SERVANTS.hasAt(tokens, noun)) return null;
    const link = tokens[noun + 1]?.lower;
    return link === 'to' || link === 'of' ? this.holderFrom(noun + 2) : null;
  }

  /**
   * The comma that opens a prepositional phrase or a source set off by commas and closed by the comma at k
   * ("Poland, in turn, expelled", "Italy, according to officials, expelled", "Police in Kenya, the paper said,
   * arrested"), or -1 (not a relative clause: ", which …,").
   */
  private asideOpening(k: number): number {
    const saying = SAYING.has(verbForm(this.tokens[k - 1]?.lower ?? '')?.lemma ?? '');
    for (let j = k - 2; j >= this.s.first && j >= k - ASIDE_REACH; j--) {
      const t = this.tokens[j]!;
      if (t.text === ',')
        return saying || PREPOSITIONS.hasAt(this.tokens, j + 1) || this.tokens[j + 1]!.lower === 'according' ? j : -1;
      if (t.kind !== TokenKind.Word) return -1;
    }
    return -1;
  }

  /**
   * The comma that opens a relative clause or a ranking closed by the comma at token k (", which has 12
   * bases in the region,", ", one of the few countries to do so,"), or -1.
   */
  private relativeOpening(k: number): number {
    const { tokens } = this;
    const j = commaBefore(tokens, k - 1, RELATIVE_ASIDE_REACH - 1, this.s.first);
    return j >= 0 &&
      (RELATIVE_WORDS.hasAt(tokens, j + 1) || (lowerAt(tokens, j + 1) === 'one' && lowerAt(tokens, j + 2) === 'of'))
      ? j
      : -1;
  }

  /** "12 miners were arrested by Kenyan police": the by-agent is the actor of a passive. */
  private byAgent(verb: Verb, scopeEnd: number): CountryAnnotation | null {
    // "were brought back by …": past the verb's particle
    const at = PARTICLES.hasAt(this.tokens, verb.at + 1) ? verb.at + 2 : verb.at + 1;
    const by = this.tokens[at]?.lower === 'by' ? this.tokens[at + 1] : undefined;
    if (!by) return null;
    const agent = firstFrom(this.countries, by.start, by.start + 1, (c) => c.end <= scopeEnd);
    // "were expelled by Germany, France and Poland": several states together act for none of them (FACTS.md)
    if (agent && this.listGoesOn(agent, scopeEnd)) return null;
    return agent ?? this.stateBodyAt(at + 2, scopeEnd) ?? this.holderFrom(at + 1);
  }

  /** Whether another country follows `country` in a list: ", France", "and the Netherlands". */
  private listGoesOn(country: CountryAnnotation, scopeEnd: number): boolean {
    const k = tokenBefore(this.tokens, country.end) + 1;
    const w = this.tokens[k]?.lower;
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
    const next = this.tokens[this.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1];
    return !!next && firstFrom(this.countries, next.start, next.start + 1, (c) => c.end <= scopeEnd) !== null;
  }

  /**
   * After "by the": a state's body named with the country ("by the Philippine navy", "by the U.S. Coast Guard"),
   * not anything of its people ("by the Chinese company").
   */
  private stateBodyAt(k: number, scopeEnd: number): CountryAnnotation | null {
    if (this.tokens[k - 1]?.lower !== 'the' || !this.tokens[k]) return null;
    const c = firstFrom(this.countries, this.tokens[k]!.start, this.tokens[k]!.start + 1, (x) => x.end <= scopeEnd);
    return c && STATE_BODY.hasAt(this.tokens, tokenBefore(this.tokens, c.end) + 1) ? c : null;
  }

  /**
   * A count before the verb that is its subject, when nothing after the verb is counted: "200 soldiers
   * were killed", "two helicopters crashed", "Two aides … left".
   */
  private subjectCount(verb: Verb, previous: Verb | undefined, pastRelative = false): CountAnnotation | null {
    const from = previous?.end ?? this.s.start;
    // from the last count before the verb back to the verb before it: every count is looked at once per verb pair
    for (let k = lastStartingAtOrBefore(this.counts, verb.start - 1); k >= 0; k--) {
      const c = this.counts[k]!;
      if (c.start >= verb.start || this.usedCounts.has(c) || (this.afterOf(c) && !this.represented(c))) {
        if (c.end <= from) return null;
        continue; // "10 of 12 victims were brought back": the 10
      }
      if (c.end <= from) return null;
      // "… as one way to deal with": what something is taken as is no subject of the infinitive after it
      if (this.tokens[verb.at - 1]?.lower === 'to' && this.takenAs(c)) return null;
      // "five soldiers who landed": the antecedent of a relative clause is no subject of its verb (one
      // set off by commas between them is only a remark: "Five Iraqis, whose names …, were deported")
      // ("12 of which were charged": the count heads its own relative clause)
      if (
        !pastRelative &&
        /\b(?:who|which|that)\b/i.test(
          this.text.slice(c.end, verb.start).replace(OF_RELATIVE, '').replace(RELATIVE_REMARK, ','),
        )
      )
        return null;
      if (this.copulaBetween(c, verb)) return null;
      if (this.text.slice(c.end, verb.start).length > 120) return null;
      if (this.subordinateSubjectBetween(c, verb)) return null;
      // ("Security Pacific, which is among the 10 largest bank holding companies, completed …": the remark's, no subject)
      if (this.inRelativeRemark(c, verb)) return null;
      // ("78 people …, including 64 confirmed cases, were treated": the part's whole is the subject)
      const whole = this.opensSubCount(c, true) ? this.counts[k - 1] : undefined;
      if (whole && whole.end > from && !this.usedCounts.has(whole)) return whole;
      // "A total of 35 diplomats from six countries were declared …": a count in a phrase after the subject's
      const head = this.counts[k - 1];
      return head && !this.usedCounts.has(head) && MODIFIER_GAP.test(this.text.slice(head.end, c.start)) ? head : c;
    }
    return null;
  }

  /**
   * "… was announced by the big four banks after the Bank of England endorsed it": a verb after a
   * subordinating word and a subject of its own belongs to that clause, not to the count before it (an aside
   * closed by a comma is set aside: "12 men, after a week in custody, were freed"; so is a gerund: "after being held").
   */
  private subordinateSubjectBetween(count: CountAnnotation, verb: Verb): boolean {
    for (let k = verb.at - 1; k > tokenBefore(this.tokens, count.end); k--) {
      if (this.tokens[k]!.text === ',') return false;
      if ((CLAUSE_OPENERS.hasAt(this.tokens, k) || SUBORDINATORS.hasAt(this.tokens, k)) && k + 1 < verb.at) {
        return this.beforeVerbChain(verb.at - 1, k + 1) > k;
      }
    }
    return false;
  }

  /**
   * "Europe's 12 mln farmers are furious over plans … to cut prices": a form of "be" after the count that
   * is not the verb's auxiliary makes the count its subject (after the last comma: a remark before it,
   * "Five Iraqis, whose names were not disclosed, also were deported", is set aside).
   */
  private copulaBetween(count: CountAnnotation, verb: Verb): boolean {
    let from = tokenBefore(this.tokens, count.end) + 1;
    for (let k = verb.at - 1; k >= from; k--) if (this.tokens[k]!.text === ',') from = k + 1;
    const aux = this.beforeVerbChain(verb.at - 1, from); // the verb's own chain of auxiliaries and adverbs: "have all been"
    // ("two would-be robbers emptied": a "be" inside a compound is none; nor one that makes a passive or a
    // progressive of another verb: "were ordered to leave")
    for (let k = from; k <= aux; k++)
      if (BE_FORMS.hasAt(this.tokens, k) && this.tokens[k - 1]?.text !== '-' && !this.participleAfter(k)) return true;
    return false;
  }

  /**
   * "three waited to load, six were due", "deported 40 Somalis; 12 were children": a count right before a
   * "be" that makes no passive or progressive is the subject of a clause of its own, no object of a verb before.
   */
  private subjectOfBe(count: CountAnnotation): boolean {
    const k = tokenBefore(this.tokens, Math.max(count.end, count.count.nounEnd ?? 0)) + 1;
    return FINITE_BE.hasAt(this.tokens, k) && !this.participleAfter(k);
  }

  /** Whether a participle follows token k, past adverbs: "were ordered", "are quickly being", not "are furious". */
  private participleAfter(k: number): boolean {
    let j = k + 1;
    while (ADVERBS.hasAt(this.tokens, j) || /ly$/.test(this.tokens[j]?.lower ?? '')) j++;
    const v = verbForm(this.tokens[j]?.lower ?? '');
    return !!v && (v.form === 'ed' || v.form === 'ing') && !v.nounFirst;
  }

  /**
   * The counts listed right before a subject count, each a fact of its own (FACTS.md: sub-counts are
   * separate facts): "The 14 foreigners, six Iraqis, six Sudanese … were rounded up", "Two Americans and
   * three Britons were killed".
   */
  private listedBefore(subject: CountAnnotation): CountAnnotation[] {
    const listed: CountAnnotation[] = [];
    for (let k = lastStartingAtOrBefore(this.counts, subject.start); k > 0; k--) {
      const c = this.counts[k - 1]!;
      if (
        c.start < this.s.start ||
        this.usedCounts.has(c) ||
        !LIST_GAP.test(this.text.slice(c.end, this.counts[k]!.start)) ||
        this.inPhrase(c)
      )
        break;
      listed.unshift(c);
    }
    return listed;
  }

  /** "Of the eight victims, three were stabbed", "In two trials, …": a count in a phrase the subject is part of, no member of a list. */
  private inPhrase(c: CountAnnotation): boolean {
    // back over a determiner and an adjective: "Of the remaining two trials"
    for (let k = tokenBefore(this.tokens, c.start), n = 0; k >= 0 && n < 3; k--, n++) {
      const t = this.tokens[k]!;
      if (PREPOSITIONS.hasAt(this.tokens, k) || SUB_COUNT.hasAt(this.tokens, k)) return true;
      if (t.kind !== TokenKind.Word || isCapitalized(t)) return false;
    }
    return false;
  }

  /** The country whose the counted are by a possessive just before the count: "Poland's top five brewers". */
  private possessorOf(count: CountAnnotation): CountryAnnotation | null {
    const k = tokenBefore(this.tokens, count.start);
    for (let j = k - 2; j >= Math.max(this.s.first, k - 4); j--) {
      if (isPossessiveAt(this.tokens, j)) return this.countryEnding.get(this.tokens[j]!.end) ?? null;
      const between = this.tokens[j + 2]!;
      if (between.kind !== TokenKind.Word || isCapitalized(between)) return null;
      // ("Hungary's police detained 150 migrants": a finite verb ends the noun phrase the possessive opens)
      const v = verbForm(between.lower);
      if (v && (v.form === 'ed' || v.form === 's') && !v.nounFirst) return null;
    }
    return null;
  }

  /**
   * The country of the noun an elliptical count borrows, when it modifies that noun or is it: "killing nine
   * Pakistani pilgrims and wounding 17" (17 pilgrims, of PK).
   */
  private ofBorrowedNoun(count: CountAnnotation): CountryAnnotation | null {
    const at = count.count.nounStart;
    if (at === null || (at >= count.start && at < count.end)) return null;
    // "killing three Palestinians and wounding 12": the noun is the country's people
    const named = this.countries[lastStartingAtOrBefore(this.countries, at)];
    if (named?.start === at) return named;
    // (a noun after the figure: "brings to 57 the number of Russian diplomats expelled")
    const c = this.countries[lastStartingAtOrBefore(this.countries, at - 1)];
    return c &&
      c.end <= at &&
      (at < count.start || c.start >= count.end) &&
      at - c.end < BORROWED_NOUN_REACH &&
      /^[\sa-z-]*$/.test(this.text.slice(c.end, at))
      ? c
      : null;
  }

  /**
   * The country "its" refers to in "N of its X": the last one the sentence named before the count ("remnants of
   * Iraqi Brigade 604 was shattered and 200 of its personnel killed" → IQ); "their" is of a plural, which a
   * single country does not name ("Germany and Poland said Russia was expelling four of their diplomats").
   */
  private ownerReferredTo(count: CountAnnotation): CountryAnnotation | null {
    const k = tokenBefore(this.tokens, count.count.numberEnd) + 1;
    if (lowerAt(this.tokens, k) !== 'of' || lowerAt(this.tokens, k + 1) !== 'its') return null;
    const c = this.countries[lastStartingAtOrBefore(this.countries, count.start - 1)];
    return c && c.end <= count.start ? c : null;
  }

  /** The people a part "of them" is said to be: "arrested 30 people, 12 of them Palestinians". */
  private namedAfterThem(count: CountAnnotation): CountryAnnotation | null {
    const k = tokenBefore(this.tokens, count.end) + 1;
    if (lowerAt(this.tokens, k) !== 'of' || lowerAt(this.tokens, k + 1) !== 'them') return null;
    const at = this.tokens[k + 2]?.start ?? -1;
    return firstFrom(this.countries, at, at + 1);
  }

  /** Whether a clause opens between two offsets: "held at the base, where 10 victims were brought back" (the 10 is the later clause's). */
  private opensClause(from: number, to: number): boolean {
    for (let k = tokenBefore(this.tokens, to); k >= 0 && this.tokens[k]!.start >= from; k--)
      if (CLAUSE_OPENERS.hasAt(this.tokens, k) || this.gerundAt(k)) return true;
    return false;
  }

  /**
   * "After the ban was lifted, 587 refugees from the 11 countries were allowed in": the verb of a clause
   * opened by a subordinator that leads the sentence (or a clause after "that"), whose comma stands before
   * the count, leaves the count to the main clause (not "When police arrived they arrested, in all, 15
   * people": another verb came first in that clause; nor "… since the Fed approved five dealers, including
   * two Japanese brokerages": a clause that follows its main one).
   */
  private closesFrontedClause(verb: Verb, before: Verb | undefined, count: CountAnnotation): boolean {
    if (!this.text.slice(verb.end, count.start).includes(',')) return false;
    for (let j = verb.at - 1; j >= Math.max(this.s.first, verb.at - FRONTED_REACH); j--) {
      if (this.tokens[j]!.text === ',') return false;
      if (SUBORDINATORS.hasAt(this.tokens, j) || CLAUSE_OPENERS.hasAt(this.tokens, j))
        return !before || (before.start < this.tokens[j]!.start && this.tokens[j - 1]?.lower === 'that');
    }
    return false;
  }

  /** "will gather in the hope of witnessing one last moment": a gerund after a preposition takes the count after it */
  private gerundAt(k: number): boolean {
    const w = this.tokens[k]!.lower;
    if (!w.endsWith('ing') || !PREPOSITIONS.hasAt(this.tokens, k - 1)) return false;
    const v = verbForm(w);
    return v?.form === 'ing' && !v.nounFirst;
  }

  /** Whether a count stands in a relative clause set off by commas that closes before `verb`. */
  private inRelativeRemark(c: CountAnnotation, verb: Verb): boolean {
    const j = commaBefore(this.tokens, tokenBefore(this.tokens, c.start) + 1, RELATIVE_ASIDE_REACH, this.s.first);
    return j >= 0 && RELATIVE_WORDS.hasAt(this.tokens, j + 1) && this.text.slice(c.end, verb.start).includes(',');
  }

  /** Whether a verb stands in a relative clause set off by commas before `later`: ", whose names were not disclosed," */
  private inRelativeClause(v: Verb, later: Verb): boolean {
    // and a comma before the later verb: a bounded token walk, so a sentence without commas stays linear
    return this.opensRelativeClause(v) ? this.commaBetween(v, later) : this.participleAside(v, later);
  }

  /** Whether a comma stands between verbs v and later */
  private commaBetween(v: Verb, later: Verb): boolean {
    for (let j = v.at + 1; j < later.at; j++) if (this.tokens[j]!.text === ',') return true;
    return false;
  }

  /** The token before the chain of auxiliaries and adverbs that ends at token k ("have all been"), not below `floor`. */
  private beforeVerbChain(k: number, floor: number): number {
    while (k >= floor && (VERB_CHAIN.hasAt(this.tokens, k) || ADVERBS.hasAt(this.tokens, k))) k--;
    return k;
  }

  /** "were ordered to leave", "are required to vacate": an infinitive after a passive that hands on to it (its subject undergoes the order) */
  private afterPassiveOrder(v: Verb): boolean {
    const { tokens } = this;
    if (tokens[v.at - 1]?.lower !== 'to' || verbForm(tokens[v.at - 2]?.lower ?? '')?.form !== 'ed') return false;
    return BE_FORMS.hasAt(tokens, v.at - 3) || (ADVERBS.hasAt(tokens, v.at - 3) && BE_FORMS.hasAt(tokens, v.at - 4));
  }

  /**
   * Whether verb v is that of a relative clause without commas that closes before the later verb's own
   * auxiliary: "About ten road workers who had been trapped near Tocopilla were all rescued".
   */
  private closedRelative(v: Verb, later: Verb): boolean {
    const { tokens } = this;
    // the relative word right before the verb's auxiliaries ("who had been trapped")
    const r = this.beforeVerbChain(v.at - 1, this.s.first + 1);
    if (!RELATIVES.hasAt(tokens, r) || tokens[r - 1]?.text === ',') return false;
    const j = this.beforeVerbChain(later.at - 1, v.at + 1);
    return j > v.at && j < later.at - 1 && lowerAt(tokens, j + 1) !== 'to' && !RELATIVES.hasAt(tokens, j);
  }

  /** Whether a participle opens an aside after a comma that closes with another before the later verb: ", sitting in the car, was" */
  private participleAside(v: Verb, later: Verb): boolean {
    if (this.tokens[v.at - 1]?.text !== ',' || !(v.form === 'ing' || (v.form === 'ed' && !v.passive))) return false;
    // (an aside is short: a sentence of asides that never ends stays linear)
    return later.at - v.at <= RELATIVE_ASIDE_REACH && this.commaBetween(v, later);
  }

  /** Whether a verb is that of a relative clause after a comma: ", who must leave by March 7", ", whose names were …" */
  private opensRelativeClause(v: Verb): boolean {
    const { tokens } = this;
    // a few words back to ", who|whose|which"
    let k = v.at - 1;
    while (k > this.s.first && k > v.at - RELATIVE_REACH && tokens[k - 1]!.text !== ',') k--;
    return tokens[k - 1]?.text === ',' && RELATIVE_WORDS.hasAt(tokens, k);
  }

  /** "pointed the finger at the deficit as one of the main culprits": what something is taken as, no object nor subject */
  private takenAs(count: CountAnnotation): boolean {
    return this.tokens[tokenBefore(this.tokens, count.start)]?.lower === 'as';
  }

  /** The token of the verb of accusing whose object ends right before the "of" or "for" at j, or -1. */
  private accusingBefore(j: number): number {
    const { tokens } = this;
    if (tokens[j]?.lower !== 'of' && tokens[j]?.lower !== 'for') return -1;
    for (let k = j - 1; k >= this.s.first && k >= j - ACCUSED_REACH; k--)
      if (ACCUSING.has(verbForm(tokens[k]!.lower)?.lemma ?? '')) return k < j - 1 ? k : -1;
    return -1;
  }

  /**
   * "eight trials, one of which included …": a count before "of which" is the subject of the relative clause
   * (not "of whom": "killed 40 people, 10 of whom were children" tells of the killed, a sub-count).
   */
  private ofWhich(count: CountAnnotation): boolean {
    const k = tokenBefore(this.tokens, count.end) + 1;
    // (of people too: "arrested 45 people, 12 of whom were charged" — the 12 were charged)
    return (
      this.tokens[k]?.lower === 'of' && (this.tokens[k + 1]?.lower === 'which' || this.tokens[k + 1]?.lower === 'whom')
    );
  }

  /** Whether the count stands right after the verb, or after its particle ("take in 60 migrants", "sent back 30"). */
  private rightAfter(count: CountAnnotation, verb: Verb): boolean {
    const k = tokenBefore(this.tokens, count.start);
    return k === verb.at || (k === verb.at + 1 && PARTICLES.hasAt(this.tokens, k));
  }

  /**
   * "arrested 12 people at two border crossings", "compile evidence in the two bomb blasts": a count in a
   * phrase of place or time after the verb's object says where or when, no fact of its own (FACTS.md);
   * right after the verb it is its object ("fired on 200 protesters").
   */
  private placed(verb: Verb, count: CountAnnotation): boolean {
    const p = this.beforeArticle(count.start);
    return SETTING_PREPOSITIONS.hasAt(this.tokens, p) && p > verb.at + 1;
  }

  /** "the bombing of two embassies", "one of the two groups": a count after "of" belongs to a noun, not to the verb (FACTS.md) */
  private afterOf(count: CountAnnotation): boolean {
    return this.tokens[this.beforeArticle(count.start)]?.lower === 'of';
  }

  /**
   * "Representatives of nine African countries will meet": those who speak for what is counted after
   * "of" (no article: "the leaders of the two countries" name two known ones) act as the counted do.
   */
  private represented(count: CountAnnotation): boolean {
    const of = tokenBefore(this.tokens, count.start);
    return this.tokens[of]?.lower === 'of' && REPRESENTATIVES.hasAt(this.tokens, of - 1);
  }

  /**
   * "completed the sale of 200,000 shares", "ordered the expulsion of three diplomats": an event noun
   * that is the verb's object hands the verb the count after its "of" (FACTS.md: an event noun alone,
   * "the withdrawal of 3,000 troops began", gives none)
   */
  private eventOf(count: CountAnnotation, verb: Verb): boolean {
    const of = this.beforeArticle(count.start);
    return (
      EVENT_NOUNS.hasAt(this.tokens, of - 1) &&
      OBJECT_DETERMINERS.hasAt(this.tokens, of - 2) &&
      (verb.at === of - 3 || (verb.at === of - 4 && PARTICLES.hasAt(this.tokens, of - 3)))
    );
  }

  /**
   * "Viacom, one of the largest U.S. entertainment companies, …", "Swedish Match, one of the companies at
   * the core of …": an apposition that says what the name before it is (not a part of a count before it)
   */
  private ranks(count: CountAnnotation): boolean {
    const k = tokenBefore(this.tokens, count.count.numberEnd);
    const comma = this.tokens[k - 1]!;
    return (
      count.count.value === 1 &&
      lowerAt(this.tokens, k + 1) === 'of' &&
      lowerAt(this.tokens, k + 2) === 'the' &&
      // ("killed 40 soldiers, one of the worst attacks": a superlative ranks the event, never a part of the count)
      (!this.countEndingAt(comma.start) || superlativeAt(this.tokens, k + 3))
    );
  }

  /** The count (with its noun) that ends right before offset `at`, past spaces: "killed 40 people, …" */
  private countEndingAt(at: number): CountAnnotation | null {
    const c = this.counts[lastStartingAtOrBefore(this.counts, at - 1)];
    return c && this.text.slice(Math.max(c.end, c.count.nounEnd ?? 0), at).trim() === '' ? c : null;
  }

  /** The count said to be "among" the subject count: "17 Filipino workers were among the 35 killed". */
  private partAmong(subject: CountAnnotation): CountAnnotation | null {
    let k = tokenBefore(this.tokens, subject.start);
    if (lowerAt(this.tokens, k) === 'the') k--;
    if (lowerAt(this.tokens, k) !== 'among') return null;
    while (ADVERBS.hasAt(this.tokens, k - 1)) k--;
    if (!FINITE_BE.hasAt(this.tokens, k - 1)) return null;
    const part = this.countEndingAt(this.tokens[k - 1]!.start);
    return part && !this.usedCounts.has(part) ? part : null;
  }

  /**
   * "talks between the two countries", "the two nations' parliaments": a count that only describes what
   * it stands beside or owns is no one's object (FACTS.md: counts inside descriptive phrases give no fact).
   */
  private describes(count: CountAnnotation): boolean {
    const at = this.beforeArticle(count.start),
      before = this.tokens[at]?.lower ?? '';
    if (before === 'between') return true;
    if (before === ',' && this.ranks(count)) return true;
    // "Toshin Steel, with 1,700 workers, has given …": a remark set off by commas about the subject
    if (
      before === 'with' &&
      this.tokens[at - 1]?.text === ',' &&
      this.tokens[tokenBefore(this.tokens, count.end) + 1]?.text === ','
    )
      return true;
    // "killed 30 people in two attacks", "arrested five men in three cities": where or on what occasions
    if (WHERE_OR_WHEN.has(before) && PLACES_AND_OCCASIONS.has(count.count.noun?.toLowerCase() ?? '')) return true;
    // "By a 6-3 vote, the court upheld …": a tally that describes the vote
    const after = tokenBefore(this.tokens, count.end) + 1;
    const tallied = this.tokens[after]?.text === '-' ? after + 2 : after;
    if (TALLIES.hasAt(this.tokens, tallied) && (this.tokens[after]?.text === '-' || this.tokens[at]?.text === '-'))
      return true;
    // "passed the measure by a vote of 12 to 2": both ends of the tally after "a vote of"
    const of = before === 'to' ? tokenBefore(this.tokens, this.tokens[at - 1]?.start ?? 0) : at;
    if (lowerAt(this.tokens, of) === 'of' && TALLIES.hasAt(this.tokens, of - 1)) return true;
    // "a two-stage rate cut", "three-child families", "a 12-nation meeting was held": a count inside a
    // compound only describes the noun after it (FACTS.md), unless that noun is a group of what is
    // counted ("the ruling three-party coalition lost": its members, as facts-dev labels it)
    const c = count.count;
    if (c.nounStart !== null && c.nounStart === c.numberEnd + 1 && this.text[c.numberEnd] === '-')
      return !this.groupAfter(tokenBefore(this.tokens, count.end) + 1);
    const noun = tokenBefore(this.tokens, count.end),
      mark = this.tokens[noun + 1];
    return (
      !!mark &&
      (mark.text === "'" || mark.text === '’') &&
      mark.start === this.tokens[noun]!.end &&
      (/s$/.test(this.tokens[noun]!.lower) || this.tokens[noun + 2]?.lower === 's')
    );
  }

  /**
   * Whether a noun of a group stands among the few words from token k ("three-party ruling coalition"),
   * with no name between (a name starts another compound: "the 300-page Tower commission report").
   */
  private groupAfter(k: number): boolean {
    for (let j = k; j < k + 3 && j <= this.s.last; j++) {
      if (GROUP_NOUNS.hasAt(this.tokens, j)) return true;
      if (this.tokens[j]!.kind !== TokenKind.Word || (isCapitalized(this.tokens[j]!) && !this.capitals)) return false;
    }
    return false;
  }

  /** The index of the token before an offset, past a "the" there ("in the Comoros", "of the 12 jurors"). */
  private beforeArticle(offset: number): number {
    let k = tokenBefore(this.tokens, offset);
    // ("195 of the facility's 425 employees": past a possessive noun and its article)
    if (
      this.tokens[k]?.lower === 's' &&
      this.tokens[k - 1]?.text === "'" &&
      this.tokens[k - 2]?.kind === TokenKind.Word
    )
      k -= 3;
    // ("winners of the opening two events": past a place in a series after the article)
    if (SERIES_PLACES.hasAt(this.tokens, k) && ARTICLE_OR_POSSESSIVE.hasAt(this.tokens, k - 1)) k--;
    // ("275 to 350 of its more than 21,000 jobs": the whole, after "of" and a possessive)
    return ARTICLE_OR_POSSESSIVE.hasAt(this.tokens, k) ? k - 1 : k;
  }

  /**
   * "closed at 11, with 300,000 shares changing hands", "culminated with 200 students being detained": the
   * subject of a participle after "with" is no object of the verb before it (the participle's own; not
   * "perished along with 10 others")
   */
  private withParticiple(count: CountAnnotation): boolean {
    if (this.tokens[tokenBefore(this.tokens, count.start)]?.lower !== 'with') return false;
    const after = tokenBefore(this.tokens, Math.max(count.end, count.count.nounEnd ?? 0)) + 1;
    return verbForm(this.tokens[after]?.lower ?? '')?.form === 'ing';
  }

  /** Whether the count is the subject of the verb after it: nothing but auxiliaries and adverbs between ("200 soldiers have been killed"). */
  private subjectOf(count: CountAnnotation, verb: Verb): boolean {
    // the counted noun may stand past the count's span: "200 of its personnel killed"
    const end = Math.max(count.end, count.count.nounEnd ?? 0);
    for (let k = tokenBefore(this.tokens, verb.start); k >= 0 && this.tokens[k]!.start >= end; k--) {
      const w = this.tokens[k]!.lower;
      // ("hundreds more are fighting": "more" after a vague count)
      if (!(SUBJECT_GAP.has(w) || ADVERBS.has(w) || w.endsWith('ly') || w === 'more') || w === ',' || w === 'to')
        return false; // "ordered 30 to leave": an object
    }
    return true;
  }

  private countryRightBefore(count: CountAnnotation): CountryAnnotation | null {
    const k = tokenBefore(this.tokens, count.start);
    return k >= 0 ? (this.countryEnding.get(this.tokens[k]!.end) ?? null) : null;
  }

  /**
   * The target: the country of the counted people or things unless they are the actor's own, else the
   * first country the action is directed at after the verb, not one after a preposition of place.
   */
  /**
   * "expelled the Russian ambassador and three diplomats": the country of the object's conjunct before the count,
   * which the action is directed at as well; null unless only the words of a noun phrase stand between.
   */
  private conjunctCountry(count: CountAnnotation, verb: Verb): CountryAnnotation | null {
    const { tokens } = this;
    const and = tokenBefore(tokens, count.start);
    if (and <= verb.at || and - verb.at > CONJUNCT_REACH || !LIST_JOINERS.hasAt(tokens, and)) return null;
    for (let k = verb.at + 1; k < and; k++) if (tokens[k]!.kind !== TokenKind.Word) return null;
    return firstFrom(this.countries, verb.end, tokens[and]!.start);
  }

  private targetOf(
    actor: CountryAnnotation | null,
    count: CountAnnotation | null,
    verb: Verb,
    sub: boolean,
    scopeEnd: number,
  ): CountryAnnotation | null {
    const other = (c: CountryAnnotation) => c.country.code !== actor?.country.code;
    if (count) {
      // ("24 ethnic Albanians": a people inside another state, not the country's, COUNTRIES.md)
      const ethnic = (c: CountryAnnotation) => lowerAt(this.tokens, tokenBefore(this.tokens, c.start)) === 'ethnic';
      const whose =
        firstFrom(this.countries, count.start, count.end, (c) => c.end <= count.end && !ethnic(c)) ??
        this.possessorOf(count) ??
        this.namedAfterThem(count) ??
        this.ofBorrowedNoun(count) ??
        this.ownerReferredTo(count);
      // the actor's own people are its target only when the action is against them ("a Beirut military prosecutor
      // charged 89 former Lebanese army soldiers": facts-dev gives Lebanon); else, as when no country is theirs, the
      // target is the country the action is directed at ("evacuated 200 British nationals from Lebanon")
      if (whose && (other(whose) || AGAINST_PEOPLE.has(verb.lemma))) return whose;
      if (sub) return null;
      const conjunct = this.conjunctCountry(count, verb);
      if (conjunct && other(conjunct)) return conjunct;
    }
    const scopeFrom = count && count.start < verb.start ? verb.end : Math.max(verb.end, count?.end ?? 0);
    // in the verb's own scope: no other verb between
    // no further than a target can stand: a sentence that never ends stays linear
    const next = firstFrom(
      this.countries,
      scopeFrom,
      Math.min(scopeEnd, scopeFrom + 2 * TARGET_REACH + 1),
      (c) => other(c) && !this.insideCount(c.start),
    );
    if (!next) return null;
    const at = this.beforeArticle(next.start);
    // ("ordered a Russian diplomat to leave": past the indefinite article too, when no count says whose; facts-dev
    // gives "examining a Colombian proposal", said of a count, no target)
    const k =
      !count && at > verb.at && (this.tokens[at]!.lower === 'a' || this.tokens[at]!.lower === 'an') ? at - 1 : at;
    const distance = next.start - scopeFrom;
    // the object of a participle that describes the counted: "one diplomat working at the Russian Embassy", "officers serving the Kremlin"
    // (the governing verb itself is no such participle: "11 were killed in Tanzania" happened there)
    const describes =
      k !== verb.at &&
      (/(ing|ed)$/.test(this.tokens[k]?.lower ?? '') ||
        (PLACE.hasAt(this.tokens, k) && k - 1 !== verb.at && /(ing|ed)$/.test(this.tokens[k - 1]?.lower ?? '')));
    if (describes) return distance <= 2 * TARGET_REACH ? next : null;
    // "arrested eight people in Kenya": where it happens. A country after a comma or "and" is the next
    // clause's subject ("France expelled 35, Germany 10 and Italy 30"); one far down the clause belongs to something else.
    // ("killed en route to Lebanon", "on their way to Iraq": where the counted were going, a place too)
    const travelling = this.tokens[k]?.lower === 'to' && EN_ROUTE.hasAt(this.tokens, k - 1);
    // ("move the three exchanges towards 24-hour trading, with Singapore filling a gap": the subject of a clause of its own)
    const absolute =
      this.tokens[k]?.lower === 'with' &&
      verbForm(this.tokens[tokenBefore(this.tokens, next.end) + 1]?.lower ?? '')?.form === 'ing';
    // ("were killed in Nairobi, the capital of Kenya": a place's country is where it happened too)
    // (and "near the border with Zaire", "the frontier with Iraq": a place the country shares)
    const placeOf =
      (this.tokens[k]?.lower === 'of' && PLACE_NOUNS.hasAt(this.tokens, k - 1)) ||
      (this.tokens[k]?.lower === 'with' && BORDERS.hasAt(this.tokens, k - 1));
    // ("detained six people in connection with the bombing of the U.S. embassy": "of" a noun further down the
    // object's phrases says whose that noun is, not whom the act is directed at; a name's country is the named's:
    // "sold its operations to Deutz of West Germany")
    const ofLaterNoun =
      this.tokens[k]?.lower === 'of' &&
      k - 1 > Math.max(verb.at, count ? tokenBefore(this.tokens, count.end) : -1) &&
      !isCapitalized(this.tokens[k - 1]!) &&
      this.tokens[k - 1]!.lower !== 'out'; // ("flew 30 aid workers out of Chad")
    const directed =
      k === verb.at || (DIRECTED.hasAt(this.tokens, k) && !travelling && !absolute && !placeOf && !ofLaterNoun);
    return directed && distance <= TARGET_REACH ? next : null;
  }
}

/** how many tokens the object's conjunct before a count may run: "the Russian military attache and" */
const CONJUNCT_REACH = 6;
/** how many tokens a person's name may run, with its titles: "Secretary of State Madeleine K. Albright" */
const NAME_REACH = 9;
/**
 * the titles of an office before a name: with one, a surname that is also a common word names its holder
 * ("Prime Minister Major"); "Mr." and "Mrs." say nothing of an office ("Mr. Gates" of Microsoft, "Mr.
 * Johnson" in any business story), so they do not
 */
const OFFICE_TITLES = new Set([
  ...TITLE_WORDS,
  'sheikh',
  'ayatollah',
  'prince',
  'emperor',
  'state',
  'defense',
  'defence',
  'foreign',
  'prime',
]);
/** the lower-case parts of names: "Bashar al-Assad", "F. W. de Klerk", "Daniel arap Moi", "Mohammed bin Salman" */
const NAME_PARTICLES = new QuickSet(['al', 'el', 'de', 'da', 'bin', 'ul', 'arap', 'van', 'von', 'la', 'le', 'du']);
const LIST_JOINERS = new QuickSet(['and', 'or', '&']);
/** a quotation's edge between a verb and a count: "a meeting hosted by Mubarak," one PLO official … told Reuters */
const QUOTE_BETWEEN = /["“”]|''|``/;
/** what a tally like "6-3" describes: "by a 6-3 vote", "a 5-4 decision" */
const TALLIES = new QuickSet(['vote', 'votes', 'decision', 'ruling', 'margin', 'majority', 'verdict']);
/** "Of those killed, 11 …", "Among the dead, …": a sentence that opens with the whole its counts are part of */
const SUB_COUNT_OPENERS = new QuickSet(['of', 'among']);
const ARTICLE_OR_POSSESSIVE = new QuickSet(['the', ...POSSESSIVE_WORDS]);
/** groups a count in a compound counts the members of: "the three-party coalition", "a 12-bank committee" */
const GROUP_NOUNS = new QuickSet([
  'coalition',
  'committee',
  'board',
  'team',
  'crew',
  'panel',
  'bloc',
  'alliance',
  'group',
  'force',
  'delegation',
  'consortium',
  'syndicate',
  'council',
  'commission',
]);
/** those who serve an office holder named after their "to" or "of": "two aides to Netanyahu" */
const SERVANTS = new QuickSet([
  'aides',
  'advisers',
  'advisors',
  'envoys',
  'emissaries',
  'deputies',
  'bodyguards',
  'representatives',
]);
/** those who speak for what is counted after their "of": "Representatives of nine African countries" */
const REPRESENTATIVES = new QuickSet([
  'representatives',
  'delegates',
  'delegations',
  'envoys',
  'officials',
  'ministers',
  'leaders',
  'ambassadors',
]);
/** nouns of an act on what is counted after their "of": "the sale of 200,000 shares", "the expulsion of 20 diplomats" */
const EVENT_NOUNS = new QuickSet([
  'sale',
  'purchase',
  'expulsion',
  'withdrawal',
  'release',
  'deployment',
  'transfer',
  'shipment',
  'delivery',
  'acquisition',
  'deportation',
  'evacuation',
  'repatriation',
  'dismissal',
  'execution',
  'arrest',
  'departure',
  'return',
  'extradition',
  'exchange',
  'closure',
  'recall',
  'removal',
  'destruction',
]);
/** the particles of phrasal verbs before a by-agent: "were brought back by" */
const PARTICLES = new QuickSet(['back', 'out', 'off', 'up', 'down', 'away', 'in']);

const isNameWord = (t: Token | undefined) => !!t && t.kind === TokenKind.Word && /^\p{Lu}/u.test(t.text);
/** a capitalized word, or the part after a hyphen inside one ("Kim Jong-il") */
const endsName = (tokens: readonly Token[], k: number) =>
  isNameWord(tokens[k]) ||
  (tokens[k]?.kind === TokenKind.Word && hyphenJoins(tokens, k - 2) && isNameWord(tokens[k - 2]));
/**
 * Whether token k belongs to the name around it: a capitalized word, the period of an initial or an
 * abbreviation ("Mr.", "L."), a hyphen inside a word, a particle before a capital; `forward`, reading on
 * from a title, "of" between titles ("Secretary of State").
 */
function inName(tokens: readonly Token[], k: number, forward = false): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isNameWord(t)) return true;
  const before = tokens[k - 1],
    after = tokens[k + 1];
  if (t.text === '.') return glued(before, t) && before!.text.length <= 3 && isNameWord(before) && isNameWord(after);
  if (t.text === '-') return hyphenJoins(tokens, k - 1) && after!.kind === TokenKind.Word;
  if (NAME_PARTICLES.hasAt(tokens, k)) return isNameWord(after) || after?.text === '-';
  return forward && t.lower === 'of' && OFFICE_TITLES.has(before?.lower ?? '') && isNameWord(after);
}

/** Gives a fact made before the limit that a later verb or sentence sets for it, with its evidence. */
function limitFact(fact: Fact, deadline: TimeAnnotation): void {
  fact.deadline = deadlineOf(deadline);
  fact.evidence.push(deadline.id);
}

function deadlineOf(d: TimeAnnotation): NonNullable<Fact['deadline']> {
  return { due: d.time.deadline?.due ?? null, value: d.time.value, text: d.text };
}

/** The index of the last token ending at or before `offset`. */
function tokenBefore(tokens: readonly Token[], offset: number): number {
  let k = lastStartingAtOrBefore(tokens, offset - 1);
  while (k >= 0 && tokens[k]!.end > offset) k--;
  return k;
}

/** "sanctions on Russia", "talks with Ukraine": a country after a preposition is no actor. */
/**
 * Whether the country is the object of a preposition, also as a later member of a list: "embassies in
 * Kenya and Tanzania have killed", "in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed" (commas are
 * crossed only when one follows the country too: "In London, Britain expelled" has Britain as subject).
 */
function afterPreposition(tokens: readonly Token[], country: CountryAnnotation): boolean {
  const listed = tokens[tokenBefore(tokens, country.end) + 1]?.text === ',';
  for (let k = tokenBefore(tokens, country.start), steps = 0; k >= 0 && steps < 16; k--, steps++) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.lower)) return true;
    const hyphenated = t.text === '-' || tokens[k + 1]?.text === '-';
    const inList =
      t.lower === 'and' ||
      t.lower === 'or' ||
      t.lower === 'the' ||
      // "into northern Iraq", "in southern Lebanon": a part of the country
      REGION_WORDS.has(t.lower) ||
      hyphenated ||
      (t.text === ',' && listed) ||
      (t.kind === TokenKind.Word && isCapitalized(t) && steps > 0);
    if (!inList) return false;
  }
  return false;
}

const REGION_WORDS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north',
  'south',
  'east',
  'west',
  'rural',
  'coastal',
]);

/** The items starting in [from, to) of a sorted list (a binary search, then a walk: linear over a sentence's verbs). */
function between<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = lastStartingAtOrBefore(sorted, from - 1) + 1; k < sorted.length && sorted[k]!.start < to; k++)
    out.push(sorted[k]!);
  return out;
}

/** The first item starting in [from, to) that passes the test. */
function firstFrom<T extends { start: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
  test?: (a: T) => boolean,
): T | null {
  for (let k = lastStartingAtOrBefore(sorted, from - 1) + 1; k < sorted.length && sorted[k]!.start < to; k++)
    if (!test || test(sorted[k]!)) return sorted[k]!;
  return null;
}

/** "largest", "most", "top": a word of rank after "one of the" */
const superlativeAt = (tokens: readonly Token[], k: number) =>
  RANKING.hasAt(tokens, k) || /^\p{Ll}{2,}est$/u.test(lowerAt(tokens, k));
const RANKING = new QuickSet(['most', 'top', 'leading', 'best', 'worst']);

/** how many facts back an elided count looks for what it counts: a list of expulsions, not the whole article (and linear time) */
const ELISION_REACH = 8;

/** how many sentences back a group counted again without its country refers (FACTS.md: "the sentence before") */
const SAME_GROUP_SENTENCES = 2;

/**
 * The latest fact since `from` that counted the same group with a country other than the actor's as its target:
 * the same noun ("three Israeli soldiers … 73 soldiers were killed"), or as many by the same action ("kill 19
 * Algerians" in the headline, "killed 19 civilians" after it); a count without a country of its own is of them.
 */
function sameGroupBefore(
  facts: readonly Fact[],
  count: CountAnnotation['count'],
  action: string,
  from: number,
  actor: CountryAnnotation | null,
): Fact | undefined {
  const lemma = count.noun ? nounLemma(count.noun) : null;
  for (let k = facts.length - 1; k >= 0 && k >= facts.length - ELISION_REACH && facts[k]!.sentenceStart >= from; k--) {
    const f = facts[k]!;
    if (!f.count || !f.target || f.target.code === actor?.country.code) continue;
    const sameNoun = lemma !== null && !!f.count.noun && nounLemma(f.count.noun) === lemma;
    if (sameNoun || (f.count.value === count.value && f.action === action)) return f;
  }
  return undefined;
}

/** The latest fact of the paragraph with the same action and a counted noun, whose noun and target an elided count takes. */
function lastCounted(facts: readonly Fact[], action: string, paragraphStart: number): Fact | undefined {
  for (
    let k = facts.length - 1;
    k >= 0 && k >= facts.length - ELISION_REACH && facts[k]!.sentenceStart >= paragraphStart;
    k--
  ) {
    const f = facts[k]!;
    if (f.action === action && f.count?.noun) return f;
  }
  return undefined;
}

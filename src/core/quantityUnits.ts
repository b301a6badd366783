// Units that make a number an amount rather than a count (COUNTS.md, "NOT a count"): money, shares of
// a whole, and measures. News writes them in full ("dollars", "percent", "tonnes") and the wire
// abbreviates them ("dlrs", "cts", "stg", "pct", "bpd"); a currency or measure may have a qualifier
// between it and the number ("7.15 billion N.Z. dlrs", "40 mln Canadian dlr", "5,988 short tons").
// Written by hand, not generated from world-countries' currency names: those are singular and formal ("Bolivian
// boliviano"), miss the wire's plurals and abbreviations ("bolivares", "dlrs", "sfr", "punts"), and would add English
// homographs that count things ("12 real problems", "won" as a verb), which only a reviewed list keeps out.
import { COUNTRY_TRIE } from './gazetteer';
import { QuickMap, QuickSet } from './quickSet';
import { hyphenJoins, TokenKind, type Token } from './tokenize';

export type AmountKind = 'money' | 'percent' | 'measure';

const words = (kind: AmountKind, list: string) => list.split(' ').map((w) => [w, kind] as const);

export const AMOUNT_UNITS = new QuickMap<AmountKind>([
  ...words(
    'money',
    'dollars dollar dlrs dlr dls cents cent cts ct pence penny pennies pfennigs pfennig centimes centime kopeks kopecks paise piastres markka markkaa euros euro pounds pound stg sterling yen yuan renminbi bucks rubles roubles rouble ruble rupees rupee pesos peso francs franc marks mark deutschemarks lire lira guilders guilder crowns crown kronor krona kroner krone schillings schilling escudos pesetas peseta drachmas zlotys zloty forints riyals riyal dinars dinar dirhams rand kwacha taka baht ringgit rupiah shekels naira cedis shillings shilling bolivars cruzados cruzeiros australs intis sucres bolivianos boliviano bolivares bolivar piasters kyats kyat punts punt sfr sfrs sdrs sdr ecus ecu usd eur gbp jpy chf',
  ),
  // a grain basis quoted under or over the futures price, or unchanged: "TOLEDO 5 UND MAY", "Jne 133 unch"
  ...words('money', 'und ovr unch'),
  ...words('percent', 'percent pct per-cent percentage points point basis bps'),
  ...words(
    'measure',
    'tonnes tonne tons ton mt mts kilotonnes barrels barrel bbls bbl bpd bushels bushel bu tonner tonners bales bale bags bag sacks sack cwt cwts ldt teu teus gt grt quintals quintales kgs dwt shinc shex ounces ounce ozs oz troy carats carat lbs lb kilo kilos kilograms kilogram kg mg grams gram grammes gramme litres liters litre liter kilolitres kiloliters kilolitre kiloliter hectoliters hectoliter hectolitre ml pints pint quarts quart gallons gallon tablespoons tablespoon teaspoons teaspoon hectolitres megalitres megaliters cubic square acres acre hectares hectare ha km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter yards yard feet foot ft inches inch cm mm centimetres centimeters centimetre centimeter millimetres millimeters millimetre millimeter megawatts megawatt mw kilowatts kilowatt kw kwh gigawatts gw degrees degree deg degs centigrade celsius fahrenheit mph kph knots nautical bit bits byte bytes kilobit kilobits megabit megabits gigabit gigabits kb mb gb kbps mbps gbps baud megabyte megabytes kilobyte kilobytes gigabyte gigabytes terabyte terabytes hertz megahertz gigahertz mhz ghz mips milliseconds millisecond micrometres micrometers micrometer horsepower hp cc volts volt watts watt decibels calories octane mcf mmcf bcf tcf cfd mcfd mmcfd bcfd btu btus mmbtu boe therms therm',
  ),
]);

/** Words that may stand between a number and its unit: "short tons", "metric tonnes", "U.S. dlrs". */
const UNIT_QUALIFIERS = new QuickMap<true>(
  [
    'short',
    'long',
    'metric',
    'fine',
    'troy',
    'imperial',
    'u.s.',
    'us',
    'n.z.',
    // ("75 MLN CAN DLR BOND", "50 mln Aust dlrs": the wire's short names of a dollar's country)
    'can',
    'cdn',
    'aust',
    'aus',
    'h.k.',
    'hk',
    'nz',
    'new',
    'old',
    'hong',
    'kong',
    'cubic',
    'square',
    // ("a 26,700 sq ft site")
    'sq',
    'sq.',
    // "one full point lower"
    'full',
  ].map((w) => [w, true] as const),
);

/** The kind of amount the unit at token k (or one or two qualifiers later) makes of the number before it. */
export function amountUnitAt(tokens: readonly Token[], k: number): AmountKind | null {
  // past a size glued to the unit: "2.45 mln 60-kilo bags", "500 50-kg sacks"
  const from = sizeCompoundEnd(tokens, k) + 1;
  // "150 billion won": Korea's currency after a scale (not the verb: "he won 150 seats")
  // (nor a verb with its object: "a party of 2 million won the vote")
  if (
    tokens[from]?.lower === 'won' &&
    SCALED_BEFORE_WON.has(tokens[from - 1]?.lower ?? '') &&
    !WON_OBJECTS.has(tokens[from + 1]?.lower ?? '') &&
    tokens[from + 1]?.kind !== TokenKind.Number
  )
    return 'money';
  for (let j = from; j <= from + 2; j++) {
    const unit = AMOUNT_UNITS.getAt(tokens, j);
    if (unit) return unit;
    const t = tokens[j];
    // a demonym or an initialism names whose currency it is: "Canadian dlrs", "N.Z. Dlrs"
    if (!t || !(UNIT_QUALIFIERS.hasAt(tokens, j) || COUNTRY_TRIE.next.has(t.lower))) return null;
  }
  return null;
}

const SCALED_BEFORE_WON = new Set(['mln', 'million', 'billion', 'bln', 'trillion', 'thousand']);
const WON_OBJECTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'by', 'over', 'approval', 'seats']);

/** verbs of a figure's move: "rose 12 to 30 members" (the change and the new figure), "closed at 2082" (a level) */
export const PRICE_MOVES = new QuickSet(
  'rose rises rising fell falls falling gained gains gaining lost loses losing eased eases easing dropped drops dropping slipped slips slipping added adds adding jumped jumps jumping climbed climbs climbing advanced advances advancing declined declines declining dipped dips dipping edged edges edging firmed firms firming tumbled tumbles tumbling plunged plunges plunging surged surges surging soared soars soaring slumped slumps slumping skidded skids skidding rocketed rockets rocketing shed sheds shedding'.split(
    ' ',
  ),
);

/** The last token of a size written figure-hyphen-unit at k ("60-kilo", "50-kg"), else k - 1. */
const sizeCompoundEnd = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === TokenKind.Number && hyphenJoins(tokens, k) && AMOUNT_UNITS.hasAt(tokens, k + 2) ? k + 2 : k - 1;

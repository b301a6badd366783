// The hand-made part of the country gazetteer, reviewed entry by entry. Everything else comes
// from world-countries (gazetteer.generated.ts). The rules are shared/eval/COUNTRIES.md.

/** Names and aliases that news uses and world-countries lacks. */
export const EXTRA_NAMES: Record<string, readonly string[]> = {
  US: ['US', 'USA', 'U.S.', 'U.S', 'U.S.A.', 'America', 'United States'], // "America" alone is the USA in news
  GB: ['UK', 'Britain', 'U.K.', 'Great Britain', 'United Kingdom'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic', 'Czechia'],
  CI: ["Cote d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast'],
  IE: ['Irish Republic', 'Republic of Ireland', 'Eire'],
  NZ: ['NZ'],
  AE: ['UAE', 'U.A.E.'],
  KZ: ['Kazakstan'], // 1990s spelling
  BY: ['Belorus', 'Byelorussia', 'Belarus'],
  MM: ['Burma'],
  MK: ['Macedonia', 'North Macedonia'],
  KR: ['Korea', 'South Korea', 'S. Korea'], // Korea alone is the South in news (COUNTRIES.md)
  KP: ['North Korea', 'N. Korea', 'DPRK'],
  CD: ['DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  CV: ['Cabo Verde'],
  VA: ['Holy See', 'Vatican'],
  PS: ['Palestine', 'Palestinian territories'],
  MD: ['Moldavia'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  LA: ['Laos'],
  SA: ['Saudi Arabia'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  VN: ['Viet Nam'],
  RU: ['Russian Federation'],
  SU: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  YU: ['Yugoslavia'],
  CS: ['Czechoslovakia'],
  ZR: ['Zaire'],
  DD: ['East Germany', 'German Democratic Republic'], // not "GDR": in business news it is a depositary receipt
  IT: ['Italia'],
};

/** States of news archives that no longer exist, with their ISO 3166-3 era codes. */
export const HISTORICAL_STATES: Record<string, string> = {
  SU: 'Soviet Union',
  YU: 'Yugoslavia',
  CS: 'Czechoslovakia',
  ZR: 'Zaire',
  DD: 'East Germany',
};

/** Demonyms and nationality nouns beyond world-countries' one adjective per state. */
export const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  GB: ['British', 'Briton', 'Britons', 'Brit', 'Brits'],
  NL: ['Dutchman', 'Dutchmen', 'Dutchwoman'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  IE: ['Irishman', 'Irishmen', 'Irishwoman'],
  SE: ['Swede', 'Swedes', 'Swedish'],
  DK: ['Dane', 'Danes'],
  FI: ['Finn', 'Finns'],
  PL: ['Pole', 'Poles', 'Polish'],
  ES: ['Spaniard', 'Spaniards'],
  TR: ['Turk', 'Turks', 'Turkish'],
  SA: ['Saudi', 'Saudis'],
  PH: ['Filipino', 'Filipinos', 'Philippine'],
  NZ: ['New Zealander', 'New Zealanders', 'Kiwi'],
  IS: ['Icelander', 'Icelanders'],
  LU: ['Luxembourger', 'Luxembourgers'],
  CZ: ['Czech', 'Czechs'],
  SK: ['Slovak', 'Slovaks'],
  HR: ['Croat', 'Croats'],
  RS: ['Serb', 'Serbs', 'Serbian'],
  KR: ['Korean', 'Koreans', 'South Korean', 'South Koreans'],
  KP: ['North Korean', 'North Koreans'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  BA: ['Bosnian', 'Bosnians'],
  LA: ['Lao'],
  SU: ['Soviet', 'Soviets'],
  YU: ['Yugoslav', 'Yugoslavs', 'Yugoslavian'],
  CS: ['Czechoslovak', 'Czechoslovakian'],
  ZR: ['Zairean', 'Zaireans', 'Zairian', 'Zairians'],
  DD: ['East German', 'East Germans'],
  CD: ['Congolese'], // the larger Congo is meant unless the text says Brazzaville
  DO: ['Dominican'], // the Dominican Republic is meant far more often than Dominica
  TH: ['Thai', 'Thais'],
  MM: ['Burmese'],
  TW: ['Taiwanese'],
  AR: ['Argentinian', 'Argentinians', 'Argentine', 'Argentines'],
  KZ: ['Kazakh', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  TJ: ['Tajik', 'Tajiks'],
  KG: ['Kyrgyz'],
  TM: ['Turkmen'],
  AF: ['Afghans'],
  AE: ['Emiratis'],
  US: ['Americans'],
  GR: ['Greeks'],
};

/**
 * Phrases that contain a country word but are not a country mention: places, regions, oceans,
 * ethnonyms and names of companies and events. A blocking phrase wins over any country match it
 * overlaps because the longest match wins.
 */
export const NOT_COUNTRIES: readonly string[] = [
  'New Mexico', 'Mexico City', 'Gulf of Mexico', 'New England', 'New South Wales', 'New Jersey', 'New Guinea',
  'Indian Ocean', 'Indian Wells', 'Indian reservation', 'Indian reservations', 'Indian tribe', 'Indian tribes', 'Indian casino', 'Indian casinos', 'Indian Affairs', 'Indian country', 'American Indian', 'American Indians', 'Native American', 'Native Americans',
  'Latin America', 'Latin American', 'Latin Americans', 'North America', 'North American', 'South America', 'South American',
  'Central America', 'Central American', 'Middle America', 'Pan American', 'the Americas', 'American West',
  'French Quarter', 'French Open', 'Australian Open', 'US Open', 'U.S. Open', 'Irish Republican Army', 'Irish Sea', 'North Sea',
  'British Airways', 'British Columbia', 'British Petroleum', 'British Telecom', 'British Museum', 'British Open', 'British Virgin Islands',
  'Air France', 'Air India', 'Air China', 'Japan Airlines', 'Malaysia Airlines', 'Singapore Airlines', 'American Airlines', 'Turkish Airlines',
  'China Airlines', 'China Eastern', 'China Southern', 'Korean Air', 'Qatar Airways', 'Swiss Re', 'Swiss Bank', 'Deutsche Bank',
  'Australian Capital Territory', 'German shepherd', 'German shepherds', 'French fries', 'French toast', 'Russian roulette', 'Turkish bath',
  'Swiss cheese', 'Chinese checkers', 'Guinea pig', 'Guinea pigs', 'guinea pig', 'guinea pigs', 'Jordan River', 'Chad Valley',
  'West Indies', 'Georgia-Pacific', 'Georgia Tech', 'Georgia State', 'Mexican Gulf', 'New Zealand First', 'Zimbabwe Open', 'Kenya Open',
  'Second Vatican Council', 'AS Monaco', 'South China Sea', 'East China Sea', 'Persian Gulf', 'Sea of Japan', 'Arabian Sea',
  'American football', 'AMERICAN FOOTBALL', 'American Express', 'Bank of America', 'Voice of America', 'Radio Free Europe',
  'Northern Ireland', 'Ulster', 'England', 'Scotland', 'Wales', 'English', 'Scottish', 'Welsh', 'Englishman', 'Englishmen',
];

/** Given names and surnames that are also country names: a country only without a person next to it. */
export const PERSON_NAME_COUNTRIES: ReadonlySet<string> = new Set(['Jordan', 'Chad', 'Israel', 'Georgia', 'France', 'Kenya', 'India', 'Chile', 'Cuba', 'Niger', 'Mali', 'Togo', 'Oman', 'Peru', 'Guinea', 'Malta']);

/** Government seats and bodies named for the government ("the Kremlin said", "the Pentagon sent"): always metonyms. */
export const GOVERNMENT_BUILDINGS: Record<string, string> = {
  Kremlin: 'RU',
  'White House': 'US',
  Pentagon: 'US',
  'State Department': 'US',
  Whitehall: 'GB',
  "Quai d'Orsay": 'FR',
  'Downing Street': 'GB',
  Élysée: 'FR',
  'Elysee Palace': 'FR',
  'Élysée Palace': 'FR',
  Zhongnanhai: 'CN',
};

/** Capitals known by more than one spelling in news archives. */
export const EXTRA_CAPITALS: Record<string, readonly string[]> = {
  UA: ['Kiev', 'Kyiv'],
  US: ['Washington'],
  IN: ['New Delhi', 'Delhi'],
  CN: ['Peking', 'Beijing'],
  MM: ['Rangoon', 'Yangon', 'Naypyidaw'],
  KZ: ['Almaty', 'Alma-Ata', 'Astana'],
  IL: ['Jerusalem'],
  CH: ['Bern', 'Berne'],
  NL: ['The Hague'],
  TR: ['Ankara'],
};

/** world-countries alternative spellings that are not names of the state in English text. */
export const DROPPED_ALIASES: ReadonlySet<string> = new Set([
  'Dominique', // a given name far more often than Dominica
  'Mexicanos', 'Portuguesa', 'Prathet', // fragments of official native names
  'Timor', // the island, shared with Indonesia
]);

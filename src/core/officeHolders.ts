import { OFFICE_HOLDERS, type OfficeHolder } from './data/officeHolders';

/** A name as the index compares it: lower case, without accents, single spaces ("Schröder" as "schroder"). */
const nameKey = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

interface HolderIndex {
  /** the last word of every form, lower case, accents as written: a quick answer for words that end none */
  lastWords: Set<string>;
  /** full names and the other forms of several words, and the surnames news lets stand alone */
  named: Map<string, OfficeHolder[]>;
  /** the last word of each full name: only after the title of an office ("President Bush", "Prime Minister Major") */
  surname: Map<string, OfficeHolder[]>;
}
let index: HolderIndex | null = null;

function built(): HolderIndex {
  if (index) return index;
  const named = new Map<string, OfficeHolder[]>(),
    surname = new Map<string, OfficeHolder[]>(),
    lastWords = new Set<string>();
  const add = (map: Map<string, OfficeHolder[]>, key: string, h: OfficeHolder) => {
    const list = map.get(key);
    if (list) list.push(h);
    else map.set(key, [h]);
  };
  for (const h of OFFICE_HOLDERS) {
    const [, , , name, ...aliases] = h;
    for (const form of [name, ...aliases]) {
      add(named, nameKey(form), h);
      const last = form.slice(form.lastIndexOf(' ') + 1).toLowerCase();
      // ("Kim Jong-il" ends in the token "il", "al-Assad" in "Assad")
      lastWords.add(nameKey(last)).add(nameKey(last.slice(last.lastIndexOf('-') + 1)));
    }
    add(surname, nameKey(name.slice(name.lastIndexOf(' ') + 1)), h);
  }
  return (index = { named, surname, lastWords });
}

/** Whether a word (lower case) may end the name of an office holder: most capitalized words do not. */
export const mayEndHolderName = (word: string): boolean =>
  built().lastWords.has(/[^ -~]/.test(word) ? nameKey(word) : word);

/**
 * The state for which the person a name's words name held office in the year: the longest run of the
 * last words that names a holder ("President Saddam Hussein" by "Saddam Hussein", "King Hussein" as
 * such), a lone surname only if news lets it stand alone ("Clinton") or `titled` says the title of an
 * office stands before it ("Prime Minister Major"). Null when the words name no holder then, or holders of
 * different states. Without a year, any year.
 */
export function officeHolderState(words: readonly string[], year: number | null, titled: boolean): string | null {
  const { named, surname } = built();
  for (let i = 0; i < words.length; i++) {
    const last = i === words.length - 1;
    // "al-Assad", "el-Sisi": the surname after its article
    const key = nameKey(words.slice(i).join(' '));
    const keys = last ? [key, key.replace(/^(?:al|el)-/, '')] : [key];
    for (const k of keys) {
      const holders = named.get(k) ?? (last && titled ? surname.get(k) : undefined);
      const then = holders?.filter(([, from, to]) => year === null || (from <= year && year <= to));
      if (!then?.length) continue;
      return then.every(([code]) => code === then[0]![0]) ? then[0]![0] : null;
    }
  }
  return null;
}

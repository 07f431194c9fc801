import table from './given-names.json';

/** Each known given name, formal or familiar, and the formal names it may stand for. */
const FORMAL_NAMES = new Map<string, Set<string>>();
const standsFor = (name: string, formal: string) => (FORMAL_NAMES.get(name) ?? FORMAL_NAMES.set(name, new Set()).get(name)!).add(formal);
for (const [formal, familiar] of Object.entries(table.forms)) {
  standsFor(formal, formal);
  for (const name of familiar) standsFor(name, formal);
}

/** Whether a lower-case word is a common English given name: "james", "jim", "bill". */
export const isGivenName = (word: string) => FORMAL_NAMES.has(word);

/** Two lower-case given names of one person: the same, or formal and familiar forms of one name ("james", "jim"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b || greekShortForm(a, b) || greekShortForm(b, a)) return true;
  const x = FORMAL_NAMES.get(a);
  const y = FORMAL_NAMES.get(b);
  return !!x && !!y && [...x].some((formal) => y.has(formal));
}

/** A Greek given name and its everyday form: "Vassilios" and "Vassilis", "Dimitrios" and "Dimitris". */
const greekShortForm = (formal: string, short: string) => formal.length > 5 && formal.endsWith('ios') && short === `${formal.slice(0, -3)}is`;

import type { Claim, Doc } from '../../types';
import { typoApart } from '../../text/spelling';
import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { placeAt } from '../place';
import { makeClaim } from '../claim';
import { groupBy } from '../../collections';
import { MONTHS, WEEKDAYS } from '../../normalise/dates';
import { foldCase, startsUpper } from '../../text/tokens';
import type { KindSpec } from '../spec';
import { isHeadline, knownNameAt, nameAt, PARTICLES, type NameMatch } from './names';
import { isGivenName, sameGivenName } from './given-names';

/** A generation or regnal number after a name: "Jr.", "Sr.", "XIV". */
export const GENERATION = /^([IVX]+|Jr\.?|Sr\.?)$/;
/** The family name: the last word that is not a generation or regnal number ("Leo XIV", "Jr."). */
export const surnameOf = (words: string[]) => foldCase([...words].reverse().find((w) => !GENERATION.test(w)) ?? words[words.length - 1]);

interface Person {
  full: string;
  surname: string;
  /** The title or role written with the name in this source: "judge", "prime minister". */
  role: string;
}

// Titles that say nothing of a role: two Mr. Smiths are no more one person than two Smiths.
const COURTESY_TITLES = new Set(['', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor']);
const roleOf = (m: NameMatch) => (m.relative || COURTESY_TITLES.has(m.title) ? '' : m.title);

const cache = new WeakMap<Doc, Claim[]>();

/** The people a source names, read once: the quote kind needs them to find speakers. */
export function peopleIn(doc: Doc): Claim[] {
  let claims = cache.get(doc);
  if (!claims) cache.set(doc, (claims = extract(doc)));
  return claims;
}

type NameReader = (tokens: Doc['tokens'], i: number, start: number, end: number) => NameMatch | null;

function namesIn(doc: Doc, sentences: Doc['sentences'], read: NameReader): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const m = read(doc.tokens, i, s.firstToken, s.endToken);
      if (m) {
        matches.push(m);
        i = m.to - 1;
      }
    }
  }
  return matches;
}

/** The names written in a source, in text order; a headline's are those its text gives in full. */
function nameMatches(doc: Doc): NameMatch[] {
  const headlines = doc.sentences.filter((s) => isHeadline(doc.tokens, s));
  const text = doc.sentences.filter((s) => !headlines.includes(s));
  const matches = namesIn(doc, text, nameAt);
  const known = [...new Set(matches.filter(isFullName).map((m) => m.words.join(' ')))].map((n) => n.split(' ')).sort((a, b) => b.length - a.length);
  const inHeadlines = namesIn(doc, headlines, (tokens, i, _start, end) => knownNameAt(tokens, i, end, known));
  return [...matches, ...inHeadlines].sort((a, b) => a.from - b.from);
}

const isFullName = (m: NameMatch) => m.words.filter((w) => !/^[IVX]+$/.test(w)).length >= 2;

/**
 * Whom a surname alone stands for: the first full name of that surname, else the first mention
 * with a title ("President Trump"). A relative ("the president's daughter Ivanka Trump") is named
 * for someone else of that surname, so a later "Trump" is not taken to be her.
 */
function peopleBySurname(matches: NameMatch[]): Map<string, Person> {
  const people = new Map<string, Person>();
  const introducing = [...matches.filter(isFullName), ...matches.filter((m) => !isFullName(m))].filter((m) => !m.relative && !m.whole);
  for (const m of introducing) {
    const surname = surnameOf(m.words);
    if (!people.has(surname)) people.set(surname, { full: m.words.join(' '), surname, role: '' });
  }
  // The role written with the name itself: "President Obama" need not be the Malia Obama named first.
  for (const m of matches) {
    const p = people.get(surnameOf(m.words));
    if (p && !p.role && !m.relative && m.words.join(' ') === p.full) p.role = roleOf(m);
  }
  return people;
}

/** Full names first, then later surname-only mentions resolved to the full name given earlier. */
function extract(doc: Doc): Claim[] {
  const matches = nameMatches(doc);
  const people = peopleBySurname(matches);
  const claims: Claim[] = matches.map((m) => {
    const own = { full: m.words.join(' '), surname: surnameOf(m.words), role: roleOf(m) };
    const known = m.relative || m.whole ? undefined : people.get(own.surname);
    const person = m.words.length < 2 ? (known ?? own) : known?.full === own.full ? known : own;
    return toClaim(doc, m.from, m.to, person, m.words.length < 2 ? 'person/title-surname' : 'person/full-name');
  });
  // Later mentions by surname alone: "Putin said". A set, as testing each token against every
  // claim is quadratic on a long run of names.
  const named = new Set(matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, k) => m.from + k)));
  const misspelled = misspellingsOf(people);
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i];
      if (named.has(i) || !startsUpper(t.text)) continue;
      const person = people.get(foldCase(t.norm));
      if (person) claims.push(toClaim(doc, i, i + 1, person, 'person/surname'));
      else if (i > s.firstToken && standsAlone(doc.tokens, i, s.endToken)) {
        const meant = misspelled(foldCase(t.norm));
        if (meant) claims.push(toClaim(doc, i, i + 1, meant, 'person/misspelled-surname'));
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

// A surname this long or longer may be misspelled by a letter and still be told apart from others.
const MIN_MISSPELLED_LETTERS = 4;

/**
 * Whom a word misspells, by one letter, among the source's surnames: "Raite" for the "Rait" the
 * source names in full. Only when no other surname is as close. A typo seldom changes the first
 * letter ("Raul" is not "Paul"); a plural ("the Clintons", "Democrats" beside a "York Democrat")
 * names a family or a group, and a given name someone else.
 */
function misspellingsOf(people: Map<string, Person>): (word: string) => Person | undefined {
  // By first letter: a long report tests thousands of capitalised words against its surnames.
  const byInitial = groupBy([...people.keys()].filter((s) => s.length >= MIN_MISSPELLED_LETTERS), (s) => s[0]);
  const plural = (x: string, y: string) => x === `${y}s` || x === `${y}es`;
  return (word) => {
    if (word.length < MIN_MISSPELLED_LETTERS || !/^\p{L}+$/u.test(word) || isGivenName(word)) return undefined;
    const close = (byInitial.get(word[0]) ?? []).filter((s) => Math.abs(s.length - word.length) <= 1 && LevenshteinDistance(s, word) === 1);
    return close.length === 1 && !plural(word, close[0]) && !plural(close[0], word) ? people.get(close[0]) : undefined;
  };
}

/**
 * A capitalised word after a word in lower case, a figure or a comma, before a word in lower
 * case, and no date or place: how a surname alone is written mid-sentence. After an article it names a
 * thing ("the Navy"), after a quotation mark it may open a sentence.
 */
function standsAlone(tokens: Doc['tokens'], i: number, end: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  const afterWord = !!before && /^[\p{Ll}\d,]/u.test(before.text) && !ARTICLES.has(before.norm);
  return afterWord && (!after || !startsUpper(after.text)) && !isCalendar(tokens[i].norm) && !placeAt(tokens, i, end);
}

/** "in March" is no "Marsh". */
const isCalendar = (word: string) => word in MONTHS || WEEKDAYS.includes(word);

const ARTICLES = new Set(['the', 'a', 'an']);

function toClaim(doc: Doc, from: number, to: number, person: Person, rule: string): Claim {
  const role = person.role ? { role: person.role } : {};
  // Keyed by the family name's first letter, so that "Brevik" meets "Brevick".
  return makeClaim(doc, { kind: 'person', from, to, rule, value: { name: person.full, ...role, display: person.full }, key: `person|${nameParts(person.full).family[0]}` });
}

/**
 * A full name's given name (without initials; empty for a surname alone) and family name, its
 * particles written together: "Vincent Del Giudice" and "Vincent DelGiudice" are both "delgiudice".
 */
function nameParts(full: string): { given: string; family: string } {
  const words = foldCase(full).split(' ');
  const last = words.lastIndexOf(surnameOf(full.split(' ')));
  let first = last;
  while (first > 1 && PARTICLES.has(words[first - 1])) first--;
  const given = words.slice(0, first).find((w) => !/^\p{L}\.?$/u.test(w)) ?? '';
  return { given, family: words.slice(first, last + 1).join('') };
}

/** A fuller writing of a name ends with the shorter one, given name and all: "Mary Ann Holt", "Ann Holt". */
function endsWithName(longer: string, shorter: string): boolean {
  const [l, s] = [foldCase(longer).split(' '), foldCase(shorter).split(' ')];
  return s.length >= 2 && l.length > s.length && s.every((w, k) => w === l[l.length - s.length + k]);
}

/**
 * Two names: the same spelling, a variant spelling of one person's name (a typo in the given name
 * or, with the same given name, in the surname), or two people. A familiar form of the given name
 * is no variant: "Jim Mattis" is "James Mattis".
 */
function spelling(a: string, b: string): 'same' | 'variant' | 'other' {
  if (a === b || foldCase(a) === foldCase(b) || endsWithName(a, b) || endsWithName(b, a)) return 'same';
  const { given: x, family: sa } = nameParts(a);
  const { given: y, family: sb } = nameParts(b);
  if (sa !== sb) return x && sameGivenName(x, y) && typoApart(sa, sb) ? 'variant' : 'other';
  if (!x || !y || sameGivenName(x, y)) return 'same';
  return typoApart(x, y) ? 'variant' : 'other';
}

/** Whether two names name one person as people write names: "Raj K. Chohan" and "Raj Chohan". */
export const samePerson = (a: string, b: string) => spelling(a, b) === 'same';

// One role held by two people of one surname; people of different surnames are just two people.
const sameRole = (a: Claim, b: Claim) => !!a.value.role && a.value.role === b.value.role && nameParts(a.value.name!).family === nameParts(b.value.name!).family;

export const person: KindSpec = {
  kind: 'person',
  extract: peopleIn,
  entity: (claim) => foldCase(claim.value.name!),
  // Same surname: the same person when the full names match or differ by a typo; another person
  // (Melania and Donald Trump) otherwise, unless both hold one role ("Police Chief John Smith" and
  // "Police Chief James Smith"), when the outlets disagree about who holds it.
  affinity: (a, b) => (spelling(a.value.name!, b.value.name!) !== 'other' || sameRole(a, b) ? 1 : null),
  relate(a, b) {
    const x = a.value.name!;
    const y = b.value.name!;
    if (x === y) return { relation: 'equal', reason: `both ${x}` };
    if (foldCase(x) === foldCase(y)) return { relation: 'equal', reason: `${x} and ${y} differ only in letter case or accents` };
    const how = spelling(x, y);
    if (how === 'same') return { relation: 'compatible', reason: `${x} and ${y} name the same person` };
    const role = a.value.role ?? b.value.role;
    if (how === 'other') return { relation: 'conflict', reason: role ? `the ${role} is ${x} vs ${y}` : `${x} vs ${y}` };
    return { relation: 'conflict', reason: `spelled ${x} vs ${y}` };
  },
};

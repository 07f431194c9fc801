import type { Claim, Doc, Token } from '../../types';
import { ALIGN, PLACE } from '../../thresholds';
import { windowTerms } from '../../text/context';
import { makeClaim } from '../claim';
import { foldCase, startsUpper } from '../../text/tokens';
import { glued } from '../../normalise/numbers';
import type { KindSpec, Verdict } from '../spec';
import { measures } from '../../normalise/measures';
import { bearingAfter, COMPASS_POINTS, degreesApart } from '../../normalise/bearings';
import { relateIntervals, scaleInterval } from '../../normalise/intervals';
import { citiesOf, distanceKm, placeEntry, placeOfAlias, startsAnAlias } from './gazetteer';
import { peopleIn } from '../person';
import { typoApart } from '../../text/spelling';
import { groupBy } from '../../collections';

const LONGEST_ALIAS = 4;

/** The normalised form gazetteer aliases are stored in: lower case, no diacritics or dots. */
export function aliasKey(words: string): string {
  return foldCase(words).replace(/\./g, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

// Every token is asked whether a place starts there, and news repeats its words: each word's
// alias form (its aliasKey, without a possessive) and whether an alias starts with it are worked
// out once and remembered.
const aliasForms = new Map<string, string>();
const opensAlias = new Map<string, boolean>();
const MAX_REMEMBERED = 100_000;

function remembered<T>(memo: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = make(key);
    if (memo.size < MAX_REMEMBERED) memo.set(key, value);
  }
  return value;
}

const aliasForm = (word: string) => remembered(aliasForms, word, (w) => aliasKey(w.replace(/['’]s$/, '')));

// "West Texas", "Northern California": a part of a state or country named by its direction is in it.
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * The place a capitalised run of tokens names, longest match first: "New York", "Kyiv", "French";
 * "West Texas" (a direction before a state or country) names the state.
 */
export function placeAt(tokens: Token[], i: number, end: number): { id: string; to: number } | null {
  const found = gazetteerPlaceAt(tokens, i, end);
  if (found || !COMPASS.has(tokens[i].norm) || !startsUpper(tokens[i].text) || i + 1 >= end) return found;
  const region = gazetteerPlaceAt(tokens, i + 1, end);
  return region && /^(state|country):/.test(region.id) ? { id: region.id, to: region.to } : null;
}

/** "an SD card", "NM of open sea": two capitals without dots, a word after them, abbreviate no state ("Rapid City, SD", "S.D." do). */
const isBareCode = (tokens: Token[], i: number) => /^\p{Lu}{2}$/u.test(tokens[i].text) && tokens[i - 1]?.text !== ',' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');

function gazetteerPlaceAt(tokens: Token[], i: number, end: number): { id: string; to: number } | null {
  if (!startsUpper(tokens[i].text) || !remembered(opensAlias, aliasForm(tokens[i].text), startsAnAlias)) return null;
  // The alias key of a run, word by word: words that are all dots drop out, as in aliasKey.
  const forms = tokens.slice(i, Math.min(i + LONGEST_ALIAS, end)).map((t) => aliasForm(t.text));
  for (let n = forms.length; n >= 1; n--) {
    if (!/^\p{L}/u.test(tokens[i + n - 1].text)) continue;
    const id = placeOfAlias(forms.slice(0, n).filter((form) => form !== '').join(' '));
    if (id && !(n === 1 && id.startsWith('state:') && isBareCode(tokens, i))) return { id, to: i + n };
  }
  return null;
}

/** The country a place lies in, or the place itself when it is a country: Kyiv → Ukraine. */
export function countryOf(id: string): string {
  return placeEntry(id)?.country || id;
}

export const placeName = (id: string) => placeEntry(id)?.name ?? id;

/** What a place is, the first part of its id: country, state, region or city. */
const placeType = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * A place named at token i that stands on its own: not inside a longer name ("Washington Post",
 * "Mayor Sofia Brandl"), except a demonym before a title ("French President Emmanuel Macron").
 * `inName` is set when a place was read but belongs to a longer name, so the caller can skip it.
 * Minor towns are left out: only this kind's extractor, which reads their context, takes them.
 */
export function placeMentionAt(tokens: Token[], i: number, end: number): { id: string; to: number; inName: boolean } | null {
  const found = anyPlaceMentionAt(tokens, i, end);
  return found && !placeEntry(found.id)?.minor ? found : null;
}

// "T-Mobile", "E-Trade": a name glued by a hyphen to a single letter is a brand, no place. Not
// "pro-Russian" or "Russia-Ukraine", which are about places.
const afterLetterAndHyphen = (tokens: Token[], i: number) =>
  tokens[i - 1]?.text === '-' && glued(tokens[i - 1], tokens[i]) && glued(tokens[i - 2], tokens[i - 1]) && /^\p{L}$/u.test(tokens[i - 2].text);

function anyPlaceMentionAt(tokens: Token[], i: number, end: number): { id: string; to: number; inName: boolean } | null {
  const found = afterLetterAndHyphen(tokens, i) ? null : placeAt(tokens, i, end);
  if (!found) return null;
  const next = tokens[found.to];
  const inName = found.to < end && startsUpper(next.text) && !isDemonym(tokens, i, found);
  return { ...found, inName };
}

// Words after which a capitalised name is where something happened: "in Brenmoor", "at Ashgate
// Stadium", "near Kessel". Not "from", which as often names a person.
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across']);
// …and after which a name is a place when its last word says it is one: "taken to Kessel
// Hospital", "a call from the Copper Hotel", "six months on Parris Island", "off Gulf of Aden".
const TOWARDS = new Set([...LOCATIVE, 'to', 'from', 'on', 'off']);
export const PLACE_NOUNS = new Set(
  'hospital center centre hotel motel village airport station park stadium arena hut school college church cathedral mosque temple prison jail courthouse mall beach island lake river valley bay harbor harbour county district glacier mountain peak ridge canyon corridor street avenue road square bridge plaza camp strait gulf museum theater theatre library hall tower'.split(' '),
);
// "on Mount Sefton", "to Lake Tahoe", "at Fort Bragg": kinds of place that come before the name.
const PLACE_NOUNS_FIRST = new Set(['mount', 'mt', 'lake', 'fort', 'ft', 'cape', 'port']);
const MAX_PLACE_WORDS = 4;

/**
 * A place the gazetteer does not know, named after a locative: "in Brenmoor", "at Ashgate
 * Stadium", "to Kessel Hospital". Compared by its words alone; a possessive ("at Smith's home") or
 * a date is no place. A name that begins with a known place ("Jamaica Hospital") is one only
 * when `placeNounOnly` and its words say what kind of place it is.
 */
function namedPlaceAt(doc: Doc, i: number, end: number, placeNounOnly = false): { name: string; to: number } | null {
  const t = doc.tokens;
  // "at the Copper Lantern", "in the Kessel Valley"; after any word, "approaching the Tasman
  // Saddle Hut": a name that ends in a kind of place (checked below).
  const article = /^(the|a|an)$/.test(t[i - 1]?.norm ?? '') && t[i - 1].sentence === t[i].sentence;
  const before = article ? t[i - 2] : t[i - 1];
  const towards = !!before && TOWARDS.has(before.norm) && before.sentence === t[i].sentence;
  if ((!towards && !article) || t[i].norm === 'the') return null;
  let j = i;
  while (j < end && j - i < MAX_PLACE_WORDS && isPlaceWord(t[j], j === i) && !CALENDAR.has(t[j].norm)) j++;
  if (j === i || /^['’]/.test(t[j]?.text ?? '')) return null;
  // "in the Trump administration": a name before a common noun describes it, and is no place,
  // unless the noun is a kind of place ("in the Kessel neighborhood").
  // A word in -ed after it is a verb ("the Valley Hotel burned"), no noun.
  if (j < end && /^\p{Ll}{3,}/u.test(t[j].text) && !AFTER_PLACE.has(t[j].norm) && !SETTLEMENT_NOUNS.has(t[j].norm) && !/^\p{Ll}{3,}ed$/u.test(t[j].text)) return null;
  if ((placeNounOnly || !towards || !LOCATIVE.has(before.norm)) && !saysItsKind(t, i, j)) return null;
  return { name: t.slice(i, j).map((x) => x.text).join(' '), to: j };
}

/** Whether a name's own words say it is a place: "Ashgate Stadium", "Mount Sefton". */
const saysItsKind = (t: Token[], from: number, to: number) => PLACE_NOUNS.has(t[to - 1].norm) || (to - from > 1 && PLACE_NOUNS_FIRST.has(t[from].norm));

/** A word of a place's name: capitalised ("MedStar" too), or first and a place's abbreviation ("Mt. Cook Village"), not "Mr." or "Oct.". */
const isPlaceWord = (t: Token, first: boolean) => /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)?$/u.test(t.text) || (first && /^\p{Lu}\p{Ll}+\.$/u.test(t.text) && PLACE_ABBREVIATIONS.has(t.text.slice(0, -1).toLowerCase()));
const PLACE_ABBREVIATIONS = new Set(['mt', 'ft', 'st', 'pt']);

// Words that end a place's name and describe no noun: "in the Rose Garden barely a day later".
const AFTER_PLACE = new Set(
  'and or but on in at to for with by from near when where while who which that after before since until during as was is were are said last this earlier later yesterday today tonight barely just'.split(' '),
);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter', 'christmas', 'easter', 'week']);

interface Mention {
  id: string;
  from: number;
  to: number;
  /** A place the gazetteer does not know (its id is "named:…"): its name as written. */
  display?: string;
}

/** "Kodak Theatre" and "Kodak Theater", "Harbour Road" and "Harbor Road", "Recognised" and "Recognized": one name in two spellings of English. */
const americanSpelling = (name: string) =>
  name.replace(/(?<=\p{L}{2})(?:tre|our)\b/gu, (end) => (end === 'tre' ? 'ter' : 'or')).replace(/(?<=\p{L}{3})is(ed|ing|ation)\b/gu, 'iz$1');

// "Mt Cook" and "Mount Cook", "Ft. Bragg" and "Fort Bragg". Not "St", which is Saint or Street.
const NAME_ABBREVIATIONS: Record<string, string> = { mt: 'mount', ft: 'fort' };
/** A name (as aliasKey) with its abbreviated kind of place written out: "mt cook" → "mount cook". */
const unabbreviated = (name: string) => name.replace(/^\S+/, (first) => NAME_ABBREVIATIONS[first] ?? first);

/** The id of a place the gazetteer does not know: "named:" and its name. */
const UNKNOWN = 'named:';

function extract(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    const titleCase = isTitleCase(doc.tokens.slice(s.firstToken, s.endToken));
    for (let i = s.firstToken; i < s.endToken; i++) {
      const found = anyPlaceMentionAt(doc.tokens, i, s.endToken);
      const named = !titleCase && (!found || found.inName) ? namedPlaceAt(doc, i, s.endToken, !!found) : null;
      const city = named && citySpelledAs(doc.tokens, i, named.to, s.endToken);
      if (city) {
        mentions.push({ id: city, from: i, to: named.to });
        i = named.to - 1;
      } else if (named) {
        mentions.push({ id: `${UNKNOWN}${americanSpelling(unabbreviated(aliasKey(named.name)))}`, from: i, to: named.to, display: named.name });
        i = named.to - 1;
      } else if (found) {
        if (!found.inName) mentions.push({ id: found.id, from: i, to: found.to });
        i = found.to - 1;
      }
    }
  }
  const places = placesIn(doc, mentions);
  const personAt = new Map(peopleIn(doc).map((p) => [p.end, p]));
  const personal = new Map(places.map((m) => [m, personalRoleAt(doc.tokens, m, personAt)]));
  const roles = rolesOf(doc.tokens, places.filter((m) => !personal.get(m) && !m.display));
  for (const m of places) {
    const personalRole = personal.get(m);
    const own = personalRole?.role ?? roles.get(m);
    const context = personalRole && withTerm(windowTerms(doc, m.from, m.to, ALIGN.window), doc.tokens[personalRole.cue].stem);
    const value = { name: m.id, ...(own ? { role: own } : {}), ...(personalRole?.owner ? { owner: personalRole.owner } : {}), display: m.display ?? placeName(m.id) };
    claims.push(
      makeClaim(doc, { kind: 'place', from: m.from, to: m.to, rule: m.display ? 'place/named' : `place/${placeType(m.id)}`, value, key: keyOf(m, personalRole), ...(context ? { context } : {}) }),
    );
  }
  resolveShortNames(claims.filter((c) => c.rule === 'place/named'));
  claims.push(...coursesIn(doc), ...bearingsIn(doc));
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * Places said of a person are keyed by how they are said ("born in", "lives in"), so that one
 * person's two homes meet wherever they are. Other places are keyed by country: two places named
 * for one role ("spoke in Norfolk", "spoke in Norwalk") must meet, and those of two countries are
 * left apart. A place the gazetteer does not know is keyed by its first letter, so "Ashgate" meets
 * "Ashgate Stadium", and "Paris Island" "Parris Island".
 */
function keyOf(m: Mention, personalRole: PersonalRole | undefined): string {
  if (personalRole) return `place|${personalRole.role}`;
  return m.display ? `place|${m.id.slice(0, UNKNOWN.length + 1)}` : `place|${countryOf(m.id)}`;
}

const BEARING_RULE = 'place/bearing';

/**
 * "55 kilometres (34 miles) west of the town of Bireun": which way a measured distance lies from
 * a place, a fact beside the distance itself. It keeps the distance (value.amount), so that one
 * distance put on two sides of one place is found to be one point told two ways.
 */
function bearingsIn(doc: Doc): Claim[] {
  return measures(doc).flatMap((m) => {
    const found = m.unit.unit === 'm' ? bearingAfter(doc, m, doc.sentences[doc.tokens[m.mention.start].sentence].endToken) : undefined;
    if (!found) return [];
    const display = `${found.bearing} of ${doc.tokens.slice(found.placeFrom, found.to).map((t) => t.text).join(' ')}`;
    const value = { name: `bearing:${found.place}:${found.bearing}`, amount: scaleInterval(m.mention.amount, m.unit.factor), display };
    return [makeClaim(doc, { kind: 'place', from: found.at, to: found.to, rule: BEARING_RULE, value, key: `place|bearing:${found.place}` })];
  });
}

/** Two bearings from one place: the same point, or close (west, southwest), or on two sides of it. */
function relateBearings(a: Claim, b: Claim): Verdict {
  const [x, y] = [a.value.name!.split(':').pop()!, b.value.name!.split(':').pop()!];
  if (x === y) return { relation: 'equal', reason: `both ${a.value.display}` };
  return degreesApart(x, y) >= BEARINGS_APART ? { relation: 'conflict', reason: `${a.value.display} vs ${b.value.display}` } : { relation: 'compatible', reason: `${a.value.display} and ${b.value.display} lie close` };
}
// Degrees between two bearings that put a point on two sides of a place, not roughly one way.
const BEARINGS_APART = 90;

// "heading north", "traveling southbound": the way someone or something was going.
const MOTION = new Set(['heading', 'headed', 'traveling', 'travelling', 'driving', 'going', 'moving', 'walking', 'running', 'fleeing', 'fled', 'sailing', 'flying']);
const COURSE = new RegExp(`^(${COMPASS_POINTS.join('|')})(?:bound|wards?)?$`);

/**
 * The compass courses a source says something took: "heading north" and "heading northbound" are
 * one. Two different courses are never compared, as they may be those of two vehicles.
 */
function coursesIn(doc: Doc): Claim[] {
  const t = doc.tokens;
  const claims: Claim[] = [];
  for (let k = 1; k < t.length; k++) {
    const course = COURSE.exec(t[k].norm)?.[1];
    if (!course || !MOTION.has(t[k - 1].norm) || t[k - 1].sentence !== t[k].sentence) continue;
    claims.push(makeClaim(doc, { kind: 'place', from: k, to: k + 1, rule: 'place/course', value: { name: `course:${course}`, display: course }, key: 'place|course' }));
  }
  return claims;
}

/**
 * "in Berne, Switzerland": a town the gazetteer does not know, named with its country, is the one
 * city of that country spelled alike ("Bern"), as "Kiev" is "Kyiv". Only a name of one word, and
 * not with a state, whose towns are too many to tell a spelling from a neighbour.
 */
function citySpelledAs(tokens: Token[], from: number, to: number, end: number): string | null {
  if (to - from !== 1 || tokens[to]?.text !== ',' || to + 1 >= end) return null;
  const region = placeAt(tokens, to + 1, end);
  // "in Creston, British Columbia": a country's demonym may begin the name of a province.
  if (!region || placeType(region.id) !== 'country' || (region.to < end && startsUpper(tokens[region.to].text))) return null;
  const word = aliasForm(tokens[from].text);
  const alike = citiesOf(region.id).filter((id) => typoApart(word, aliasKey(placeName(id))));
  return alike.length === 1 ? alike[0] : null;
}

// What a place says of a person rather than of an event: where they were born or come from
// ("born in the Bronx", "a California native", "originally from Essex"), or where they live ("a
// Spiro man", "living in Melbourne", "Warren Gotcher of McAlester"). Such mentions are a fact of
// their own, apart from the place's other mentions.
const BIRTHPLACE = 'birthplace';
const HOME = 'home';
const PERSONAL_ROLES = new Set([BIRTHPLACE, HOME]);
const personalRoleOf = (c: Claim) => (PERSONAL_ROLES.has(c.value.role ?? '') ? c.value.role : undefined);

const LIVING = new Set(['live', 'lives', 'lived', 'living', 'reside', 'resides', 'resided', 'residing']);
const RESIDENT = new Set(['resident', 'residents']);

interface PersonalRole {
  role: string;
  /** The word that gives it ("born", "native", "man"); read with the claim's context, however far from the place. */
  cue: number;
  /** Whose it is, when the source names them just before: "Jane Rusk, 23, of Denver", "Rusk, who lives in Denver". */
  owner?: string;
}

/** The personal role of a mention, if its words give it one; `personAt` holds the source's person names by where they end. */
function personalRoleAt(tokens: Token[], m: Mention, personAt: Map<number, Claim>): PersonalRole | undefined {
  const sentence = tokens[m.from].sentence;
  const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  const next = at(m.to);
  // "the California native", "a New Zealand-born climber", "Richmond Hill resident", "a Spiro man".
  if (next?.norm === 'native') return { role: BIRTHPLACE, cue: m.to };
  if (next?.text === '-' && glued(next, tokens[m.to + 1]) && at(m.to + 1)?.norm === 'born') return { role: BIRTHPLACE, cue: m.to + 1 };
  if (next && RESIDENT.has(next.norm)) return { role: HOME, cue: m.to };
  if (next && PEOPLE_NOUNS.has(next.norm) && /^(a|an|the)$/.test(at(m.from - 1)?.norm ?? '')) return { role: HOME, cue: m.to };
  const prepAt = at(m.from - 1)?.norm === 'the' ? m.from - 2 : m.from - 1;
  const prep = at(prepAt);
  const cue = livingBeforeDistance(tokens, headBefore(tokens, prepAt));
  const head = at(cue);
  if (!prep || !head) return undefined;
  const role = personalRoleThrough(prep.norm, head.norm);
  const owner = personNamedJustBefore(tokens, prep.norm === 'of' ? prepAt : clauseStart(tokens, cue), personAt);
  if (role) return { role, cue, ...(owner ? { owner: ownerName(owner) } : {}) };
  return prep.norm === 'of' && owner ? { role: HOME, cue, owner: ownerName(owner) } : undefined;
}

const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'have', 'been']);

/**
 * Where the words that say a place is someone's begin, just after that person's name: "who" in
 * "Rusk, who had been living in Denver"; the word itself after a comma in "Rusk, born in Denver".
 * Else -1: in "the man who hit Rusk lived in Denver" the place is not Rusk's.
 */
function clauseStart(tokens: Token[], cue: number): number {
  let k = cue;
  while (AUXILIARIES.has(tokens[k - 1]?.norm ?? '')) k--;
  if (tokens[k - 1]?.norm === 'who') return k - 1;
  return tokens[k - 1]?.text === ',' ? k : -1;
}

// "who lived half a mile away in South Ozone Park": the words of a distance before "away".
const MAX_DISTANCE_WORDS = 4;

/** The word a preposition hangs from, past a distance from it: "lived" in "lived two blocks away in". */
function livingBeforeDistance(tokens: Token[], head: number): number {
  if (tokens[head]?.norm !== 'away') return head;
  for (let k = head - 1; k >= head - 1 - MAX_DISTANCE_WORDS && tokens[k]?.sentence === tokens[head].sentence; k--) if (LIVING.has(tokens[k].norm)) return k;
  return head;
}

/** Whose a place is, as compared across reports: a name's first and last words ("Raj K. Chohan" is "raj chohan"). */
function ownerName(person: Claim): string {
  const words = foldCase(person.value.name!).split(' ');
  return words.length > 1 ? `${words[0]} ${words[words.length - 1]}` : words[0];
}

/** The personal role a word gives a place through a preposition: "born in", "living in", "originally from", "a native of". */
function personalRoleThrough(prep: string, head: string): string | undefined {
  if (prep === 'in' || prep === 'at') return head === 'born' ? BIRTHPLACE : LIVING.has(head) ? HOME : undefined;
  if (prep === 'from') return head === 'originally' ? BIRTHPLACE : undefined;
  if (prep === 'of') return head === 'native' ? BIRTHPLACE : RESIDENT.has(head) ? HOME : undefined;
  return undefined;
}

const withTerm = (terms: string[], term: string) => (terms.includes(term) ? terms : [...terms, term]);

/** The person whose name ends just before token k, or before their age: "Vishwanand Subryan, 23, of". */
function personNamedJustBefore(tokens: Token[], k: number, personAt: Map<number, Claim>): Claim | undefined {
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  if (/^\d+$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') j -= 2;
  return tokens[j] && j >= 0 ? personAt.get(tokens[j].end) : undefined;
}

// "spoke in Norwalk", "struck near Bireun": the word a place is governed by, through one of these.
const ROLE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const ROLE_SEPARATOR = '; ';

/**
 * The roles a mention names its place for: "spoke in Norwalk" → "spoke in"; "the Norwalk event"
 * → "event in"; "a warrant at the Norwalk apartment" → both "warrant at" and "apartment in".
 */
function rolesAt(tokens: Token[], m: Mention): string[] {
  const sentence = tokens[m.from].sentence;
  const inSentence = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  const isRoleWord = (t: Token | undefined): t is Token => !!t?.content && /^\p{Ll}/u.test(t.text);
  const roles: string[] = [];
  const prepAt = inSentence(m.from - 1)?.norm === 'the' ? m.from - 2 : m.from - 1;
  const prep = inSentence(prepAt);
  const head = inSentence(headBefore(tokens, prepAt));
  if (prep && ROLE_PREPOSITIONS.has(prep.norm) && isRoleWord(head)) roles.push(`${head.stem} ${prep.norm}`);
  // "the Norwalk event", "Stone's Fort Lauderdale home": the place says where the noun after it is.
  const before = inSentence(m.from - 1);
  const noun = inSentence(m.to);
  const determined = !!before && (DETERMINERS.has(before.norm) || /['’]s$/.test(before.text));
  if (determined && isRoleWord(noun) && !PEOPLE_NOUNS.has(noun.norm)) roles.push(`${noun.stem} in`);
  return roles;
}

// "born on March 29, 1928, in New York", "died Tuesday in Paris": a date between a word and its
// preposition is passed over.
const isDateWord = (t: Token) => /^(\d+|,|on|last|this)$/.test(t.norm) || CALENDAR.has(t.norm);
const MAX_DATE_WORDS = 6;

/** The index of the word a preposition at `prepAt` hangs from. */
function headBefore(tokens: Token[], prepAt: number): number {
  let k = prepAt - 1;
  while (k > prepAt - 1 - MAX_DATE_WORDS && tokens[k] && isDateWord(tokens[k])) k--;
  return k;
}

/**
 * The roles each mention names its place for, written as one string: only roles this source
 * gives to no other place, as "spoke in" said of two towns says of neither which one is meant.
 * A town's mentions for roles apart ("the group gathered in Norwalk", "the Norwalk event") tell
 * of two happenings there, and another report may put one of them elsewhere: each keeps the roles
 * of the mentions it shares one with, and a mention with none goes with the town's first roles.
 * A country or state, named for many things, keeps all its mentions' roles together.
 */
function rolesOf(tokens: Token[], mentions: Mention[]): Map<Mention, string> {
  const rolesByMention = new Map(mentions.map((m) => [m, rolesAt(tokens, m)]));
  const placesByRole = new Map<string, Set<string>>();
  for (const [m, roles] of rolesByMention) for (const role of roles) placesByRole.set(role, (placesByRole.get(role) ?? new Set()).add(m.id));
  const ownRoles = (m: Mention) => rolesByMention.get(m)!.filter((role) => placesByRole.get(role)!.size === 1);
  const result = new Map<Mention, string>();
  for (const ofPlace of groupBy(mentions, (m) => m.id).values()) {
    for (const part of roleParts(ofPlace, ownRoles, placeType(ofPlace[0].id) === 'city')) {
      for (const m of part.mentions) result.set(m, [...part.roles].sort().join(ROLE_SEPARATOR));
    }
  }
  return result;
}

interface RolePart {
  roles: Set<string>;
  mentions: Mention[];
}

/** One place's mentions, in parts that share no role when `apart`, else in one part; mentions without a role join the first. */
function roleParts(mentions: Mention[], ownRoles: (m: Mention) => string[], apart: boolean): RolePart[] {
  let parts: RolePart[] = [];
  const unroled: Mention[] = [];
  for (const m of mentions) {
    const own = ownRoles(m);
    const [first, ...others] = parts.filter((p) => !apart || own.some((role) => p.roles.has(role)));
    if (!own.length) unroled.push(m);
    else if (!first) parts.push({ roles: new Set(own), mentions: [m] });
    else {
      for (const role of [...own, ...others.flatMap((p) => [...p.roles])]) first.roles.add(role);
      first.mentions.push(m, ...others.flatMap((p) => p.mentions));
      parts = parts.filter((p) => !others.includes(p));
    }
  }
  parts[0]?.mentions.push(...unroled);
  return parts;
}

// A headline in title case ("Lohan Leaves Rehab In Palm Springs"): its capitals say nothing of
// what is a name.
const TITLE_CASE_SHARE = 0.7;
const MIN_TITLE_WORDS = 4;

function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= MIN_TITLE_WORDS && words.filter((t) => startsUpper(t.text)).length > TITLE_CASE_SHARE * words.length;
}

/** "at Ashgate" in a source that also says "at Ashgate Stadium" names the stadium, as a surname names a person. */
function resolveShortNames(named: Claim[]): void {
  const names = [...new Set(named.map((c) => c.value.name!))];
  for (const c of named) {
    const longer = names.find((n) => isShortFor(c.value.name!, n));
    if (longer) c.value.name = longer;
  }
}

/**
 * The mentions that name places in this source. A town's name is also a person's ("Warren",
 * "Buckley"): no city is a place where the source names a person with it as one of their names.
 * A minor town ("Bath", "Gary") is a place only if one of its mentions reads as one.
 */
function placesIn(doc: Doc, mentions: Mention[]): Mention[] {
  const cities = mentions.filter((m) => placeType(m.id) === 'city');
  if (!cities.length) return mentions;
  const personWords = new Set(peopleIn(doc).flatMap((p) => p.value.name!.split(' ').map(aliasForm)));
  const textOf = (m: Mention) => doc.tokens.slice(m.from, m.to).map((t) => aliasForm(t.text)).join(' ');
  const notPeople = new Set(cities.filter((m) => !personWords.has(textOf(m))));
  const confirmed = new Set(cities.filter((m) => notPeople.has(m) && readsAsPlace(doc.tokens, m)).map((m) => m.id));
  return mentions.filter((m) => placeType(m.id) !== 'city' || (notPeople.has(m) && (!placeEntry(m.id)!.minor || confirmed.has(m.id))));
}

// Words before a name that make it a place: "in Schenectady", "of Fort Smith".
const PLACE_BEFORE = new Set([...LOCATIVE, 'from', 'of']);
// "a Fort Smith woman": a name between an article and one of these is where someone is from.
const PEOPLE_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'resident', 'residents', 'native', 'couple', 'family', 'teen', 'teenager', 'student', 'mother', 'father']);
// "a Somerset town", "the Brownsville neighborhood": a name before one of these is a place.
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'suburb', 'neighborhood', 'neighbourhood', 'borough', 'county', 'district', 'area', 'region', 'province']);

/** Whether the words around a mention say it is a place: "in Norwalk", "Fort Smith, Ark.", "a Spiro man", "a Somerset town". */
function readsAsPlace(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.from - 1];
  const after = tokens[m.to];
  if (before && PLACE_BEFORE.has(before.norm) && before.sentence === tokens[m.from].sentence) return true;
  if (after?.text === ',' && tokens[m.to + 1]) {
    const region = placeAt(tokens, m.to + 1, tokens.length);
    if (region && placeType(region.id) !== 'city') return true;
  }
  return !!after && !!before && (SETTLEMENT_NOUNS.has(after.norm) || PEOPLE_NOUNS.has(after.norm)) && /^(a|an|the)$/.test(before.norm);
}

// "French President Emmanuel Macron": a demonym before a title still names the country. The
// country's own name is no demonym, whatever its ending: "Jordan Hale" is a name.
const isDemonym = (tokens: Token[], from: number, found: { id: string; to: number }) =>
  found.to - from === 1 && /(an|ian|ese|ish|ch|i)$/.test(tokens[from].norm) && aliasForm(tokens[from].text) !== aliasKey(placeName(found.id));

const sharedRole = (a: Claim, b: Claim): string | undefined => {
  const theirs = new Set(b.value.role?.split(ROLE_SEPARATOR));
  return a.value.role?.split(ROLE_SEPARATOR).find((role) => theirs.has(role));
};

/**
 * How two different places of the gazetteer relate, when one source names each for the same
 * role: two cities far apart conflict, a city and its country are more and less specific, two
 * cities near each other may be one within the other ("the Bronx", "New York City"). Other pairs
 * (a city and a state: which state a city is in is not known) are never compared.
 */
function relatePlaces(a: Claim, b: Claim): 'conflict' | 'compatible' | 'more-specific' | null {
  const [x, y] = [placeEntry(a.value.name!), placeEntry(b.value.name!)];
  if (!x || !y) return null;
  if (x.at && y.at) return distanceKm(x.at, y.at) > PLACE.sameAreaKm ? 'conflict' : 'compatible';
  if (x.at && x.country === b.value.name) return 'more-specific';
  if (y.at && y.country === a.value.name) return 'more-specific';
  return null;
}

/** "Ann Rusk of Denver" and "Tom Hale of Denver": the homes of two people are two facts. */
const ownedApart = (a: Claim, b: Claim) => !!a.value.owner && !!b.value.owner && a.value.owner !== b.value.owner;
const sameOwner = (a: Claim, b: Claim) => !!a.value.owner && a.value.owner === b.value.owner && !!personalRoleOf(a) && personalRoleOf(a) === personalRoleOf(b);

// Words that end the name of a settlement or a part of one ("Ozone Park", "Queens Village"); a
// name that ends in another kind of place ("Elm Street", "Kessel Valley") may lie within a town or
// hold it.
const SETTLEMENT_ENDINGS = new Set(['park', 'village']);
const namesASettlement = (id: string) => {
  const last = id.split(' ').pop()!;
  return !PLACE_NOUNS.has(last) || SETTLEMENT_ENDINGS.has(last);
};
const COMPASS_WORD = new RegExp(`^(${[...COMPASS].join('|')}) `);
/** A place's name as aliasKey writes it, whether or not the gazetteer knows it. */
const plainName = (id: string) => (id.startsWith(UNKNOWN) ? id.slice(UNKNOWN.length) : aliasKey(placeName(id)));
/** "South Richmond Hill" in "Richmond Hill": a part of a place named by its direction. */
const isPartOf = (part: string, whole: string) => plainName(part).replace(COMPASS_WORD, '') === plainName(whole);

/**
 * How two different places one person is said to live in (or to have been born in) relate. Two
 * towns of the gazetteer are as any two places; a town it does not know is another than a minor
 * town of it (which is too small to hold one) or than another unknown town, unless one is a part
 * of the other ("South Richmond Hill"). An unknown place that is no settlement ("Elm Street") or
 * a bigger town of the gazetteer ("Brooklyn") may hold the other: never compared.
 */
function relateOwnPlaces(a: Claim, b: Claim): 'conflict' | 'compatible' | 'more-specific' | null {
  const [x, y] = [a.value.name!, b.value.name!];
  const [ex, ey] = [placeEntry(x), placeEntry(y)];
  if (ex && ey) return relatePlaces(a, b);
  if ((ex && !ex.minor) || (ey && !ey.minor) || ![x, y].every((id) => placeEntry(id) || namesASettlement(id))) return null;
  return isPartOf(x, y) || isPartOf(y, x) ? 'more-specific' : 'conflict';
}

/** The reason given for each relation of two different places of the gazetteer. */
const REASONS = {
  conflict: (a: string, b: string, role: string) => `${a} vs ${b}, each named as “${role}”`,
  compatible: (a: string, b: string) => `${a} and ${b} lie near each other`,
  'more-specific': (a: string, b: string) => `one of ${a} and ${b} lies in the other`,
};

export const place: KindSpec = {
  kind: 'place',
  extract,
  entity: (claim) => `${claim.value.name!} ${claim.value.role ?? ''} ${claim.value.owner ?? ''}`,
  owner: (claim) => (personalRoleOf(claim) ? claim.value.owner : undefined),
  // One place named in two reports is one fact, whatever the words around it; a place the
  // gazetteer does not know is one when its words are, or begin, the other's ("Ashgate Stadium").
  // Two different places are one fact only where each source names its place for the same role
  // and their contexts are alike.
  // A place said of a person meets only places said of a person in the same way; two of them
  // never conflict, as a report names where several people live or were born.
  affinity: (a, b, similarity) => {
    // Bearings of one distance from one place are of one point; of two distances, only context pairs them.
    if (a.rule === BEARING_RULE) return relateIntervals(a.value.amount!, b.value.amount!) === 'conflict' ? similarity : Math.max(similarity, ALIGN.sharedRole);
    if (personalRoleOf(a) !== personalRoleOf(b) || ownedApart(a, b)) return null;
    if (a.value.name === b.value.name || isShortFor(a.value.name!, b.value.name!) || isShortFor(b.value.name!, a.value.name!) || spelledApart(a, b)) return 1;
    // One person's home, or birthplace, is one fact wherever each report puts it.
    if (sameOwner(a, b)) return relateOwnPlaces(a, b) ? Math.max(similarity, ALIGN.sharedRole) : null;
    const relation = sharedRole(a, b) && relatePlaces(a, b);
    return relation && !(relation === 'conflict' && personalRoleOf(a)) ? similarity : null;
  },
  relate: (a, b) => {
    if (a.rule === BEARING_RULE) return relateBearings(a, b);
    if (a.value.name === b.value.name) return { relation: 'equal', reason: `both name ${a.value.display}` };
    if (spelledApart(a, b)) return { relation: 'conflict', reason: `spelled ${a.value.display} vs ${b.value.display}` };
    const relation = (sameOwner(a, b) && relateOwnPlaces(a, b)) || relatePlaces(a, b);
    // Not two places of the gazetteer: a name and its short form ("Ashgate Stadium", "Ashgate").
    if (!relation) return { relation: 'compatible', reason: `${a.value.display} and ${b.value.display} name one place` };
    return { relation, reason: REASONS[relation](a.value.display, b.value.display, sharedRole(a, b) ?? '') };
  },
};

const isShortFor = (short: string, long: string) => long.startsWith(`${short} `);

/**
 * Two places the gazetteer does not know, named alike but for a typo in one word: "Paris Island"
 * and "Parris Island". A name of one word is left alone: "Bireun" and "Bireuen", "Bern" and
 * "Berne" are as often two transliterations of one town.
 */
function spelledApart(a: Claim, b: Claim): boolean {
  const [x, y] = [a.value.name!, b.value.name!];
  if (!x.startsWith(UNKNOWN) || !y.startsWith(UNKNOWN)) return false;
  const [wx, wy] = [x.slice(UNKNOWN.length).split(' '), y.slice(UNKNOWN.length).split(' ')];
  if (wx.length < 2 || wx.length !== wy.length) return false;
  const differing = wx.map((w, k) => [w, wy[k]]).filter(([v, w]) => v !== w);
  return differing.length === 1 && typoApart(differing[0][0], differing[0][1]);
}

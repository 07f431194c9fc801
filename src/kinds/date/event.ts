import type { Claim, Doc, Token } from '../../types';
import { startsUpper } from '../../text/tokens';
import { peopleIn, surnameOf } from '../person';

// Words of time say when, not what happened: "last time the pair met", "the first deaths since".
const TIME_WORDS = new Set([
  'year', 'month', 'week', 'day', 'time', 'night', 'morning', 'afternoon', 'evening', 'today', 'yesterday', 'tonight', 'ago', 'earlier',
  'later', 'last', 'next', 'first', 'hour', 'minute', 'decade', 'century', 'weekend', 'early', 'late', 'mid', 'recently', 'back', 'again',
  'local', 'season', 'quarter', 'fiscal',
]);
// Verbs of telling say who told, not what happened: "Mweb announced on 12 October", "Seacom
// announced today".
const TELLING = new Set(['announc', 'report', 'confirm', 'state', 'ad', 'note', 'tell', 'told', 'write', 'wrote', 'written']);
// The phase of a happening: "began to cast ballots at 8 a.m." and "polls closed at 8 p.m." are two moments of one vote.
const PHASES: Record<string, string> = {
  begin: 'start', began: 'start', begun: 'start', start: 'start', open: 'start', launch: 'start',
  end: 'end', close: 'end', finish: 'end', complet: 'end', conclud: 'end',
};
// After a date, a preposition starts another phrase: in "revived in 2008 under a private
// operation" the date is of the reviving, not of the operation.
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'from', 'to', 'with', 'under', 'over', 'by', 'of', 'after', 'before', 'since', 'during', 'into', 'against', 'between', 'about', 'until', 'through']);
const CLAUSE_BREAK = /^[,;:—–()“”"]$/;
const REACH = 6;

/**
 * A word that says what happened: a content word that is neither a name (capitalised inside its
 * sentence, or first and followed by another capitalised word: "Ann Keane said") nor a word of time.
 */
function isEventWord(tokens: Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k];
  const name = startsUpper(t.text) && (k > sentenceStart || startsUpper(tokens[k + 1]?.text ?? ''));
  return t.content && !TIME_WORDS.has(t.norm) && !TELLING.has(t.stem) && !name;
}

/**
 * The stems of the words of a date's own clause that say what happened then: "Voters in 2009
 * approved the bond" → voter, approv, bond. A date fronted before a comma ("In 1969, he was
 * indicted") is of the whole sentence after it: "By 2007, it was plain the plant was failing, and
 * the state shut it down" dates the shutting too.
 */
export function eventWords(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number): string[] {
  const words = new Set<string>();
  let k = from - 1;
  for (; k >= Math.max(sentenceStart, from - REACH) && !CLAUSE_BREAK.test(tokens[k].text); k--) {
    if (isEventWord(tokens, k, sentenceStart)) words.add(tokens[k].stem);
  }
  // "The fire service was called to the store, on Sunday.": a date after a comma that ends its
  // sentence is of the whole sentence before it.
  if (words.size === 0 && tokens[k]?.text === ',' && endsSentence(tokens, to, sentenceEnd)) {
    for (let j = sentenceStart; j < k; j++) if (isEventWord(tokens, j, sentenceStart)) words.add(tokens[j].stem);
    return [...words].sort();
  }
  const fronted = tokens[to]?.text === ',' && words.size === 0;
  const start = fronted ? to + 1 : to;
  const stop = fronted ? sentenceEnd : Math.min(sentenceEnd, start + REACH);
  for (let k = start; k < stop; k++) {
    if (!fronted && (CLAUSE_BREAK.test(tokens[k].text) || PREPOSITIONS.has(tokens[k].norm))) break;
    if (isEventWord(tokens, k, sentenceStart)) words.add(tokens[k].stem);
    // "On Monday, police said the man was arrested": the day of the saying, not of the arrest.
    if (SAYING_VERBS.has(tokens[k].norm) && k - start < SAYER_WORDS) break;
  }
  return [...words].sort();
}
const endsSentence = (tokens: Token[], to: number, sentenceEnd: number) => to === sentenceEnd || (to === sentenceEnd - 1 && /^[.!?]$/.test(tokens[to].text));
const SAYING_VERBS = new Set(['said', 'says', 'told', 'announced', 'stated', 'reported', 'confirmed']);
// Words of the one who speaks ("police", "the county sheriff") between a date and its verb of saying.
const SAYER_WORDS = 4;

const phasesOf = (words: string[]) => words.map((w) => PHASES[w]).filter(Boolean).sort().join(' ');

/**
 * Whether two dates are said of one happening: their clauses share a word of what happened other
 * than its phase ("the quarter ended"), and name the same phase of it.
 */
export function shareEvent(a: Claim, b: Claim): boolean {
  const [ours, theirs] = [a.value.role?.split(' ') ?? [], b.value.role?.split(' ') ?? []];
  return ours.some((w) => !PHASES[w] && !/^[@#]/.test(w) && theirs.includes(w)) && phasesOf(ours) === phasesOf(theirs);
}

// "his call with President Putin", "a blow to Obama": a person after these words is another's object.
const OBJECT_BEFORE = /\b(with|to|against|from)\s+(\p{Lu}[\p{L}.]*\s+)?$/u;

/**
 * Who a value is said of, marked "@" among its role's words ("@murphy"): the surname of the person
 * named last before it in its sentence, "Russell, a 20-year veteran", "Murphy as host for the
 * 2012 Oscars", passing over one who is an object ("his call with Putin on Monday") or whose
 * thing is spoken of ("Obama's veto on Wednesday"), or who is named inside an aside ("The vote,
 * the first Keane had lost, came on Tuesday"); none when no one is named before it.
 */
export function actorOf(doc: Doc, from: number): string | undefined {
  const { start, sentence } = doc.tokens[from];
  const text = doc.source.text;
  const sentenceStart = doc.sentences[sentence].start;
  const inAside = (p: Claim) => /,[^,]*\p{L}[^,]*\s$/u.test(text.slice(sentenceStart, p.start)) && text.slice(p.end, start).includes(',');
  const passedOver = (p: Claim) => OBJECT_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) || /['’]s/.test(text.slice(p.end - 2, p.end + 2)) || inAside(p);
  let nearest: Claim | undefined;
  for (const p of peopleIn(doc)) if (p.sentence === sentence && p.end <= start && !passedOver(p) && (!nearest || p.end > nearest.end)) nearest = p;
  return nearest?.value.name ? `@${surnameOf(nearest.value.name.split(' '))}` : undefined;
}

// "The first quake struck at 4:43 a.m.", "another blast at noon": one of several happenings.
const HAPPENING_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'another', 'previous']);

/**
 * Which of several happenings a sentence dates, marked "#" among its role's words ("#first"): an
 * ordinal before a noun ahead of the date in its sentence, "The first quake, magnitude 7.6, struck
 * at 4:43 a.m."; none when the sentence numbers nothing.
 */
export function ordinalOf(tokens: Token[], from: number, sentenceStart: number): string | undefined {
  for (let k = sentenceStart; k < from - 1; k++) {
    const next = tokens[k + 1];
    if (HAPPENING_ORDINALS.has(tokens[k].norm) && next.content && /^\p{Ll}/u.test(next.text)) return `#${tokens[k].norm}`;
  }
  return undefined;
}

const ordinalsOf = (c: Claim) => c.value.role?.split(' ').filter((w) => w.startsWith('#')).join(' ') ?? '';

/** Two dates of a sentence that numbers its happening and of one that does not, or numbers another, are two facts. */
export const differentOrdinals = (a: Claim, b: Claim) => ordinalsOf(a) !== ordinalsOf(b);

const actorsOf = (c: Claim) => c.value.role?.split(' ').filter((w) => w.startsWith('@')) ?? [];

/** Two values said of different people ("Tennant was a 28-year veteran", "Russell, a 20-year veteran") are two facts. */
export function differentActors(a: Claim, b: Claim): boolean {
  const [ours, theirs] = [actorsOf(a), actorsOf(b)];
  return ours.length > 0 && theirs.length > 0 && !ours.some((w) => theirs.includes(w));
}

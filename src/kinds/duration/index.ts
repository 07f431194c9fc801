import type { Claim, Doc, Interval, Sentence, Token } from '../../types';
import { measures, type Measure } from '../../normalise/measures';
import { MINUTES } from '../../normalise/units';
import { describeMention } from '../../normalise/numbers';
import { relateIntervals, scaleInterval } from '../../normalise/intervals';
import { makeClaim, numericAffinity, predicateStart, relateAmounts, sameValueEntity } from '../claim';
import type { KindSpec, Verdict } from '../spec';
import { formatMinutes } from './format';
import { ALIGN } from '../../thresholds';
import { isContentWord } from '../../text/context';
import { wordTable } from '../../text/word-table';
import { actorOf, differentActors, eventWords, shareEvent } from '../date/event';

// Nouns and verbs of meetings and conversations: a "two-hour discussion" and "spent two and a
// half hours talking" both give the length of the meeting.
const MEETING = new Set(['call', 'talk', 'convers', 'discuss', 'meet', 'spoke', 'speak', 'chat', 'interview', 'session', 'summit', 'negoti', 'phone', 'debat', 'hear']);

// Court reports give terms that must never be compared with each other: the sentence imposed,
// the maximum the law allows, what a party asked for, and the time served.
const TERM_VERBS = wordTable<string>({
  sentenc: 'sentence', jail: 'sentence', imprison: 'sentence', given: 'sentence', get: 'sentence', term: 'sentence',
  face: 'maximum', maximum: 'maximum', carri: 'maximum',
  // Time served is not the sentence imposed: "served four months of a six-month sentence".
  serv: 'served',
  ask: 'request', sought: 'request', seek: 'request', request: 'request', recommend: 'request', demand: 'request', urg: 'request',
});
const TERM_REACH = 6;
const COURT_TERMS = new Set(Object.values(TERM_VERBS));

/** Where the word naming a court term stands before a duration ("sentenced to", "a sentence of"), if any. */
function termAt(tokens: Token[], from: number, sentenceStart: number): number | undefined {
  for (let k = from - 1; k >= Math.max(sentenceStart, from - TERM_REACH); k--) {
    if (/^[,;:]$/.test(tokens[k].text)) return undefined;
    if (TERM_VERBS[tokens[k].stem]) return k;
  }
  return undefined;
}

function termRole(tokens: Token[], from: number, sentenceStart: number): string | undefined {
  const at = termAt(tokens, from, sentenceStart);
  return at === undefined ? undefined : TERM_VERBS[tokens[at].stem];
}

// "a reduced sentence of four and a half months" is not "a six-month sentence": a term said to be
// changed, or the one before a change, is one version of it.
const VERSIONS = new Set(['reduced', 'commuted', 'original', 'initial', 'revised', 'suspended']);
function termVersion(tokens: Token[], from: number, sentenceStart: number): string {
  const at = termAt(tokens, from, sentenceStart);
  return at !== undefined && VERSIONS.has(tokens[at - 1]?.norm ?? '') ? `|${tokens[at - 1].norm}` : '';
}

/** What a duration is the length of: a meeting, a prison term, a thing it modifies ("30-day ceasefire"), a deadline… */
function durationRole(tokens: Token[], from: number, to: number, endToken: number, sentenceStart: number): string {
  // "three years of supervised release", "two years of probation": what follows says what it is.
  // A gerund is the noun itself: "five days of rioting show…".
  if (tokens[to]?.norm === 'of' && to + 1 < endToken && isContentWord(tokens[to + 1])) {
    const last = isContentWord(tokens[to + 2] ?? tokens[to + 1]) && to + 2 < endToken && !tokens[to + 1].norm.endsWith('ing') ? tokens[to + 2] : tokens[to + 1];
    return TERM_VERBS[last.stem] ?? last.stem;
  }
  // "seeking justice 15 years after the attacks": next to a word that is no court verb, a length
  // before "after" says how long ago the attacks were, not what was sought; "sentenced to five
  // years after a trial" keeps its verb.
  const after = tokens[to]?.norm;
  const previous = tokens[from - 1];
  if ((after === 'after' || after === 'before') && previous && isContentWord(previous) && /^\p{Ll}/u.test(previous.text) && !TERM_VERBS[previous.stem]) return 'offset';
  const term = termRole(tokens, from, sentenceStart);
  // "serving a 15-year sentence": the term named is the sentence.
  const named = tokens[to - 2]?.text === '-' && to < endToken ? TERM_VERBS[tokens[to].stem] : undefined;
  if (term) return term === 'served' && named ? named : term;
  if ((after === 'in' && /^(prison|jail|custody)$/.test(tokens[to + 1]?.norm ?? '')) || (after === 'behind' && tokens[to + 1]?.norm === 'bars')) return 'sentence';
  if (after === 'ago' || after === 'later' || after === 'earlier') return after;
  // "nine days after suffering a heart attack", "nine days before the inauguration": how far apart
  // two moments are, no length of either; "for four weeks before she died" is a length.
  if ((after === 'after' || after === 'before') && tokens[from - 1]?.norm !== 'for') return 'offset';
  let k = from - 1;
  while (k >= sentenceStart && ['just', 'only', 'barely', 'a', 'the'].includes(tokens[k].norm)) k--;
  const before = tokens[k]?.norm;
  // "within 24 hours" is read with its hedge: the mention starts at "within".
  if (before === 'in' || before === 'within' || tokens[from].norm === 'within') return 'within';
  // "paroled after five years": the time served ("life without parole" names none).
  if (before === 'after') return tokens[k - 1]?.norm === 'paroled' ? 'served' : 'after';
  const hyphenated = tokens[to - 2]?.text === '-';
  const noun = to < endToken && /^\p{L}/u.test(tokens[to].norm) ? tokens[to].stem : undefined;
  // "a six-year sentence", "a two-year jail term": the noun names the court term.
  if (hyphenated && noun) return MEETING.has(noun) ? 'meeting' : (TERM_VERBS[noun] ?? noun);
  const near = [tokens[k], tokens[k - 1], tokens[to], tokens[to + 1]].filter((t) => t && t.sentence === tokens[from].sentence);
  if (near.some((t) => MEETING.has(t.stem))) return 'meeting';
  return 'length';
}

// Roles that say nothing of what is measured: "for two hours", "in 24 hours".
const GENERIC_ROLES = new Set(['length', 'within', 'after', 'ago', 'later', 'earlier', 'offset']);
// How far apart two moments are ("nine days earlier", "nine days after the attack"), no length.
const APART = new Set(['ago', 'later', 'earlier', 'offset']);
const isApart = (c: Claim) => APART.has(c.value.name ?? '');
const isWindow = (c: Claim) => c.value.name === 'within';

/** The words of a duration's clause that say what lasted, as a date's (value.role): "the riots lasted five days" → riot. */
function whatHappened(doc: Doc, from: number, to: number, sentence: Sentence): { role?: string } {
  const words = eventWords(doc.tokens, from, to, sentence.firstToken, sentence.endToken);
  const actor = actorOf(doc, from);
  if (actor) words.push(actor);
  return words.length ? { role: words.join(' ') } : {};
}

/**
 * "eight hours of battery life, up from five hours before": the length a thing had before, which
 * measures what the length before it in the sentence does.
 */
function earlierValueOf(doc: Doc, from: number, previous: Claim | undefined): Claim | undefined {
  const [change, link] = [doc.tokens[from - 2]?.norm, doc.tokens[from - 1]?.norm];
  return previous && link === 'from' && (change === 'up' || change === 'down') && previous.sentence === doc.tokens[from].sentence ? previous : undefined;
}

const [DAY, MONTH, YEAR] = [MINUTES.day, MINUTES.month, MINUTES.year];

/** "the 15th anniversary of the attacks": 15 years after them, as far apart as "15 years after the attacks". */
const isAnniversary = (doc: Doc, { mention, unit }: Measure) => mention.ordinal === true && unit.unit === 'count' && doc.tokens[unit.end]?.norm === 'anniversary';

function extract(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  for (const measure of measures(doc)) {
    const { mention } = measure;
    const anniversary = isAnniversary(doc, measure);
    const unit = anniversary ? { ...measure.unit, kind: 'duration' as const, unit: 'min', factor: YEAR, end: measure.unit.end + 1 } : measure.unit;
    // "a zero-day flaw", "zero hour": a length of nothing names a kind of thing or a moment.
    if (unit.kind !== 'duration' || mention.amount.max === 0) continue;
    const sentence = doc.sentences[doc.tokens[mention.start].sentence];
    const amount = scaleInterval(mention.amount, unit.factor);
    const role = anniversary ? 'offset' : earlierValueOf(doc, mention.start, claims[claims.length - 1])?.value.name ?? durationRole(doc.tokens, mention.start, unit.end, sentence.endToken, sentence.firstToken);
    // "two-hour discussion", "30-day ceasefire": the noun a duration modifies is part of the claim.
    const to = role !== 'within' && doc.tokens[unit.end - 2]?.text === '-' && /^\p{L}/u.test(doc.tokens[unit.end]?.norm ?? '') && unit.end < sentence.endToken ? unit.end + 1 : unit.end;
    claims.push(makeClaim(doc, {
      kind: 'duration', from: unit.start, spanFrom: predicateStart(doc, unit.start), to, rule: `duration/${role}`,
      value: { amount, unit: 'min', name: role, ...whatHappened(doc, mention.start, to, sentence), display: describeMention(mention, (n) => formatMinutes(n * unit.factor)) },
      // A prison term, a maximum and a request are never one fact, whatever their values.
      key: `duration|${COURT_TERMS.has(role) ? `${role}${termVersion(doc.tokens, mention.start, sentence.firstToken)}` : ''}`,
    }));
  }
  return claims;
}

const whole = (n: number | null, size: number) => n !== null && n > 0 && Math.abs(n / size - Math.round(n / size)) < 1e-9;

/** A length in whole months or years as the days it may be: a month is 28 to 31 days, a year 365 or 366. */
function inDays(i: Interval): Interval | null {
  if (i.min !== i.max || !whole(i.min, MONTH)) return null;
  const [short, long] = whole(i.min, YEAR) ? [365 * DAY, 366 * DAY] : [28 * DAY, 31 * DAY];
  const n = Math.round(i.min! / (whole(i.min, YEAR) ? YEAR : MONTH));
  return { min: n * short, max: n * long, exact: false };
}

/** How two lengths relate; "90 days" and "three months", "365 days" and "a year", are one length. */
function relateDurations(a: Claim, b: Claim): Verdict {
  const verdict = relateAmounts(a, b);
  const [x, y] = [a.value.amount!, b.value.amount!];
  const calendar = verdict.relation === 'conflict' ? (inDays(x) && !inDays(y) ? relateIntervals(inDays(x)!, y) : inDays(y) && !inDays(x) ? relateIntervals(x, inDays(y)!) : null) : null;
  return calendar && calendar !== 'conflict' ? { relation: 'compatible', reason: `${a.value.display} and ${b.value.display}: months and years are not all the same length` } : verdict;
}

const durationAffinity = numericAffinity((c) => (GENERIC_ROLES.has(c.value.name ?? '') ? 0 : ALIGN.sharedRole));

/** How many times the larger of two lengths is the smaller, at their closest: "60 days" and "15 years" are 91 apart. */
function spread(a: Claim, b: Claim): number {
  const [x, y] = [a.value.amount!, b.value.amount!];
  const low = Math.min(x.max ?? Infinity, y.max ?? Infinity);
  const high = Math.max(x.min ?? 0, y.min ?? 0);
  return low > 0 ? high / low : Infinity;
}

/**
 * A length two reports of one event seldom give by chance: an exact figure of at least
 * ALIGN.rareFigure of its unit ("for 35 days", "a 45-minute meeting"). "Two years" recurs.
 */
function isRareLength(c: Claim): boolean {
  const written = /\d[\d,]*/.exec(c.text)?.[0];
  return !!c.value.amount?.exact && !isApart(c) && written !== undefined && Number(written.replace(/,/g, '')) >= ALIGN.rareFigure;
}

export const duration: KindSpec = {
  kind: 'duration',
  eventBound: true,
  extract,
  relate: relateDurations,
  // "killed eight days ago" and "protests over the past eight days": how long ago a moment was and
  // how long something lasted are two facts of one report, whatever their values.
  entity: (c) => `${sameValueEntity(c)}|${isApart(c) ? 'apart' : ''}`,
  // Two equal lengths of one named thing (a sentence, a ceasefire); "for six years" names none.
  restates: (a, b) => a.key === b.key && a.value.name === b.value.name && !GENERIC_ROLES.has(a.value.name ?? '') && relateDurations(a, b).relation === 'equal',
  affinity(a, b, similarity) {
    // A generic role ("in more than a decade", "in half a day") says nothing of what is measured:
    // such durations conflict only on a close context, like values that name nothing.
    const generic = GENERIC_ROLES.has(a.value.name ?? '') || GENERIC_ROLES.has(b.value.name ?? '');
    const { relation } = relateDurations(a, b);
    const conflict = relation === 'conflict';
    // A window ("the third school hit within 24 hours") bounds how close two moments were: no length
    // of anything, nor another window's bound in conflict with it.
    if (conflict && (differentActors(a, b) || isApart(a) !== isApart(b) || isWindow(a) || isWindow(b))) return null;
    // …and only when they say alike what lasted: the names of a story are in all its sentences.
    if (generic && conflict) return similarity >= ALIGN.conflictUnnamed && shareEvent(a, b) ? similarity : null;
    // Reports that disagree on one length disagree by a little: lengths far apart that share only
    // a role ("eight years of tax returns", another candidate's "33 years of returns") are two.
    if (conflict && similarity < ALIGN.conflict && spread(a, b) > ALIGN.roleConflictSpread) return null;
    // A court gives terms to several people and for several counts: two reports' terms sharing
    // nothing but the kind of term are two terms, not one told two ways.
    if (conflict && COURT_TERMS.has(a.value.name ?? '') && similarity < ALIGN.conflictSharedContext) return null;
    if (isRareLength(a) && isRareLength(b) && relation === 'equal') return Math.max(similarity, ALIGN.sharedNoun);
    // "over the eight year span" names nothing of what lasted, as a value that names nothing: the
    // very same length as another report's "eight years of tax returns" counts for something.
    if (generic && !isApart(a) && !isApart(b) && a.value.name !== b.value.name && relation === 'equal') return Math.max(similarity, ALIGN.sharedNoun);
    return durationAffinity(a, b, similarity);
  },
};

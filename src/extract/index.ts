import type { Claim, Doc, Sentence, Token } from '../types';
import { isHeadline } from '../kinds/person/names';
import { KINDS, kindSpec } from '../kinds';
import { periodOf } from '../normalise/dates';
import { STOPWORDS } from '../text/context';
import { groupBy } from '../collections';

/** Runs every kind's extractor on a source and settles overlaps between value kinds. */
export function extractClaims(doc: Doc): Claim[] {
  const kept: Claim[] = [];
  const stamps = stampEnds(doc);
  const inStamp = (c: Claim) => c.end <= (stamps.get(c.sentence) ?? -1);
  // A value inside another's span ("the 19 Sept. 11 hijackers") modifies it, and both stand.
  const clashes = (c: Claim, claim: Claim) => c.start < claim.end && claim.start < c.end && !(claim.start < c.start && c.end < claim.end);
  for (const spec of KINDS) {
    const taken = spec.eventBound ? kept.filter(isValueClaim) : [];
    for (const claim of spec.extract(doc)) {
      if (!inStamp(claim) && !taken.some((c) => clashes(c, claim))) kept.push(claim);
    }
  }
  anchorEvents(doc, kept);
  setClocks(kept);
  addNamesToContext(doc, kept);
  return kept;
}

/**
 * "Published May 21, 2025", "Updated 14:05": when a report went out, no fact of the event. Two
 * outlets publishing a day apart would diverge on it, and its numbers are no counts. "UPDATE:
 * 9 p.m. -- The spokesman said …" stamps an added paragraph up to its dash. By sentence: the
 * offset where its stamp ends.
 */
function stampEnds(doc: Doc): Map<number, number> {
  const ends = new Map<number, number>();
  for (const s of doc.sentences) {
    const [first, second, third] = doc.tokens.slice(s.firstToken, s.firstToken + 3);
    const sentenceEnd = doc.tokens[s.endToken - 1].end;
    if (STAMP_WORDS.has(first.norm) || ((first.norm === 'last' || first.norm === 'first') && STAMP_WORDS.has(second?.norm ?? ''))) ends.set(s.index, sentenceEnd);
    else if (first.norm === 'update' && second?.text === ':' && /^\d/.test(third?.text ?? '')) {
      const dash = doc.tokens.slice(s.firstToken, s.endToken).find((t) => /^[-—–]+$/.test(t.text) && /\s/.test(doc.source.text[t.start - 1]));
      ends.set(s.index, dash?.start ?? sentenceEnd);
    }
  }
  return ends;
}
const STAMP_WORDS = new Set(['published', 'updated', 'posted']);

/**
 * A value in a sentence that names another calendar date than the report's main one belongs to
 * that other event: "on March 18 … they spoke for about 2 hours" is not the length of Monday's
 * call. The main dates are those of the first sentence that gives one ("Tuesday, Sept. 3");
 * weekdays and relative dates never anchor, since reports use them for the days around the event.
 * A date anchors the values after it in its sentence, and those before it in its own clause:
 * in "turnout at 61.3 percent, up from 48 percent in the 2016 referendum, when 57 percent…" the
 * 48 and the 57 are 2016's, the 61.3 is not. Of several dates, the nearest wins.
 */
function anchorEvents(doc: Doc, claims: Claim[]): void {
  const dates = claims.filter((c) => c.kind === 'date');
  const name = (d: Claim) => d.value.display.toLowerCase();
  const main = new Set(dates.filter((d) => d.sentence === dates[0].sentence).map(name));
  const anchors = dates.filter((d) => isAnchor(d) && !main.has(name(d)));
  const text = doc.source.text;
  const between = (d: Claim, c: Claim) => (d.start < c.start ? text.slice(d.end, c.start) : text.slice(c.end, d.start));
  const sameClause = (d: Claim, c: Claim) => !CLAUSE_BREAK.test(between(d, c));
  const reaches = (d: Claim, c: Claim) => d.sentence === c.sentence && (d.start < c.start || sameClause(d, c));
  const carried = carriedAnchors(doc, dates, anchors);
  const distance = (d: Claim, c: Claim) => Math.abs(d.start - c.start);
  for (const claim of claims) {
    if (!kindSpec(claim.kind).eventBound) continue;
    const reaching = anchors.filter((d) => reaches(d, claim) && !boundsLength(d, claim, text));
    // "hit in 2002, as well as the tsunami that killed 168,000 in 2004": a date of the value's own clause wins.
    const own = reaching.filter((d) => sameClause(d, claim));
    const nearest = (own.length ? own : reaching).reduce<Claim | undefined>((best, d) => (!best || distance(d, claim) < distance(best, claim) ? d : best), undefined) ?? carried.get(claim.sentence);
    if (nearest) claim.event = periodOf(nearest.value.display);
  }
  dateRestatements(claims);
}

/**
 * "serving a 12-year sentence imposed in 1997" … "Imposing a sentence of 12 years": a value the
 * report gives again in a sentence that dates nothing (by its kind's rule, restates) is of the
 * event it was dated to, if only one.
 */
function dateRestatements(claims: Claim[]): void {
  const dated = claims.filter((c) => c.event);
  for (const claim of claims) {
    const restates = kindSpec(claim.kind).restates;
    if (claim.event || !restates) continue;
    const events = new Set(dated.filter((c) => c.kind === claim.kind && restates(c, claim)).map((c) => c.event));
    if (events.size === 1) claim.event = [...events][0];
  }
}

const CLAUSE_BREAK = /[,;:—–]/;

/**
 * "The quake struck at 7:48 a.m., 75 kilometers west of Manokwari" and "The first quake struck at
 * 4:43 a.m., about 135 kilometers from Manokwari": a value takes the time of day its sentence
 * gives (the nearest, of several), which tells two happenings of one story apart.
 */
function setClocks(claims: Claim[]): void {
  const times = groupBy(
    claims.filter((c) => c.rule === 'date/time' && /^\d\d:\d\d$/.test(c.value.name ?? '')),
    (t) => t.sentence,
  );
  if (!times.size) return;
  const minutes = (t: Claim) => Number(t.value.name!.slice(0, 2)) * 60 + Number(t.value.name!.slice(3));
  const distance = (t: Claim, c: Claim) => Math.abs(t.start - c.start);
  for (const claim of claims) {
    const own = kindSpec(claim.kind).eventBound ? times.get(claim.sentence) : undefined;
    if (own) claim.clock = minutes(own.reduce((best, t) => (distance(t, claim) < distance(best, claim) ? t : best)));
  }
}

/**
 * "From Dec. 22 through Jan. 25 — for 35 days —": dates that bound a span give the length its
 * period, not another event's: the length stays comparable with one that names no dates.
 */
const SPAN_BOUND = /\b(from|through|until|till|to|between|and)\s+$/i;
function boundsLength(d: Claim, c: Claim, text: string): boolean {
  return c.kind === 'duration' && (d.rule.startsWith('date/year-range') || SPAN_BOUND.test(text.slice(Math.max(0, d.start - 10), d.start)));
}

/**
 * "In April last year an 8.6-magnitude quake struck… Five people died in the quake": a sentence
 * that names no date of its own and refers back ("the quake") to what the sentence before it
 * dated to another event is of that event: "died in the quake", "hurt during the riot", where
 * the anchor's clause names the noun referred to.
 */
const CIRCUMSTANCE = new Set(['in', 'during', 'after', 'by', 'since', 'before', 'following']);

function carriedAnchors(doc: Doc, dates: Claim[], anchors: Claim[]): Map<number, Claim> {
  const dated = new Set(dates.map((d) => d.sentence));
  const carried = new Map<number, Claim>();
  for (const anchor of anchors) {
    const next = doc.sentences[anchor.sentence + 1];
    if (!next || dated.has(next.index)) continue;
    const happening = new Set(anchor.value.role?.split(' '));
    for (let k = next.firstToken + 2; k < next.endToken; k++) {
      const [before, article, noun] = [doc.tokens[k - 2], doc.tokens[k - 1], doc.tokens[k]];
      if (CIRCUMSTANCE.has(before.norm) && article.norm === 'the' && happening.has(noun.stem)) carried.set(next.index, anchor);
    }
  }
  return carried;
}

const ANCHORING_RULES = new Set(['date/month-day', 'date/month-day-year', 'date/day-month', 'date/day-month-year', 'date/month-year', 'date/month', 'date/year', 'date/year-modifier', 'date/year-range']);
// "last year's final", "last month": another period than the event's.
const OTHER_PERIOD = /^(last|next) (month|year)$/;

/**
 * A date that ties its sentence's values to its own event; a deadline ("report by Aug. 1", rule
 * date/…/deadline) does not, a period's start does ("since 2019, when 11 people died").
 */
const isAnchor = (d: Claim) => ANCHORING_RULES.has(d.rule.replace(/\/since$/, '')) || OTHER_PERIOD.test(d.value.display.toLowerCase());

/**
 * The people, places and game clock of a sentence say what its values are about ("Carter scored
 * in the 88th minute", "45-36 with 13:41 to play"), however far from the value they stand: they
 * join the context of its value claims. So do the other names it writes, of teams, firms and
 * models ("Harbridge United", "a 2013 Toyota Camry").
 */
function addNamesToContext(doc: Doc, claims: Claim[]): void {
  const names = new Map<number, string[]>();
  const add = (sentence: number, name: string) => {
    const list = names.get(sentence) ?? [];
    list.push(name);
    names.set(sentence, list);
  };
  for (const c of claims) {
    const name = contextName(c);
    if (name) add(c.sentence, name);
  }
  const people = claims.filter((c) => c.kind === 'person' || c.kind === 'place');
  for (const s of doc.sentences) {
    for (const [from, to] of namesOfThings(doc, s)) {
      if (!people.some((c) => c.start < doc.tokens[to - 1].end && doc.tokens[from].start < c.end)) add(s.index, `name:${doc.tokens.slice(from, to).map((t) => t.norm).join(' ')}`);
    }
  }
  for (const c of claims) {
    if (isValueClaim(c)) c.context = [...c.context, ...new Set(names.get(c.sentence))];
  }
}

/** Runs [from, to) of two to four capitalised words, outside headlines, whose capitals say nothing. */
function namesOfThings(doc: Doc, s: Sentence): Array<[number, number]> {
  if (isHeadline(doc.tokens, s)) return [];
  const runs: Array<[number, number]> = [];
  const isCapitalised = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text);
  for (let i = s.firstToken; i < s.endToken; i++) {
    let j = i;
    while (j < s.endToken && isCapitalised(doc.tokens[j])) j++;
    // "The Harbridge" opens a sentence: its article is no part of the name.
    const from = i === s.firstToken && STOPWORDS.has(doc.tokens[i].norm) ? i + 1 : i;
    if (j - from >= 2 && j - from <= MAX_THING_NAME_WORDS) runs.push([from, j]);
    i = j;
  }
  return runs;
}
const MAX_THING_NAME_WORDS = 4;

/** "person:carter", "place:named:aoraki", "clock:13:41 left": how a name joins a value's context. */
function contextName(c: Claim): string | undefined {
  if (c.kind === 'person' || c.kind === 'place') return `${c.kind}:${c.value.name!.toLowerCase()}`;
  return c.key === 'date|clock' ? `clock:${c.value.display.toLowerCase()}` : undefined;
}

const isValueClaim = (c: Claim) => c.kind === 'date' || kindSpec(c.kind).eventBound === true;

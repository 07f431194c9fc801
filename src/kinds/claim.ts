import type { Claim, ClaimValue, Doc, KindName, Token } from '../types';
import { ALIGN } from '../thresholds';
import { isContentWord, isTitleLine, windowTerms } from '../text/context';
import { relateIntervals } from '../normalise/intervals';
import { countSharedTerms } from '../collections';
import type { Verdict } from './spec';

export interface ClaimParts {
  kind: KindName;
  /** Tokens [from, to) of the claim. */
  from: number;
  to: number;
  value: ClaimValue;
  key: string;
  rule: string;
  /** Context terms; by default the content words around the claim. */
  context?: string[];
  /** First token of the span when it starts before the value: its predicate ("asked for"). */
  spanFrom?: number;
}

/** Builds a claim whose span is exactly the text of its tokens. */
export function makeClaim(doc: Doc, parts: ClaimParts): Claim {
  const first = doc.tokens[parts.spanFrom ?? parts.from];
  const last = doc.tokens[parts.to - 1];
  const sentence = doc.tokens[parts.from].sentence;
  const claim: Claim = {
    source: doc.source.id,
    kind: parts.kind,
    start: first.start,
    end: last.end,
    text: doc.source.text.slice(first.start, last.end),
    value: parts.value,
    sentence,
    key: parts.key,
    context: parts.context ?? windowTerms(doc, parts.from, parts.to, ALIGN.window),
    event: '',
    rule: parts.rule,
  };
  if (isTitleLine(doc, sentence)) claim.title = true;
  return claim;
}

/** The compare rule of every numeric kind: how the two amounts relate, shown side by side. */
export function relateAmounts(a: Claim, b: Claim): Verdict {
  const relation = relateIntervals(a.value.amount!, b.value.amount!);
  return { relation, reason: relation === 'equal' ? `both ${a.value.display}` : `${a.value.display} vs ${b.value.display}` };
}

/** A value repeated in one source (headline and body) is one mention group, not two facts. */
export const sameValueEntity = (c: Claim) => `${c.key}|${c.value.amount?.min}|${c.value.amount?.max}|${c.event}`;

/** "points of will artino" may be "points" whose owner is not said, never "points of seth vandeest". */
const ownerless = (x: string, y: string) => x.startsWith(`${y} of `) || y.startsWith(`${x} of `);

/**
 * Affinity of two numeric claims. `value.name` says what they measure (an outcome, a counted noun,
 * a duration's role): measuring the same named thing is evidence (`shared`) that they state one
 * fact; measuring different things, they may still agree if their contexts match, but never
 * conflict.
 */
export function numericAffinity(shared: (c: Claim) => number, sameName: (a: Claim, b: Claim) => boolean = (a, b) => a.value.name === b.value.name) {
  return (a: Claim, b: Claim, similarity: number): number | null => {
    const x = a.value.name;
    const y = b.value.name;
    if (x && y && sameName(a, b)) return Math.max(similarity, shared(a), shared(b));
    const { relation } = relateAmounts(a, b);
    // Only one of them says whose it is: the same thing, perhaps, but not enough to conflict.
    if (x && y && ownerless(x, y)) return relation === 'conflict' ? null : Math.max(similarity, shared(a), shared(b));
    // One side does not say what it measures ("the 62-year-old"): its context has to, and only a
    // close one may make a conflict, on more than one shared term, one of them a word (a high
    // cosine on shared names, "Trump", "Romney", is chance: a poll names them all). The very same
    // value still counts for something.
    if (!x || !y) {
      if (relation === 'conflict') return similarity >= ALIGN.conflictUnnamed && sayAlikeWhat(a, b) ? similarity : null;
      return relation === 'equal' ? Math.max(similarity, ALIGN.sharedNoun) : similarity;
    }
    // Two different things named ("ballots counted", "the vote"): only their context pairs them,
    // and at a discount, so a pair that names one thing wins.
    return relation === 'conflict' ? null : similarity * ALIGN.namedApart;
  };
}

/** Whether two contexts share enough terms, one of them a word rather than a name, to say alike what they measure. */
const sayAlikeWhat = (a: Claim, b: Claim) =>
  countSharedTerms(a.context, b.context) >= ALIGN.conflictUnnamedTerms && countSharedTerms(a.context, b.context, (t) => !NAME_TERM.test(t)) >= 1;
const NAME_TERM = /^(person|place|name):/;

const PREDICATE_PREPOSITIONS = new Set(['to', 'for', 'at', 'of', 'by']);

/**
 * Where a value's span starts once its predicate is included: "asked for nine years", "voted
 * 29-to-16", "turnout at 61.3 percent". The predicate says what the value is, for the reader.
 */
export function predicateStart(doc: Doc, from: number): number {
  const { firstToken } = doc.sentences[doc.tokens[from].sentence];
  const before = doc.tokens[from - 1];
  if (from - 1 < firstToken || !before) return from;
  const word = doc.tokens[from - 2];
  // A predicate is a lower-case word: "on Thursday to seven years" must not swallow the date.
  const isPredicate = (t: Token) => isContentWord(t) && /^\p{Ll}/u.test(t.text);
  // "fell 12 percent to $4.1 billion": a word that ends another value is no predicate.
  const endsValue = /^\d/.test(doc.tokens[from - 3]?.norm ?? '');
  if (PREDICATE_PREPOSITIONS.has(before.norm) && from - 2 >= firstToken && isPredicate(word) && !endsValue) return from - 2;
  return isPredicate(before) && /(ed|ing)$/.test(before.norm) ? from - 1 : from;
}

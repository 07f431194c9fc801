import type { Claim, Doc, Token } from '../../types';
import { measures } from '../../normalise/measures';
import { describeMention } from '../../normalise/numbers';
import { scaleInterval } from '../../normalise/intervals';
import { makeClaim, relateAmounts, sameValueEntity } from '../claim';
import type { KindSpec } from '../spec';
import { formatMinutes } from './format';
import { ALIGN } from '../../thresholds';

// Nouns and verbs of meetings and conversations: a "two-hour discussion" and "spent two and a
// half hours talking" both give the length of the meeting.
const MEETING = new Set(['call', 'talk', 'convers', 'discuss', 'meet', 'spoke', 'speak', 'chat', 'interview', 'session', 'summit', 'negoti', 'phone', 'debat', 'hear']);

/** What a duration is the length of: a meeting, a thing it modifies ("30-day ceasefire"), a deadline… */
function durationRole(tokens: Token[], from: number, to: number, endToken: number, sentenceStart: number): string {
  const after = tokens[to]?.norm;
  if (after === 'ago' || after === 'later' || after === 'earlier') return after;
  let k = from - 1;
  while (k >= sentenceStart && ['just', 'only', 'barely', 'a', 'the'].includes(tokens[k].norm)) k--;
  const before = tokens[k]?.norm;
  if (before === 'in' || before === 'within') return 'within';
  if (before === 'after') return 'after';
  const hyphenated = tokens[to - 2]?.text === '-';
  const noun = to < endToken && /^\p{L}/u.test(tokens[to].norm) ? tokens[to].stem : undefined;
  if (hyphenated && noun) return MEETING.has(noun) ? 'meeting' : noun;
  const near = [tokens[k], tokens[k - 1], tokens[to], tokens[to + 1]].filter((t) => t && t.sentence === tokens[from].sentence);
  if (near.some((t) => MEETING.has(t.stem))) return 'meeting';
  return 'length';
}

// Roles that say nothing of what is measured: "for two hours", "in 24 hours".
const GENERIC_ROLES = new Set(['duration|length', 'duration|within', 'duration|after', 'duration|ago', 'duration|later', 'duration|earlier']);

function extract(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  for (const { mention, unit } of measures(doc)) {
    if (unit.kind !== 'duration') continue;
    const sentence = doc.sentences[doc.tokens[mention.start].sentence];
    const amount = scaleInterval(mention.amount, unit.factor);
    const role = durationRole(doc.tokens, mention.start, unit.end, sentence.endToken, sentence.firstToken);
    // "two-hour discussion", "30-day ceasefire": the noun a duration modifies is part of the claim.
    const to = role !== 'within' && doc.tokens[unit.end - 2]?.text === '-' && /^\p{L}/u.test(doc.tokens[unit.end]?.norm ?? '') && unit.end < sentence.endToken ? unit.end + 1 : unit.end;
    claims.push(
      makeClaim(doc, {
        kind: 'duration', from: unit.start, to, rule: `duration/${role}`,
        value: { amount, unit: 'min', display: describeMention(mention, (n) => formatMinutes(n * unit.factor)) },
        key: `duration|${role}`,
      }),
    );
  }
  return claims;
}

export const duration: KindSpec = {
  kind: 'duration',
  eventBound: true,
  extract,
  relate: relateAmounts,
  entity: sameValueEntity,
  affinity: (a, _b, similarity) => (GENERIC_ROLES.has(a.key) ? similarity : Math.max(similarity, ALIGN.sharedRole)),
};

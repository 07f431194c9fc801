import type { Claim, Doc } from '../../types';
import { measures, type Measure } from '../../normalise/measures';
import { describeMention, formatNumber } from '../../normalise/numbers';
import { scaleInterval } from '../../normalise/intervals';
import { makeClaim, relateAmounts, sameValueEntity } from '../claim';
import { ALIGN } from '../../thresholds';
import type { KindSpec } from '../spec';
import { countedNoun, outcome, passivePredicate } from './roles';

const CURRENCY_PREFIX: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

function formatter(unit: string, noun?: string, label?: string): (n: number) => string {
  if (label) return (n) => `${formatNumber(n)} ${label}`;
  if (unit in CURRENCY_PREFIX) return (n) => `${CURRENCY_PREFIX[unit]}${formatNumber(n)}`;
  if (unit === 'percent') return (n) => `${formatNumber(n)}%`;
  if (unit === 'age') return (n) => `age ${formatNumber(n)}`;
  if (unit === 'count') return (n) => (noun ? `${formatNumber(n)} ${noun}` : formatNumber(n));
  return (n) => `${formatNumber(n)} ${unit}`;
}

// A year on its own ("in 2022") is a date, and a bare number with nothing counted is too vague
// to compare.
const isBareYear = (m: Measure, noun: unknown) => !noun && m.mention.value >= 1800 && m.mention.value <= 2100 && Number.isInteger(m.mention.value);

function toClaim(doc: Doc, m: Measure): Claim | null {
  const { mention, unit } = m;
  const sentence = doc.sentences[doc.tokens[mention.start].sentence];
  const counted = unit.unit === 'count' ? countedNoun(doc.tokens, unit.end, sentence.endToken) : { end: unit.end };
  if (unit.unit === 'count' && isBareYear(m, counted.noun)) return null;
  const passive = passivePredicate(doc.tokens, counted.end, sentence.endToken);
  const result = outcome(doc.tokens, mention.start, passive.end, sentence.firstToken, sentence.endToken);
  const what = result ?? counted.noun?.stem ?? passive.verb?.stem ?? '-';
  if (unit.unit === 'count' && what === '-') return null;
  const amount = scaleInterval(mention.amount, unit.factor);
  return makeClaim(doc, {
    kind: 'quantity',
    from: unit.start,
    to: Math.max(counted.end, passive.end),
    rule: `quantity/${unit.unit}${result ? '/outcome' : ''}`,
    value: { amount, unit: unit.unit, display: describeMention(mention, formatter(unit.unit, counted.noun?.norm, unit.label)) },
    key: `quantity|${unit.unit}|${unit.unit === 'count' || unit.unit === 'age' ? what : ''}`,
  });
}

export const quantity: KindSpec = {
  kind: 'quantity',
  eventBound: true,
  extract(doc) {
    return measures(doc)
      .filter((m) => m.unit.kind === 'quantity')
      .map((m) => toClaim(doc, m))
      .filter((c): c is Claim => c !== null);
  },
  relate: relateAmounts,
  entity: sameValueEntity,
  // One outcome of the event (the dead, the injured) is usually counted once: sharing it is
  // evidence enough to compare. A shared noun ("roads") only supports agreeing values.
  affinity: (a, _b, similarity) => Math.max(similarity, a.rule.endsWith('/outcome') ? ALIGN.sharedRole : ALIGN.sharedNoun),
};

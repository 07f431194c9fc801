import type { Relation } from '../../types';
import { STOPWORDS } from '../../text/context';

export interface Wording {
  relation: Relation;
  /** Share of the shorter quote's content words found in the other: 0 to 1. */
  overlap: number;
  reason: string;
}

const isSub = (short: string[], long: string[]) => {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
};

/** Verbatim, trimmed (one quote is a run of the other), reworded, with the words that differ. */
export function compareWording(a: string[], b: string[]): Wording {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (a.join(' ') === b.join(' ')) return { relation: 'equal', overlap: 1, reason: 'verbatim' };
  const content = (ws: string[]) => new Set(ws.filter((w) => !STOPWORDS.has(w)));
  const [cs, cl] = [content(short), content(long)];
  const shared = [...cs].filter((w) => cl.has(w)).length;
  const overlap = cs.size ? shared / cs.size : 0;
  if (isSub(short, long)) return { relation: 'compatible', overlap: Math.max(overlap, 0.5), reason: `trimmed: “${short.join(' ')}” is part of the longer quote` };
  const onlyA = a.filter((w) => !b.includes(w) && !STOPWORDS.has(w));
  const onlyB = b.filter((w) => !a.includes(w) && !STOPWORDS.has(w));
  return { relation: 'reworded', overlap, reason: `reworded: −${onlyA.join(' ') || '∅'} / +${onlyB.join(' ') || '∅'}` };
}

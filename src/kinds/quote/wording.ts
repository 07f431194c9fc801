import type { Relation } from '../../types';
import { STOPWORDS } from '../../text/context';

export interface Wording {
  relation: Relation;
  /**
   * How sure we are that the two are one remark, 0 to 1: verbatim 1; a trimmed quote of two words
   * or more from 0.7 up; a reworded one by the share of its content words found in the other,
   * discounted below three shared words ("stop" alone makes no remark).
   */
  likeness: number;
  reason: string;
}

const WORDS_FOR_CERTAINTY = 3;

const isSub = (short: string[], long: string[]) => {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
};

/**
 * Verbatim, trimmed (one quote is a run of the other), reworded, with the words that differ. The
 * reason is worked out only when read: alignment compares many pairs and shows none of them.
 */
export function compareWording(a: string[], b: string[]): Wording {
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (a.length === b.length && isSub(a, b)) return { relation: 'equal', likeness: 1, reason: 'verbatim' };
  const content = (ws: string[]) => new Set(ws.filter((w) => !STOPWORDS.has(w)));
  const cs = content(short);
  const cl = content(long);
  const shared = [...cs].filter((w) => cl.has(w)).length;
  const certainty = Math.min(1, shared / WORDS_FOR_CERTAINTY);
  if (isSub(short, long)) {
    // "very well" inside "I believe it went very well"; a single word ("bloodbath") proves little.
    const likeness = short.length >= 2 ? 0.6 + 0.1 * Math.min(short.length, 4) : certainty;
    return {
      relation: 'compatible',
      likeness,
      get reason() {
        return `trimmed: “${short.join(' ')}” is part of the longer quote`;
      },
    };
  }
  const overlap = cs.size ? shared / cs.size : 0;
  const onlyIn = (x: string[], y: string[]) => x.filter((w) => !y.includes(w) && !STOPWORDS.has(w)).join(' ') || '∅';
  return {
    relation: 'reworded',
    likeness: overlap * certainty,
    get reason() {
      return `reworded: −${onlyIn(a, b)} / +${onlyIn(b, a)}`;
    },
  };
}

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

/** At most one word in this many may differ for a quote to be another's words nearly verbatim. */
const WORDS_PER_EDIT = 3;

/** Likeness of a quote found verbatim inside a longer one: from two words, 0.8 up; one word proves little. */
const trimmedLikeness = (words: number, certainty: number) => (words >= 2 ? 0.6 + 0.1 * Math.min(words, 4) : certainty);

/**
 * The fewest words to add, drop or change to make `short` a run of `long` (an edit distance over
 * words, free to start and end anywhere in `long`): "raw murderous act" is one word from "a
 * murderous act", "I am peace" one from "I am at peace".
 */
function editsToRun(short: string[], long: string[]): number {
  let prev = new Array<number>(long.length + 1).fill(0);
  for (let i = 1; i <= short.length; i++) {
    const cur = [i];
    for (let j = 1; j <= long.length; j++) cur[j] = Math.min(prev[j - 1] + (short[i - 1] === long[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return Math.min(...prev);
}

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
    const likeness = trimmedLikeness(short.length, certainty);
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
  // A misquote: the words of a run of the other, one in three at most changed.
  const edits = short.length >= WORDS_PER_EDIT && shared ? editsToRun(short, long) : Infinity;
  const nearly = edits <= short.length / WORDS_PER_EDIT ? trimmedLikeness(short.length, certainty) * (1 - edits / short.length) : 0;
  return {
    relation: 'reworded',
    likeness: Math.max(overlap * certainty, nearly),
    get reason() {
      return `reworded: −${onlyIn(a, b)} / +${onlyIn(b, a)}`;
    },
  };
}

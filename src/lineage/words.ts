import { numberOf } from '../collections';

/**
 * A text's words as lineage compares them: each word as the id of its lower-case form without
 * punctuation (ids shared by every text of a run), and where it stands. Typed arrays, not an object
 * per word: a thousand reports hold a million words.
 */
export interface WordList {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

// Letters and digits, keeping the punctuation inside a word ("2,300", "U.S.", "town’s",
// "flood-hit") as part of it so that dropping it later leaves one word, not two. Sticky, and
// tested where a word may start rather than executed: a million words make no match arrays.
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/uy;
const INNER_PUNCTUATION = /[.,'’-]/;
const PUNCTUATION = /[^\p{L}\p{N}]/gu;

/** Whether a word may start at i: an ASCII letter or digit, or any character beyond ASCII. */
function mayStartWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || text.charCodeAt(i) >= 128;
}

/**
 * The words of a text, ignoring case and punctuation; `vocabulary` numbers each form once, and
 * `known` remembers the number of each word as written, so a word met again is not lower-cased
 * again (both shared by every text of a run).
 */
export function words(text: string, vocabulary: Map<string, number>, known = new Map<string, number>()): WordList {
  const [ids, starts, ends]: number[][] = [[], [], []];
  for (let start = 0; start < text.length; ) {
    WORD.lastIndex = start;
    if (!mayStartWord(text, start) || !WORD.test(text)) {
      start++;
      continue;
    }
    const end = WORD.lastIndex;
    const written = text.slice(start, end);
    let id = known.get(written);
    if (id === undefined) {
      // Most words hold no punctuation: only those are searched for it.
      id = numberOf(vocabulary, INNER_PUNCTUATION.test(written) ? written.toLowerCase().replace(PUNCTUATION, '') : written.toLowerCase());
      known.set(written, id);
    }
    ids.push(id);
    starts.push(start);
    ends.push(end);
    start = end;
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

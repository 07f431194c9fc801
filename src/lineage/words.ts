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
// "flood-hit") as part of it so that dropping it later leaves one word, not two.
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
const INNER_PUNCTUATION = /[.,'’-]/;
const PUNCTUATION = /[^\p{L}\p{N}]/gu;

/** The words of a text, ignoring case and punctuation; `vocabulary` numbers each form once. */
export function words(text: string, vocabulary: Map<string, number>): WordList {
  const [ids, starts, ends]: number[][] = [[], [], []];
  for (const m of text.matchAll(WORD)) {
    // Most words hold no punctuation: only those are searched for it.
    const form = INNER_PUNCTUATION.test(m[0]) ? m[0].toLowerCase().replace(PUNCTUATION, '') : m[0].toLowerCase();
    ids.push(numberOf(vocabulary, form));
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

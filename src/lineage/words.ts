import type { Range } from '../types';

/** A word as lineage compares it: lower case with its punctuation dropped, and where it stands. */
export interface Word extends Range {
  norm: string;
}

// Letters and digits, keeping the punctuation inside a word ("2,300", "U.S.", "town’s",
// "flood-hit") as part of it so that dropping it later leaves one word, not two.
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, ignoring case and punctuation, with their offsets. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: m[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
  }));
}

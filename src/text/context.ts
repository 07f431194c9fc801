import type { Doc, Token } from '../types';
import { lastAtOrBefore } from './search';

export { STOPWORDS } from './stopwords';

export const isContentWord = (t: Token) => t.content;

/** True when the token ends a clause: the context of a value does not cross it. */
const isClauseBreak = (t: Token) => /^[;:—–()“”"]$/.test(t.text) || t.norm === 'while' || t.norm === 'whereas';

/** Stems of the content words within `width` tokens of [start, end), inside one clause. */
export function windowTerms(doc: Doc, start: number, end: number, width: number): string[] {
  const { firstToken, endToken } = doc.sentences[doc.tokens[start].sentence];
  const terms: string[] = [];
  for (let i = start - 1, n = 0; i >= firstToken && n < width && !isClauseBreak(doc.tokens[i]); i--, n++) {
    if (isContentWord(doc.tokens[i])) terms.push(doc.tokens[i].stem);
  }
  for (let i = end, n = 0; i < endToken && n < width && !isClauseBreak(doc.tokens[i]); i++, n++) {
    if (isContentWord(doc.tokens[i])) terms.push(doc.tokens[i].stem);
  }
  // An exact-size copy: a pushed-to array keeps room for 17, and every claim keeps its context.
  return terms.slice();
}

/** Whether a sentence is the first line of its report and a heading: no full stop ends it. */
export const isTitleLine = (doc: Doc, sentence: number) => sentence === 0 && !/[.!?…]['"”’)\]]*$/.test(doc.tokens[doc.sentences[0].endToken - 1].text);

/** Stems of the content words of a whole sentence. */
export function sentenceTerms(doc: Doc, sentence: number): string[] {
  const { firstToken, endToken } = doc.sentences[sentence];
  return doc.tokens.slice(firstToken, endToken).filter(isContentWord).map((t) => t.stem);
}

/** Index of the token that starts at or covers the given offset. */
export function tokenAt(doc: Doc, offset: number): number {
  return lastAtOrBefore(doc.tokens.length, (i) => doc.tokens[i].start, offset);
}

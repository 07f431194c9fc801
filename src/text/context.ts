import type { Doc, Token } from '../types';
import { lastAtOrBefore } from './search';

// Function words carry no meaning for alignment ("the", "was", "said").
export const STOPWORDS = new Set(
  (
    'a an the and or but if then of to in on at by for with from into onto over under about as ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'who whom whose which what when where why how not no nor so than too very just also only even ' +
    'said says say told according s t up out off all any both each more most other some such own same ' +
    'after before while during since until again further once against near within without across'
  ).split(' '),
);

export const isContentWord = (t: Token) => t.norm.length > 1 && !STOPWORDS.has(t.norm) && /^\p{L}/u.test(t.norm);

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

/** Stems of the content words of a whole sentence. */
export function sentenceTerms(doc: Doc, sentence: number): string[] {
  const { firstToken, endToken } = doc.sentences[sentence];
  return doc.tokens.slice(firstToken, endToken).filter(isContentWord).map((t) => t.stem);
}

/** Index of the token that starts at or covers the given offset. */
export function tokenAt(doc: Doc, offset: number): number {
  return lastAtOrBefore(doc.tokens.length, (i) => doc.tokens[i].start, offset);
}

import type { Doc, Sentence, Source, Token } from '../types';
import { splitSentences } from './sentences';
import { sentenceTokens } from './tokens';

export { normaliseWord, stem } from './tokens';

/** Cuts a source into sentences and tokens once; every later stage reads these. */
export function analyse(source: Source): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const span of splitSentences(source.text)) {
    const index = sentences.length;
    const firstToken = tokens.length;
    for (const t of sentenceTokens(source.text, span, index)) tokens.push(t);
    sentences.push({ ...span, index, firstToken, endToken: tokens.length });
  }
  return { source, sentences, tokens };
}

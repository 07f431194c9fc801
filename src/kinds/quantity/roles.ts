import type { Token } from '../../types';
import { STOPWORDS } from '../../text/context';

// What happened to the people or things counted. Counts of different outcomes are different
// facts, never a divergence: 41 killed and 12 injured.
const OUTCOMES: Record<string, string> = {
  kill: 'dead', dead: 'dead', die: 'dead', died: 'dead', death: 'dead', fatal: 'dead', live: 'dead', bodi: 'dead', toll: 'dead',
  injur: 'injured', wound: 'injured', hurt: 'injured', hospit: 'injured',
  miss: 'missing', unaccount: 'missing',
  arrest: 'arrested', detain: 'arrested',
  evacu: 'evacuated', displac: 'evacuated', homeless: 'evacuated',
  rescu: 'rescued',
};

/** The outcome named near a count ("were killed", "death toll"), if any. */
export function outcome(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number): string | undefined {
  for (let i = to; i < Math.min(sentenceEnd, to + 5); i++) {
    if (/^[,;:—]$/.test(tokens[i].text)) break;
    const found = OUTCOMES[tokens[i].stem];
    if (found) return found;
  }
  for (let i = from - 1; i >= Math.max(sentenceStart, from - 4); i--) {
    if (/^[,;:—]$/.test(tokens[i].text)) break;
    const found = OUTCOMES[tokens[i].stem];
    if (found) return found;
  }
  return undefined;
}

/**
 * The noun counted: the last word of the word run after the number ("two small villages" →
 * village), skipping "of" after a vague amount ("dozens of people").
 */
export function countedNoun(tokens: Token[], from: number, sentenceEnd: number): { noun?: Token; end: number } {
  let i = from;
  if (tokens[i]?.norm === 'of') i++;
  let noun: Token | undefined;
  for (let n = 0; i < sentenceEnd && n < 3; i++, n++) {
    const t = tokens[i];
    if (!/^\p{L}/u.test(t.norm) || STOPWORDS.has(t.norm)) break;
    noun = t;
  }
  return noun ? { noun, end: i } : { end: from };
}

// "were launched", "was intercepted", "had been arrested": a passive right after an elided count.
export function passivePredicate(tokens: Token[], from: number, sentenceEnd: number): { verb?: Token; end: number } {
  let i = from;
  if (!['were', 'was', 'are', 'is', 'been', 'had', 'have', 'has'].includes(tokens[i]?.norm ?? '')) return { end: from };
  while (i < sentenceEnd && ['were', 'was', 'are', 'is', 'been', 'had', 'have', 'has', 'being', 'reportedly', 'also'].includes(tokens[i].norm)) i++;
  const verb = tokens[i];
  return verb && i < sentenceEnd && /(ed|en|wn)$/.test(verb.norm) ? { verb, end: i + 1 } : { end: from };
}

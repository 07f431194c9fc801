import type { Claim, Doc, Token } from '../../types';
import { ALIGN } from '../../thresholds';
import { isContentWord, tokenAt } from '../../text/context';
import { makeClaim } from '../claim';
import type { KindSpec } from '../spec';
import { compareWording } from './wording';
import { peopleIn } from '../person';

const OPEN = new Set(['“', '"', '«']);
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
// Verbs of saying: the person next to one of them is the speaker.
const SAYING = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'posted', 'wrote', 'declared', 'insisted', 'warned', 'asked', 'quoted', 'claimed', 'described', 'according']);

/** Quoted passages, one claim per sentence inside the quotation marks. */
function quotedSpans(doc: Doc): Array<[number, number]> {
  const text = doc.source.text;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.has(text[i])) continue;
    const close = text.indexOf(CLOSE[text[i]], i + 1);
    if (close < 0) break;
    // A straight quote that opens after a letter is an inch mark or apostrophe, not a quotation.
    if (!(text[i] === '"' && /\p{L}/u.test(text[i - 1] ?? ''))) spans.push([i + 1, close]);
    i = close;
  }
  return spans;
}

function speakerNear(doc: Doc, people: Claim[], sentence: number): string {
  const inSentence = people.filter((p) => p.sentence === sentence);
  const { firstToken, endToken } = doc.sentences[sentence];
  const says = doc.tokens.slice(firstToken, endToken).filter((t) => SAYING.has(t.norm));
  let best: Claim | undefined;
  let bestDistance = Infinity;
  for (const p of inSentence) {
    for (const t of says) {
      const d = Math.abs(t.start - p.end);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best?.value.name ?? '';
}

function extractWith(doc: Doc, people: Claim[]): Claim[] {
  const claims: Claim[] = [];
  for (const [start, end] of quotedSpans(doc)) {
    if (end <= start) continue;
    const first = tokenAt(doc, start);
    for (let s = doc.tokens[first].sentence; s < doc.sentences.length && doc.sentences[s].start < end; s++) {
      const sentence = doc.sentences[s];
      const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter((t) => t.start >= start && t.end <= end);
      const words = tokens.filter((t: Token) => /^[\p{L}\d]/u.test(t.norm));
      if (!words.length) continue;
      const from = doc.tokens.indexOf(tokens[0], sentence.firstToken);
      const speaker = speakerNear(doc, people, s);
      claims.push(
        makeClaim(doc, {
          kind: 'quote', from, to: from + tokens.length, rule: 'quote/quotation-marks',
          value: { name: speaker || undefined, words: words.map((t) => t.norm), display: tokens.map((t) => t.text).join(' ') },
          key: 'quote',
          context: words.filter(isContentWord).map((t) => t.stem),
        }),
      );
    }
  }
  return claims;
}

export const quote: KindSpec = {
    kind: 'quote',
    extract: (doc) => extractWith(doc, peopleIn(doc)),
    affinity(a, b, similarity) {
      if (a.value.name && b.value.name && a.value.name !== b.value.name) return null;
      const wording = compareWording(a.value.words!, b.value.words!);
      return wording.overlap >= ALIGN.quote ? Math.max(similarity, wording.overlap) : null;
    },
    relate(a, b) {
      const w = compareWording(a.value.words!, b.value.words!);
      return { relation: w.relation, reason: w.reason };
    },
};

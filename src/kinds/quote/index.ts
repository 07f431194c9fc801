import type { Claim, Doc, Sentence, Token } from '../../types';
import { ALIGN } from '../../thresholds';
import { isContentWord, tokenAt } from '../../text/context';
import { expandContraction } from '../../text/tokens';
import { makeClaim } from '../claim';
import type { KindSpec } from '../spec';
import { compareWording } from './wording';
import { GENERATION, peopleIn } from '../person';
import { groupBy } from '../../collections';
import { remarks, reportedSpeech, SAYING, type Quotation } from './remarks';


/**
 * The person nearest a verb of saying in a sentence. People and verbs are both in text order, so
 * the verb nearest each person is found by moving one cursor forward: a sentence of thousands of
 * quotes and names ("… Smith said “yes” and Smith said …") stays linear.
 */
function speakerNear(people: Claim[], says: Token[]): string {
  let best: Claim | undefined;
  let bestDistance = Infinity;
  let k = 0;
  for (const p of people) {
    while (k + 1 < says.length && says[k + 1].start <= p.end) k++;
    for (const t of says.slice(k, k + 2)) {
      const d = Math.abs(t.start - p.end);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best?.value.name ?? '';
}

/** Whether a token lies wholly inside one of a remark's passages. */
const insideOf = (remark: Quotation[]) => (t: Token) => remark.some(([start, end]) => start <= t.start && t.end <= end);

/** Tokens [from, to) of a sentence from the first to the last that lies wholly inside one of a remark's passages. */
function tokensInside(doc: Doc, sentence: Sentence, remark: Quotation[]): [number, number] {
  const inside = insideOf(remark);
  let from = Math.max(sentence.firstToken, tokenAt(doc, remark[0][0]));
  while (from < sentence.endToken && !inside(doc.tokens[from])) from++;
  let to = sentence.endToken;
  while (to > from && !inside(doc.tokens[to - 1])) to--;
  return [from, to];
}

/** The speaker of each sentence, found once per sentence however many quotes it holds. */
function speakers(doc: Doc, people: Claim[]): (sentence: number) => string {
  const bySentence = groupBy(people, (p) => p.sentence);
  const found = new Map<number, string>();
  return (s) => {
    let speaker = found.get(s);
    if (speaker === undefined) {
      const { firstToken, endToken } = doc.sentences[s];
      const says = doc.tokens.slice(firstToken, endToken).filter((t) => SAYING.has(t.norm));
      found.set(s, (speaker = speakerNear(bySentence.get(s) ?? [], says)));
    }
    return speaker;
  };
}

/**
 * The speaker of a quotation: named in the sentence where it opens, or else where it ends ("``It's
 * hard to say.⏎Everything is speculation,'' he said.").
 */
function speakerOfQuotation(doc: Doc, speakerOf: (sentence: number) => string, start: number, end: number): string {
  return speakerOf(doc.tokens[tokenAt(doc, start)].sentence) || speakerOf(doc.tokens[tokenAt(doc, end - 1)].sentence);
}

function extractWith(doc: Doc, people: Claim[]): Claim[] {
  const claims: Claim[] = [];
  const speakerOf = speakers(doc, people);
  const read: Array<[Quotation[], string]> = [...remarks(doc).map((r): [Quotation[], string] => [r, 'quote/quotation-marks']), ...reportedSpeech(doc).map((r): [Quotation[], string] => [[r], 'quote/reported'])];
  for (const [remark, rule] of read) {
    const [start, end] = [remark[0][0], remark[remark.length - 1][1]];
    const first = tokenAt(doc, start);
    const inside = insideOf(remark);
    const speaker = speakerOfQuotation(doc, speakerOf, start, end);
    for (let s = doc.tokens[first].sentence; s < doc.sentences.length && doc.sentences[s].start < end; s++) {
      const [from, to] = tokensInside(doc, doc.sentences[s], remark);
      const tokens = doc.tokens.slice(from, to);
      const words = tokens.filter((t: Token) => /^[\p{L}\d]/u.test(t.norm) && inside(t));
      if (!words.length) continue;
      claims.push(
        makeClaim(doc, {
          kind: 'quote', from, to, rule,
          value: { name: speaker || undefined, words: words.flatMap((t) => expandContraction(t.norm)), display: doc.source.text.slice(tokens[0].start, tokens[tokens.length - 1].end) },
          key: 'quote',
          context: words.filter(isContentWord).map((t) => t.stem),
        }),
      );
    }
  }
  return claims;
}

/**
 * "Herbert Flynn" and "Herbert Flynn Jr": one name is the other's first words; "Hillary Clinton"
 * and "Hillary Rodham Clinton", "Roy Moore" and "Roy S. Moore": the other's first and last words,
 * with middle names or initials left out, and "Roger J. Stone Jr." and "Roger Stone": "Jr." too.
 */
function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = (name: string) => name.split(' ').filter((w) => !GENERATION.test(w));
  return long === short || long.startsWith(`${short} `) || withoutMiddleNames(words(short), words(long));
}

function withoutMiddleNames(short: string[], long: string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 1;
  for (const w of long.slice(1, -1)) if (w === short[k] && k < short.length - 1) k++;
  return k === short.length - 1;
}

/**
 * A long quote found nearly word for word in another is one remark whoever each report names as
 * its speaker: the speaker read off the sentence wrongly is likelier than two people saying it.
 */
const isLongVerbatim = (a: Claim, b: Claim, likeness: number) =>
  likeness >= ALIGN.quoteVerbatim && Math.min(a.value.words!.length, b.value.words!.length) >= ALIGN.quoteVerbatimWords;

export const quote: KindSpec = {
  kind: 'quote',
  extract: (doc) => extractWith(doc, peopleIn(doc)),
  affinity(a, b, similarity) {
    // No content word in common: no remark in common, and no need to compare wordings.
    if (similarity === 0) return null;
    const wording = compareWording(a.value.words!, b.value.words!);
    if (wording.likeness < ALIGN.quote) return null;
    if (sameSpeaker(a.value.name, b.value.name)) return wording.likeness;
    // Discounted, so that a pairing whose speakers agree wins.
    return isLongVerbatim(a, b, wording.likeness) ? wording.likeness * ALIGN.namedApart : null;
  },
  relate: (a, b) => compareWording(a.value.words!, b.value.words!),
  alignedByWording: true,
};

import type { Doc } from '../../types';
import { STOPWORDS, tokenAt } from '../../text/context';
import { quotationsOf, type Quotation } from '../../text/quotations';

export type { Quotation };

/** Verbs of saying: the person next to one of them is the speaker. */
export const SAYING = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'posted', 'wrote', 'declared', 'insisted', 'warned', 'asked', 'quoted', 'claimed', 'described', 'according', 'called', 'explained']);

/** An attribution that interrupts a quotation ("…,” the judge said, “…") is this many words at most. */
const MAX_INTERRUPTION_WORDS = 8;

/** An ellipsis inside a quotation marks words left out: the words either side are two runs of the speaker's. */
const ELLIPSIS = /\.(?:\s?\.){2}|…/g;

/** A quotation's passages either side of each ellipsis, those with a word in them. */
function runsOf(text: string, [start, end]: Quotation): Quotation[] {
  const runs: Quotation[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(ELLIPSIS)) {
    runs.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  runs.push([from, end]);
  return runs.filter(([a, b]) => /[\p{L}\d]/u.test(text.slice(a, b)));
}

/**
 * Whether passage `b` goes on with passage `a`'s sentence after a short attribution: "He is a
 * shadow of his former self," the judge said, "an old man brought to bay." The first ends on a
 * comma, the words between hold a verb of saying, and the second opens in lower case.
 */
function continues(doc: Doc, a: Quotation, b: Quotation): boolean {
  const text = doc.source.text;
  const between = text.slice(a[1], b[0]);
  const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return (
    /,\W*$/.test(text.slice(a[0], a[1]) + between.slice(0, 2)) &&
    /^\p{Ll}/u.test(text.slice(b[0], b[1]).trimStart()) &&
    words.length <= MAX_INTERRUPTION_WORDS &&
    words.some((w) => SAYING.has(w.toLowerCase().replace(/\W+$/, ''))) &&
    doc.tokens[tokenAt(doc, a[1] - 1)].sentence === doc.tokens[tokenAt(doc, b[0])].sentence
  );
}

/**
 * The remarks of a document: each the passages of one run of a speaker's words, in text order. A
 * quotation is cut at its ellipses, and a quotation interrupted by its attribution is one remark.
 */
export function remarks(doc: Doc): Quotation[][] {
  const out: Quotation[][] = [];
  for (const run of quotationsOf(doc).flatMap((q) => runsOf(doc.source.text, q))) {
    const last = out[out.length - 1];
    if (last && continues(doc, last[last.length - 1], run)) last.push(run);
    else out.push([run]);
  }
  return out;
}

/** Words between a verb of saying and the "that" of its reported clause: "told reporters that". */
const MAX_WORDS_BEFORE_THAT = 2;
/** A reported clause of fewer words says too little to be one remark. */
const MIN_REPORTED_WORDS = 4;

/**
 * Remarks in reported speech: "the fire chief explained that the blaze began outside", the clause
 * after a verb of saying and "that", to its sentence's end or first break. Another report may
 * quote the same words in quotation marks. A clause holding quotation marks is left to those.
 */
export function reportedSpeech(doc: Doc): Quotation[] {
  const out: Quotation[] = [];
  for (const { firstToken, endToken } of doc.sentences) {
    out.push(...wordsCalled(doc, firstToken, endToken));
    for (let i = firstToken + 1; i < endToken; i++) {
      if (!SAYING.has(doc.tokens[i].norm)) continue;
      const that = doc.tokens.slice(i + 1, i + 2 + MAX_WORDS_BEFORE_THAT).findIndex((t) => t.norm === 'that' || !/^[\p{L}]/u.test(t.text));
      if (that < 0 || doc.tokens[i + 1 + that].norm !== 'that') continue;
      let to = i + 2 + that;
      while (to < endToken && !/^[;:—–(]$/.test(doc.tokens[to].text)) to++;
      const clause = doc.tokens.slice(i + 2 + that, to).filter((t) => /^[\p{L}\d]/u.test(t.text));
      const text = doc.source.text.slice(clause[0]?.start ?? 0, clause.at(-1)?.end ?? 0);
      if (clause.length >= MIN_REPORTED_WORDS && !/["“”«»]|``|''/.test(text)) out.push([clause[0].start, clause[clause.length - 1].end]);
      break;
    }
  }
  return out;
}

/** A phrase after "what he called" is at least this many words. */
const MIN_CALLED_WORDS = 2;

/**
 * "what he called politically motivated charges": someone's own words, set in the sentence
 * without quotation marks. Another report may quote them.
 */
function wordsCalled(doc: Doc, firstToken: number, endToken: number): Quotation[] {
  const t = doc.tokens;
  const out: Quotation[] = [];
  for (let i = firstToken + 2; i < endToken; i++) {
    if (t[i - 2].norm !== 'what' || !/^(called|calls|termed|dubbed)$/.test(t[i].norm) || !/^\p{L}/u.test(t[i - 1].text)) continue;
    // "what she called a witch hunt against her": the noun phrase, to the first function word.
    const from = /^(a|an|the)$/.test(t[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    let to = from;
    while (to < endToken && /^[\p{L}\d'’-]/u.test(t[to].text) && !STOPWORDS.has(t[to].norm)) to++;
    const words = t.slice(from, to);
    const text = doc.source.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0);
    if (words.length >= MIN_CALLED_WORDS && !/["“”«»]|``|''/.test(text)) out.push([words[0].start, words[words.length - 1].end]);
  }
  return out;
}

import type { Doc } from '../../types';
import { tokenAt } from '../../text/context';
import { quotationsOf, type Quotation } from '../../text/quotations';

export type { Quotation };

/** Verbs of saying: the person next to one of them is the speaker. */
export const SAYING = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'posted', 'wrote', 'declared', 'insisted', 'warned', 'asked', 'quoted', 'claimed', 'described', 'according', 'called']);

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

import type { Doc } from '../types';
import { lastAtOrBefore } from './search';

/**
 * Quoted passages: [start, end) offsets of the text between a pair of quotation marks, marks
 * left out. Read once per document by the quote kind (its claims) and the statement kind (which
 * leaves quoted words to the quote kind).
 */
export type Quotation = [number, number];

/** Double marks: curly, guillemets, the ``old style'' of typewriters and TeX, and straight ones. */
const DOUBLE_OPEN = ['“', '«', '``'];
const DOUBLE_CLOSE = ['”', '»', "''"];
/**
 * A passage in single marks is a quotation from this many words: British reports quote speech so
 * ('We will rebuild,' she said), while a word or two is a term set apart (the so-called ‘deal’).
 */
const MIN_SINGLE_QUOTED_WORDS = 3;
/** An opening mark whose close is further than this many line breaks away opened nothing. */
const MAX_QUOTED_LINES = 8;

type Family = 'double' | 'single';
interface Mark {
  at: number;
  length: number;
  family: Family;
  opens: boolean;
  closes: boolean;
}

const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);
const isSpaceOrEnd = (c: string | undefined) => c === undefined || /[\s)\]}.,;:!?—–-]/.test(c);

/**
 * A mark's family and whether it can open or close a passage. A straight or single mark opens
 * after a space and before a word, and closes after a word or a stop and before a space or a stop:
 * the apostrophe of "it's" and the inch mark of 6'2" do neither.
 */
function markAt(text: string, i: number): Mark | null {
  const two = text.slice(i, i + 2);
  if (DOUBLE_OPEN.includes(two)) return { at: i, length: 2, family: 'double', opens: true, closes: false };
  if (DOUBLE_CLOSE.includes(two)) return { at: i, length: 2, family: 'double', opens: false, closes: true };
  const c = text[i];
  if (DOUBLE_OPEN.includes(c)) return { at: i, length: 1, family: 'double', opens: true, closes: false };
  if (DOUBLE_CLOSE.includes(c)) return { at: i, length: 1, family: 'double', opens: false, closes: true };
  if (c !== '"' && c !== "'" && c !== '‘' && c !== '’') return null;
  const before = text[i - 1];
  const after = text[i + 1];
  const opens = c !== '’' && isSpaceOrStart(before) && after !== undefined && /[\p{L}\d"'‘“…]/u.test(after) && (c !== "'" || /\p{L}/u.test(after));
  const closes = c !== '‘' && isSpaceOrEnd(after) && before !== undefined && /[\p{L}\d.,!?…”'"’]/u.test(before);
  if (!opens && !closes) return null;
  return { at: i, length: 1, family: c === '"' ? 'double' : 'single', opens, closes };
}

/** The characters a mark starts with: the text between them is skipped by one native search. */
const MARK_START = /[“«`”»"'‘’]/g;

function* marks(text: string): Generator<Mark> {
  const candidates = new RegExp(MARK_START);
  for (let c = candidates.exec(text); c; c = candidates.exec(text)) {
    const mark = markAt(text, c.index);
    if (!mark) continue;
    yield mark;
    candidates.lastIndex = c.index + mark.length;
  }
}

const lineEndAfter = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};
const lineBreaksIn = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * The quoted passages of a text. A passage runs from an opening mark to the next closing mark of
 * its family, over several lines if need be (a quotation of several sentences, one per line);
 * single marks inside double ones are quoted quotes. A new opening mark while one is open means
 * the open passage ends with its line: a paragraph that opens a quotation the previous one left
 * open continues it ("…the roof.⏎“It then spread…”"), and a double mark inside single ones shows
 * the single one was an apostrophe. An opening mark left unclosed quotes the rest of its line.
 */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open: Mark | null = null;
  const keep = (from: number, to: number, family: Family) => {
    if (to > from && (family === 'double' || wordCount(text.slice(from, to)) >= MIN_SINGLE_QUOTED_WORDS)) out.push([from, to]);
  };
  const closeAtLineEnd = (m: Mark) => keep(m.at + m.length, lineEndAfter(text, m.at), m.family);
  for (const mark of marks(text)) {
    if (open && mark.family === open.family && mark.closes) {
      if (lineBreaksIn(text, open.at, mark.at) > MAX_QUOTED_LINES) closeAtLineEnd(open);
      else keep(open.at + open.length, mark.at, open.family);
      open = null;
    } else if (open && mark.opens && (mark.family === open.family || open.family === 'single')) {
      closeAtLineEnd(open);
      open = mark;
    } else if (!open && mark.opens) open = mark;
  }
  if (open) closeAtLineEnd(open);
  return out;
}

const byDoc = new WeakMap<Doc, Quotation[]>();

/** The quotations of a document's text, read once however many kinds ask. */
export function quotationsOf(doc: Doc): Quotation[] {
  let found = byDoc.get(doc);
  if (!found) byDoc.set(doc, (found = quotations(doc.source.text)));
  return found;
}

/** Whether a text offset lies inside one of a document's quotations, which stand in text order and never overlap. */
export function isInQuotation(doc: Doc, offset: number): boolean {
  const quotations = quotationsOf(doc);
  const [start, end] = quotations[lastAtOrBefore(quotations.length, (i) => quotations[i][0], offset)] ?? [0, 0];
  return start <= offset && offset < end;
}

import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js');
import { baseForm } from './irregular-verbs';
import type { Span, Token } from '../types';
import { ABBREVIATIONS } from './sentences';
import plainLetters from './plain-letters.json';
import { STOPWORDS } from './stopwords';

// A word (letters, inner apostrophes and dots as in "U.S."), a number (inner , and .), or one
// other visible character: every character but white space starts a token. Sticky, and tested
// rather than executed, so the million tokens of a thousand reports make no match arrays.
const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*\.?|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/uy;

/** Whether the character at i is white space (\s), ASCII settled without a pattern. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]);
}

// "U.S.", "p.m.", "Sept.", an initial "F.": the full stop is part of the word.
const isAbbreviation = (word: string) =>
  /\.\p{L}+\.$/u.test(word) || /^\p{Lu}\.$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());

/** Whether a word starts with a capital; ASCII is settled without a pattern (asked of every token). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/** Whether a word starts with a digit, settled without a pattern (asked of every token). */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Lower case without accents: Nuñez and NUNEZ, Østby and Ostby are one spelling. */
export function foldCase(text: string): string {
  // Only non-ASCII text needs decomposing; the first normalize() loads ICU's tables.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(UNDECOMPOSED, (c) => PLAIN_LETTERS[c]);
}

// Letters that decomposing leaves whole, and the letters English text writes for them (the
// gazetteer's aliases are folded with the same table, scripts/build-gazetteer.mjs).
const PLAIN_LETTERS: Record<string, string> = plainLetters;
const UNDECOMPOSED = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'g');

export function normaliseWord(word: string): string {
  return foldCase(word)
    .replace(/['’]s$/, '')
    .replace(/’/g, "'");
}

/**
 * A word's written, normal and stemmed forms, shared by every occurrence of the word: a thousand
 * reports of one event repeat their words, and one string per word (not per token) keeps memory
 * flat. Bounded, so an endless stream of new words cannot grow it without limit.
 */
type WordForms = Pick<Token, 'text' | 'norm' | 'stem' | 'content'>;
const forms = new Map<string, WordForms>();
const MAX_FORMS = 200_000;

/** A content word carries meaning for alignment: a word of letters, not a function word ("the", "said"). */
const isContent = (norm: string) => norm.length > 1 && !STOPWORDS.has(norm) && /^\p{L}/u.test(norm);

function wordForms(word: string): WordForms {
  let f = forms.get(word);
  if (!f) {
    const norm = normaliseWord(word.replace(/\.$/, ''));
    f = { text: word, norm, stem: stem(norm), content: isContent(norm) };
    if (forms.size < MAX_FORMS) forms.set(word, f);
  }
  return f;
}

const stemCache = new Map<string, string>();
// "would've", "didn't", "they're": how a spoken contraction is written out, so that two outlets'
// transcripts of one remark ("would have", "would've") read alike. A lone "'s" may be "is", "has"
// or a possessive, and "'d" "had" or "would": both are left as written.
const CONTRACTED = [
  [/^(\p{L}+)'ve$/u, 'have'],
  [/^(\p{L}+)'ll$/u, 'will'],
  [/^(\p{L}+)'re$/u, 'are'],
  [/^(\p{L}+)'m$/u, 'am'],
] as const;
const NEGATED_FORMS: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' };

/** A normalised word with its contraction written out: "would've" → would have, "didn't" → did not. */
export function expandContraction(norm: string): string[] {
  if (norm in NEGATED_FORMS) return [NEGATED_FORMS[norm], 'not'];
  if (/^\p{L}+n't$/u.test(norm)) return [norm.slice(0, -3), 'not'];
  for (const [form, full] of CONTRACTED) {
    const m = form.exec(norm);
    if (m) return [m[1], full];
  }
  return [norm];
}

export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    // "fell" and "falling", "struck" and "strikes": an irregular past is stemmed as its base.
    s = /^\p{L}+$/u.test(norm) ? PorterStemmer.stem(baseForm(norm)) : norm;
    if (stemCache.size < MAX_FORMS) stemCache.set(norm, s);
  }
  return s;
}

/** The tokens of a stretch of text: their word forms, and the offsets of each. */
interface Shape {
  forms: WordForms[];
  starts: number[];
  ends: number[];
}

function shapeOf(text: string, from: number, to: number): Shape {
  const shape: Shape = { forms: [], starts: [], ends: [] };
  for (let start = from; start < to; ) {
    if (isSpace(text, start)) {
      start++;
      continue;
    }
    TOKEN.lastIndex = start;
    // Every other character matches; a defect in that promise skips one rather than loop.
    if (!TOKEN.test(text)) {
      start++;
      continue;
    }
    let end = TOKEN.lastIndex;
    // A trailing dot belongs to the word only for abbreviations such as "U.S." or "Sept.".
    if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !isAbbreviation(text.slice(start, end))) end--;
    end = Math.min(end, to);
    shape.forms.push(wordForms(text.slice(start, end)));
    shape.starts.push(start);
    shape.ends.push(end);
    start = end;
  }
  return shape;
}

/** The tokens of a shape, its offsets moved by `offset`, all given one sentence index. */
function tokensOf({ forms, starts, ends }: Shape, offset: number, sentence: number): Token[] {
  const tokens: Token[] = [];
  for (let k = 0; k < forms.length; k++) {
    const { text, norm, stem: stemmed, content } = forms[k];
    tokens.push({ start: starts[k] + offset, end: ends[k] + offset, text, norm, stem: stemmed, content, sentence });
  }
  return tokens;
}

/** The tokens of text[from, to), all given one sentence index. */
export function tokenize(text: string, from = 0, to = text.length, sentence = 0): Token[] {
  return tokensOf(shapeOf(text, from, to), 0, sentence);
}

/**
 * Sentences read once, by their text: syndicated copy repeats whole sentences (the bench's
 * thousand reports of one event hold 245 distinct ones among 34,000). Bounded, like word forms.
 */
const shapes = new Map<string, Shape>();
const MAX_SHAPES = 5_000;

/**
 * The tokens of one sentence of a text, as tokenize() reads them in place: a sentence met before
 * is not read again, its tokens are placed at its offset. One that does not end at white space or
 * at the end of the text is read in place, since a token could run on past it.
 */
export function sentenceTokens(text: string, span: Span, sentence: number): Token[] {
  if (span.end < text.length && !isSpace(text, span.end)) return tokenize(text, span.start, span.end, sentence);
  let shape = shapes.get(span.text);
  if (!shape) {
    shape = shapeOf(span.text, 0, span.text.length);
    if (shapes.size < MAX_SHAPES) shapes.set(span.text, shape);
  }
  return tokensOf(shape, span.start, sentence);
}

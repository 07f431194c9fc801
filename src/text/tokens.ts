import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js');
import { ABBREVIATIONS } from './sentences';

export interface RawToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  stem: string;
}

// A word (letters, inner apostrophes and dots as in "U.S."), a number (inner , and .), or one
// other visible character.
const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’.]\p{L}[\p{L}\p{M}]*)*\.?|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;

// "U.S.", "p.m.", "Sept.", an initial "F.": the full stop is part of the word.
const isAbbreviation = (word: string) =>
  /\.\p{L}+\.$/u.test(word) || /^\p{Lu}\.$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());

export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/’/g, "'");
}

const stemCache = new Map<string, string>();
export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = /^\p{L}+$/u.test(norm) ? PorterStemmer.stem(norm) : norm;
    stemCache.set(norm, s);
  }
  return s;
}

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let word = m[0];
    // A trailing dot belongs to the word only for abbreviations such as "U.S." or "Sept.".
    if (word.length > 1 && word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1);
    const end = Math.min(m.index + word.length, to);
    word = text.slice(m.index, end);
    TOKEN.lastIndex = end;
    const norm = normaliseWord(word.replace(/\.$/, ''));
    tokens.push({ start: m.index, end, text: word, norm, stem: stem(norm) });
  }
  return tokens;
}

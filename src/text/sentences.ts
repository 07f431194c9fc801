import type { Span } from '../types';

// Words that end in a full stop without ending a sentence ("Mr. Smith", "Sept. 3", "Calif.").
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt adm cmdr pres supt insp det st ' +
    'jr sr rev hon amb atty dept univ corp inc ltd co vs etc approx est fig vol mt ft ave blvd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo ' +
    'mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

// After "U.S." or "p.m." a new sentence starts only with a word that usually opens one.
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i his her their its this that these those there but and so yet in on at after before when while if as police officials authorities'.split(
    ' ',
  ),
);

const CLOSERS = `"'”’)]»`;

/**
 * Cuts text into sentences. Lossless: every non-space character belongs to exactly one sentence,
 * and each sentence is trimmed of surrounding white space. A line break always ends a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary = /[.!?…]+|\r\n|\r|\n/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    let end = m.index + m[0].length;
    if (/[\r\n]/.test(m[0])) {
      push(end);
      continue;
    }
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    if (endsSentence(text, m.index, end)) push(end);
  }
  push(text.length);
  return spans;
}

function endsSentence(text: string, mark: number, after: number): boolean {
  const next = /^[ \t]+(\S+)/.exec(text.slice(after, after + 40));
  if (!next) return after >= text.length || /^[\r\n]/.test(text.slice(after));
  const nextWord = next[1];
  if (!/^[\p{Lu}\d"“‘'(\[]/u.test(nextWord)) return false;
  if (text[mark] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, mark - 20), mark))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "No. 5" goes on; "voted no. Rep. Roe…" ends.
  if (word.toLowerCase() === 'no' && /^\d/.test(nextWord)) return false;
  if (word.includes('.')) return SENTENCE_OPENERS.has(nextWord.replace(/\W+$/, '').toLowerCase()); // "U.S.", "p.m."
  return true;
}

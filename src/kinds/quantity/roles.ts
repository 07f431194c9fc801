import type { Token } from '../../types';
import { STOPWORDS } from '../../text/context';
import { wordTable } from '../../text/word-table';
import { MONTHS } from '../../normalise/dates';
import { baseForm } from '../../text/irregular-verbs';
import { suspendedHyphenNoun } from '../../normalise/units';
import { isNumberWord as isWrittenNumber } from '../../normalise/numbers';

// "a 46-page ruling came out": a verb's past ends the noun phrase before it.
const isPastVerb = (t: Token) => baseForm(t.norm) !== t.norm || /^\p{Ll}{3,}ed$/u.test(t.text);
const isNumberPart = (t: Token) => isWrittenNumber(t.norm) || /^(hundred|thousand|million|billion)s?$/.test(t.norm);

// What happened to the people or things counted. Counts of different outcomes are different
// facts, never a divergence: 41 killed and 12 injured.
const OUTCOMES = wordTable<string>({
  kill: 'dead', dead: 'dead', die: 'dead', di: 'dead', death: 'dead', fatal: 'dead', live: 'dead', bodi: 'dead', toll: 'dead',
  injur: 'injured', wound: 'injured', hurt: 'injured', hospit: 'injured',
  miss: 'missing', unaccount: 'missing',
  arrest: 'arrested', detain: 'arrested',
  evacu: 'evacuated', displac: 'evacuated', homeless: 'evacuated',
  rescu: 'rescued',
});

/** A stem of a word that says what happened to those counted: "injur", "kill". */
export const isOutcomeWord = (stem: string) => stem in OUTCOMES;

// "claimed three lives", never "all three live in a flat": only the noun's plural is a toll.
const outcomeOf = (t: Token) => (t.stem === 'live' && t.norm !== 'lives' ? undefined : OUTCOMES[t.stem]);
// After a count, a name or a possessive starts someone else's phrase: "13 shots in Horton's death".
const startsAnotherPhrase = (t: Token) => /^\p{Lu}/u.test(t.text) || /^['’]s?$/.test(t.text);

const TOLL_REACH = 14;
const PHRASE_START = new Set(['from', 'in', 'on', 'after', 'during', 'since', 'for', 'by', 'with']);
const TOLL_VALUE = new Set(['to', 'at', 'of', 'reached', 'hit', 'passed', 'topped', 'exceeded', 'is', 'was', 'stands', 'stood']);
const isOutcomeBarrier = (t: Token) => /^[,;:—–(]$/.test(t.text) || t.norm === 'and' || t.norm === 'while' || /^\d/.test(t.norm);

const ASIDE_WORDS = 8;
const PREDICATE_START = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'died', 'remain', 'remained']);

/**
 * Where the words after a count go on, past an aside set off by commas that the predicate
 * follows: "Three people, one of them a pregnant woman, were killed".
 */
function afterAside(tokens: Token[], to: number, sentenceEnd: number): number {
  if (tokens[to]?.text !== ',') return to;
  for (let i = to + 1; i < Math.min(sentenceEnd, to + ASIDE_WORDS + 2); i++) {
    if (/^[;:—–()]$/.test(tokens[i].text) || /^\d/.test(tokens[i].norm)) return to;
    if (tokens[i].text === ',') return PREDICATE_START.has(tokens[i + 1]?.norm ?? '') ? i + 1 : to;
  }
  return to;
}

/**
 * "19 state legislative bodies": bodies that words other than a participle ("charred", "burned")
 * stand before, after the number, are institutions, not the dead.
 */
function isInstitution(tokens: Token[], from: number, i: number): boolean {
  if (tokens[i].stem !== 'bodi') return false;
  const modifiers = tokens.slice(from + 1, i).filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.norm) && !isNumberPart(t));
  return modifiers.some((t) => !/(ed|en)$/.test(t.norm));
}

/**
 * The outcome of a count: named in its own words ("112 injured", "were killed"), else just after
 * it ("19 people died"), else just before ("killed 19 people", "death toll rose to 31"); never
 * across "and" or another number, which belong to another count.
 */
export function outcome(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number): string | undefined {
  for (let i = from; i < to; i++) if (outcomeOf(tokens[i]) && !isInstitution(tokens, from, i)) return outcomeOf(tokens[i]);
  const after = afterAside(tokens, to, sentenceEnd);
  for (let i = after; i < Math.min(sentenceEnd, after + 4) && !isOutcomeBarrier(tokens[i]) && !startsAnotherPhrase(tokens[i]); i++) {
    // "two men charged with killing her": what they did, not what befell them.
    if (outcomeOf(tokens[i])) return tokens[i].norm.endsWith('ing') ? undefined : outcomeOf(tokens[i]);
  }
  // "The death toll from the flood that tore through the town rose to 31": a toll reaches far, but
  // only to the number that is its value ("toll … rose to 31", "a toll of 41"), never to another
  // number on the way ("the death toll from Monday's 7.0 earthquake").
  if (TOLL_VALUE.has(tokens[from - 1]?.norm ?? '')) {
    for (let i = from - 1; i >= Math.max(sentenceStart, from - TOLL_REACH) && !/^[;:—–]$/.test(tokens[i].text); i--) {
      if (tokens[i].stem === 'toll') return OUTCOMES.toll;
    }
  }
  // Just before: "killed 19 people", "killing at least 120"; not across a preposition, which
  // starts another phrase ("the death toll from Monday's 7.0 earthquake").
  for (let i = from - 1; i >= Math.max(sentenceStart, from - 5) && !isOutcomeBarrier(tokens[i]) && !PHRASE_START.has(tokens[i].norm); i--) {
    const found = tokens[i].stem === 'toll' ? undefined : outcomeOf(tokens[i]);
    if (found) return found;
  }
  return undefined;
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'feet', 'teeth', 'mice', 'geese']);
// An acronym in capitals ("FLDS", "NEWS") is a name, whatever its last letter.
export const isPlural = (t: Token) => IRREGULAR_PLURALS.has(t.norm) || (/[^su]s$/.test(t.norm) && t.norm.length > 3 && !/^\p{Lu}+$/u.test(t.text));
// Words that end the noun phrase after a count: "14 people still unaccounted", "people remain missing".
const isPhraseEnd = (t: Token) =>
  !/^\p{L}/u.test(t.norm) || STOPWORDS.has(t.norm) || /ly$/.test(t.norm) || /^(still|remain|remains|remained|now|already|late|early|overnight|last|this|next|ago)$/.test(t.norm);

// "162 of the 300 seats", "one of the two mothers": the total after "of the".
const isNumberWord = (t: Token | undefined) => !!t && (/^\d/.test(t.norm) || NUMBER_WORDS.has(t.norm));
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen']);
export const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/**
 * The noun counted: the first plural of the word run after the number ("37 roads in…",
 * "450 rescue workers"), else its first word ("one baker"); "of" after a vague amount is skipped
 * ("dozens of people").
 */
export function countedNoun(tokens: Token[], from: number, sentenceEnd: number): { noun?: Token; end: number } {
  let i = from;
  if (tokens[i]?.norm === 'of') i++;
  // "162 of the 300 seats": the count is of the noun after the total.
  let total = PARTITIVE_DETERMINERS.has(tokens[i]?.norm ?? '') ? i + 1 : i;
  // "10 of the Saints' 16 games", "two of the Saints' players": past the owner's name.
  const owned = i > from && /^\p{Lu}/u.test(tokens[total]?.text ?? '') && /^['’]s?$/.test(tokens[total + 1]?.text ?? '');
  if (owned) total += 2;
  if (i > from && isNumberWord(tokens[total]) && total + 1 < sentenceEnd) i = total + 1;
  else if (owned) i = total;
  // "three of the victims", "two of its engines": a part of what the noun counts.
  else if (i > from && PARTITIVE_DETERMINERS.has(tokens[i]?.norm ?? '')) i++;
  // "two- or three-bedroom homes": the noun is the compound's after the last number.
  const later = tokens[i]?.text === '-' && tokens[i].start === tokens[i - 1]?.end ? suspendedHyphenNoun(tokens, i + 1, sentenceEnd) : undefined;
  if (later !== undefined) return { noun: tokens[later], end: i + 1 };
  // "a 46-page ruling": the noun after the hyphen is what is counted, the next one what it describes.
  if (tokens[i]?.text === '-' && tokens[i].start === tokens[i - 1]?.end && /^\p{L}/u.test(tokens[i + 1]?.norm ?? '')) {
    // "the 45-member city council": the head is the last word of up to two after the compound.
    let end = i + 2;
    while (end < Math.min(sentenceEnd, i + 4) && !isPhraseEnd(tokens[end]) && !isPlural(tokens[end - 1]) && !isPastVerb(tokens[end])) end++;
    return { noun: tokens[i + 1], end };
  }
  // "two other passengers", "seven other elder members": the noun is after "other".
  if (tokens[i]?.norm === 'other' && i + 1 < sentenceEnd) i++;
  // 'at least 30 "national emergencies"': the noun inside quotation marks is still what is
  // counted, and the span closes the quotation it opens.
  const quoted = /^["“‘]$/.test(tokens[i]?.text ?? '') && i + 1 < sentenceEnd;
  if (quoted) i++;
  const closed = (r: { noun?: Token; end: number }) => (quoted && r.noun && /^["”’]$/.test(tokens[r.end]?.text ?? '') ? { ...r, end: r.end + 1 } : r);
  // "1.7GHz Intel Core processors": a word glued to the number is its unit; "the 76ers", "the
  // 49ers" name a team.
  if (i === from && /^\p{L}/u.test(tokens[i]?.text ?? '') && tokens[i].start === tokens[i - 1]?.end) return tokens[i].norm === 'ers' ? { end: from } : { noun: tokens[i], end: i + 1 };
  let noun: Token | undefined;
  // A name between the count and its noun uses up none of the words looked at: "two U.S. Capitol
  // Police officers".
  let nameWords = 0;
  for (let words = 0; i < sentenceEnd && words < 3 && !isPhraseEnd(tokens[i]); i++) {
    const code = modelCodeLength(tokens, i, sentenceEnd);
    if (code) {
      i += code - 1;
      words++;
      continue;
    }
    // "the 19 Sept. 11 hijackers": a date is a modifier too.
    if (tokens[i].norm in MONTHS && /^\d{1,2}$/.test(tokens[i + 1]?.norm ?? '')) {
      i += 1;
      words++;
      continue;
    }
    // A plural before a plural is its modifier: "two police officers", "Capitol Police officers".
    const modifiesNext = i + 1 < sentenceEnd && !isNameWord(tokens[i + 1]) && !isPhraseEnd(tokens[i + 1]) && isPlural(tokens[i + 1]);
    if (isPlural(tokens[i]) && !modifiesNext) return closed({ noun: tokens[i], end: i + 1 });
    // With no plural, the first word is the thing counted: "one baker", "a 7.1 earthquake struck".
    noun ??= tokens[i];
    if (isNameWord(tokens[i]) && nameWords < MAX_NAME_WORDS) nameWords++;
    else words++;
  }
  return noun ? closed({ noun, end: tokens.indexOf(noun, from) + 1 }) : { end: from };
}

const MAX_NAME_WORDS = 3;

/**
 * "Two F-16 jets", "six AK 47 rifles": a model's code is a modifier, never the thing counted. The
 * number of tokens it takes, or 0.
 */
function modelCodeLength(tokens: Token[], i: number, sentenceEnd: number): number {
  if (tokens[i + 1]?.text === '-' && tokens[i + 1].start === tokens[i].end && /^\d/.test(tokens[i + 2]?.norm ?? '')) return 3;
  // A singular after the code is what the whole is called: "the 737 MAX 8 jet".
  const spaced = /^\p{Lu}{2,}$/u.test(tokens[i].text) && /^\d+$/.test(tokens[i + 1]?.norm ?? '') && i + 2 < sentenceEnd && isPlural(tokens[i + 2]);
  return spaced ? 2 : 0;
}
// "Capitol", "U.S.", "NYPD"; not a unit's symbol ("GHz").
const isNameWord = (t: Token) => /^(\p{Lu}\p{Ll}+|(\p{Lu}\.)+\p{Lu}?|\p{Lu}{2,})$/u.test(t.text);

// "were launched", "was intercepted", "had been arrested": a passive right after an elided count.
export function passivePredicate(tokens: Token[], from: number, sentenceEnd: number): { verb?: Token; end: number } {
  let i = from;
  if (!['were', 'was', 'are', 'is', 'been', 'had', 'have', 'has'].includes(tokens[i]?.norm ?? '')) return { end: from };
  while (i < sentenceEnd && ['were', 'was', 'are', 'is', 'been', 'had', 'have', 'has', 'being', 'reportedly', 'also'].includes(tokens[i].norm)) i++;
  const verb = tokens[i];
  // "were children" is no passive: a plural noun that ends like a participle.
  return verb && i < sentenceEnd && /(ed|en|wn)$/.test(verb.norm) && !IRREGULAR_PLURALS.has(verb.norm) ? { verb, end: i + 1 } : { end: from };
}

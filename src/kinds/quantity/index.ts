import type { Claim, Doc, Interval, Token } from '../../types';
import { isContentWord, tokenAt } from '../../text/context';
import { foldCase } from '../../text/tokens';
import { measures, type Measure } from '../../normalise/measures';
import { describeMention, followsNameWord, formatNumber, glued, isNumberStem, isNumberWord, isTimesWord, readNumber } from '../../normalise/numbers';
import { scaleInterval } from '../../normalise/intervals';
import { MEASURE_UNITS, MINUTES, singular } from '../../normalise/units';
import { makeClaim, numericAffinity, predicateStart, relateAmounts, sameValueEntity } from '../claim';
import { peopleIn, samePerson } from '../person';
import { ALIGN, TOLERANCE } from '../../thresholds';
import type { KindSpec, Verdict } from '../spec';
import { countedNoun, isOutcomeWord, isPlural, outcome, PARTITIVE_DETERMINERS, passivePredicate } from './roles';
import { wordTable } from '../../text/word-table';
import { WEEKDAYS } from '../../normalise/dates';
import { bearingAfter } from '../../normalise/bearings';
import { ordinalOf } from '../date/event';

const CURRENCY_PREFIX: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

function formatter(unit: string, noun?: string, label?: string): (n: number) => string {
  if (label) return (n) => `${formatNumber(n)} ${label}`;
  // Cents are written with two digits: "$1,204.50".
  if (unit in CURRENCY_PREFIX) return (n) => `${CURRENCY_PREFIX[unit]}${formatNumber(n).replace(/(\.\d)$/, '$10')}`;
  if (unit === 'percent') return (n) => `${formatNumber(n)}%`;
  if (unit === 'age' || unit === 'magnitude') return (n) => `${unit} ${formatNumber(n)}`;
  if (unit === 'count') return (n) => (noun ? `${formatNumber(n)} ${noun}` : formatNumber(n));
  return (n) => `${formatNumber(n)} ${unit}`;
}

const isYearValue = (m: Measure) => m.mention.value >= 1800 && m.mention.value <= 2100 && Number.isInteger(m.mention.value);

// A year on its own ("in 2022") is a date, and a bare number with nothing counted is too vague
// to compare. Before a name, a year written without a comma says which one: "a 2013 Toyota
// Camry", "the 2012 London Olympics"; news writes a count of that size "2,013".
const isBareYear = (doc: Doc, m: Measure, noun: Token | undefined) =>
  isYearValue(m) && (!noun || (/^\d{4}$/.test(doc.tokens[m.mention.numberStart].text) && m.mention.end === m.mention.numberStart + 1 && /^\p{Lu}/u.test(noun.text)));

/**
 * "the 737 MAX 8 jet", "a Category 4 storm", "the Apollo 11 mission": a number between a name
 * (a capitalised word or an acronym, not the sentence's first word nor a date's) and a singular
 * noun is part of what the thing is called. A count of several takes a plural: "8 jets".
 */
function namesAModel(doc: Doc, m: Measure, noun: Token | undefined, sentenceStart: number): boolean {
  const at = m.mention.numberStart;
  if (!noun || noun !== doc.tokens[m.unit.end] || isPlural(noun) || !/^\p{Ll}/u.test(noun.text) || m.mention.value <= 1) return false;
  return followsNameWord(doc.tokens, at, sentenceStart) && !WEEKDAYS.includes(doc.tokens[at - 1].norm);
}

/** "two-thirds", "three-quarters": a fraction of something, never one fact with a count of two things. */
function isFraction(doc: Doc, m: Measure): boolean {
  const [hyphen, part] = [doc.tokens[m.mention.end], doc.tokens[m.mention.end + 1]];
  return hyphen?.text === '-' && !!part && FRACTION_PARTS.test(part.norm);
}
const FRACTION_PARTS = /^(halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)$/;

/** "3G", "4K", "3D": a capital letter glued to a number names a standard, not a count of anything. */
function isCode(doc: Doc, m: Measure): boolean {
  const next = doc.tokens[m.mention.end];
  return !!next && /^\p{Lu}$/u.test(next.text) && glued(doc.tokens[m.mention.end - 1], next);
}

/**
 * Whose age: the name just before ("Smith, 62,", "Liam Carter, a 19-year-old") or just after
 * ("a 62-year-old teacher, Ann Lee", "62-year-old Ann Lee"); only a comma or "a" may stand between,
 * so "the 54-year-old judge succeeds Robert King" gives King no age.
 */
function agedPerson(doc: Doc, from: number, to: number): Claim | undefined {
  const gap = (a: number, b: number) => doc.tokens.slice(a, b).every((x) => x.text === ',' || x.norm === 'a' || x.norm === 'an');
  return personNear(doc, from, (first, last) => (last < from && from - last <= 3 && gap(last + 1, from)) || (first >= to && first - to <= 1 && gap(to, first)));
}

/** The first person named in the sentence of token `at` whose first and last tokens pass `placed`. */
function personNear(doc: Doc, at: number, placed: (first: number, last: number) => boolean): Claim | undefined {
  const sentence = doc.tokens[at].sentence;
  return peopleIn(doc).find((p) => p.sentence === sentence && placed(tokenAt(doc, p.start), tokenAt(doc, p.end - 1)));
}

const POSSESSIVE_REACH = 5;
// Words that may stand between a person and the count they own: "Carter had 12 points",
// "VanDeest, who scored 13".
const OWNING_VERBS = new Set(['had', 'has', 'have', 'scored', 'scores', 'added', 'adds', 'got', 'gets', 'finished', 'made', 'makes', 'won', 'wins', 'took', 'takes', 'hit', 'hits', 'threw', 'grabbed', 'collected', 'recorded', 'posted', 'earned', 'earns', 'owns', 'owned', 'holds', 'held', 'with']);

const PARTICLES = new Set(['up', 'in', 'with']);

/**
 * Whose count it is: the person who has it ("Will Artino scored 14 points", "VanDeest, who had
 * 13 points") or from whom it comes ("13 points from Seth VanDeest"). Two players' points are
 * two facts, never one fact told two ways. "Buford's scoring record of 2,116 points" also says
 * what of theirs it is: the record.
 */
function owner(doc: Doc, from: number, to: number): { person: Claim; owned?: Token } | undefined {
  const t = doc.tokens;
  const ownsByPossessive = (last: number, at: number) =>
    /['’]s$/.test(t[last].text) && t[at - 1]?.norm === 'of' && at - last <= POSSESSIVE_REACH && at - 2 > last && t.slice(last + 1, at).every((x) => /^\p{L}/u.test(x.text));
  const filler = (x: Token) => x.text === ',' || x.norm === 'who' || x.norm === 'also';
  // "put up 23 points", "chipped in 16", "finished with 20": a verb and its particle.
  const phrasal = (b: number) => PARTICLES.has(t[b - 1].norm) && /^\p{Ll}/u.test(t[b - 2]?.text ?? '');
  const owns = (a: number, b: number) => {
    if (b - a < 1 || b - a > 3) return false;
    const verbFrom = phrasal(b) ? b - 2 : OWNING_VERBS.has(t[b - 1].norm) ? b - 1 : -1;
    return verbFrom >= a && t.slice(a, verbFrom).every(filler);
  };
  const person = personNear(doc, from, (first, last) => (last < from && (owns(last + 1, from) || ownsByPossessive(last, from))) || (first === to + 1 && t[to].norm === 'from'));
  if (!person) return undefined;
  const last = tokenAt(doc, person.end - 1);
  return { person, owned: last < from && ownsByPossessive(last, from) ? t[from - 2] : undefined };
}

// "a crowd of 41,000", "a total of 12", "Attendance was 60,214": the noun before is what is counted.
function nounBefore(doc: Doc, start: number, sentenceStart: number): Token | undefined {
  const [link, noun] = [doc.tokens[start - 1], doc.tokens[start - 2]];
  return LINKS.has(link?.norm ?? '') && start - 2 >= sentenceStart && isContentWord(noun) ? noun : undefined;
}

// "a crowd of 41,000", "Attendance was 60,214": the word between a noun and its number.
const LINKS = new Set(['of', 'was', 'is', 'were', 'totalled', 'totaled', 'reached']);

// A score is compared whole: "2-1" and "2-0" conflict though both start with 2.
function relateTallies(a: Claim, b: Claim): Verdict {
  return a.value.display === b.value.display ? { relation: 'equal', reason: `both ${a.value.display}` } : { relation: 'conflict', reason: `${a.value.display} vs ${b.value.display}` };
}

function relateQuantities(a: Claim, b: Claim): Verdict {
  return a.value.unit === 'score' ? relateTallies(a, b) : relateAmounts(a, b);
}

// "a $250,000 fine" and "fined $200,000": the noun after a sum, or the verb before it, says what
// the money or the score is. Stems make "fine" and "fined" one.
function sumRole(doc: Doc, m: Measure, sentenceStart: number, sentenceEnd: number): Name | undefined {
  const after = doc.tokens[m.unit.end];
  if (m.unit.end < sentenceEnd && after && isContentWord(after)) return { name: `${after.stem}${termBefore(doc, m.unit.start)}`, by: 'noun' };
  // "a vote of 52 to 48", "a fine of $200,000": the noun before "of" names it.
  const noun = nounBefore(doc, m.unit.start, sentenceStart);
  if (noun) return { name: noun.stem, by: 'noun' };
  const before = doc.tokens[m.unit.start - 1];
  // A verb, not a name: "Teixeira $200 million" says whose, not what.
  return m.unit.start - 1 >= sentenceStart && before && isContentWord(before) && /^\p{Ll}/u.test(before.text) ? { name: before.stem, by: 'verb' } : undefined;
}

/**
 * "a seven-year, $161-million deal" and "the four-year, $90 million deal": the term written before
 * a sum says which deal it is, as its noun says what it is.
 */
function termBefore(doc: Doc, at: number): string {
  const t = doc.tokens;
  const k = t[at - 1]?.text === ',' ? at - 2 : at - 1;
  const glue = t[k - 1]?.text === '-' && glued(t[k - 2], t[k - 1]) && glued(t[k - 1], t[k]);
  return glue && /^(year|month)s?$/.test(t[k].norm) && /^[\p{L}\d]+$/u.test(t[k - 2].norm) ? ` ${t[k - 2].norm}-${t[k].norm}` : '';
}

/** What a value measures, and how it was named: a noun is stronger evidence than a verb ("spent"). */
interface Name {
  name: string;
  by: 'noun' | 'verb' | 'outcome' | 'person' | 'compound';
  /** First token of a name written before the value, which the span then includes: "Brandl, 47". */
  from?: number;
  /** One past the last token of a name written after the value: "57 percent of voters rejected". */
  to?: number;
}

const isVerbForm = (t: Token) => /(ed|ing|ly)$/.test(t.norm);

// "Shares fell 6.2%", "turnout was up 4 percent": a word of change, often an irregular verb,
// stands between a share and the noun it is a share of.
const CHANGE_WORDS = new Set(
  (
    'rise rises rose risen fall falls fell fallen grow grows grew grown drop drops sink sinks sank sunk shrink shrinks shrank ' +
    'jump jumps climb climbs gain gains lose loses lost slip slips slide slides slid surge surges soar soars plunge plunges ' +
    'tumble tumbles dip dips up down higher lower'
  ).split(' '),
);

// "57 percent of voters rejected", "52.4 per cent of the vote", "turnout at 61.3 percent",
// "Turnout reached 63.1 percent": a share is of a noun, after it or just before it.
const TIME_WORDS = new Set(['next', 'last', 'this', 'year', 'month', 'week', 'day', 'today', 'yesterday', 'tomorrow']);

function shareRole(doc: Doc, m: Measure, sentenceStart: number, sentenceEnd: number): Name | undefined {
  let i = m.unit.end;
  if (doc.tokens[i]?.norm === 'of' && i < sentenceEnd) {
    i++;
    if (doc.tokens[i]?.norm === 'the') i++;
    const noun = doc.tokens[i];
    if (i < sentenceEnd && noun && isContentWord(noun)) {
      const verb = doc.tokens[i + 1];
      // "of voters rejected": a lower-case word after the noun says what they did; "of GDP next
      // year" is a date, which the date kind reads.
      const withVerb = i + 1 < sentenceEnd && verb && isContentWord(verb) && /^\p{Ll}/u.test(verb.text) && !TIME_WORDS.has(verb.norm);
      return { name: withVerb ? `${noun.stem} ${verb.stem}` : noun.stem, by: 'noun', to: withVerb ? i + 2 : i + 1 };
    }
  }
  for (let k = m.unit.start - 1; k >= Math.max(sentenceStart, m.unit.start - 3); k--) {
    const t = doc.tokens[k];
    if (/^[,;:—–(]$/.test(t.text)) break;
    if (isContentWord(t) && !isVerbForm(t) && !CHANGE_WORDS.has(t.norm)) return { name: t.stem, by: 'noun' };
  }
  return undefined;
}

// Words for one earthquake; an aftershock is another one.
const QUAKES = new Set(['earthquak', 'quak', 'tremor', 'temblor']);

/**
 * What a magnitude is of: the noun after it ("a 6.7-magnitude earthquake", "magnitude 5.2
 * aftershock"); with none ("a magnitude of 7.0"), the quake a report is about.
 */
function quakeRole(doc: Doc, m: Measure, sentenceStart: number, sentenceEnd: number): Name | undefined {
  const noun = doc.tokens[m.unit.end];
  const which = oneOfSeveral(doc.tokens, m.mention.start, sentenceStart) ? '#one' : ordinalOf(doc.tokens, m.mention.start, sentenceStart);
  const named = (quake: string) => (which ? `${quake} ${which}` : quake);
  if (m.unit.end >= sentenceEnd || !noun || !isContentWord(noun)) return { name: named('quake'), by: 'noun' };
  return { name: named(QUAKES.has(noun.stem) ? 'quake' : noun.stem), by: 'noun', to: m.unit.end + 1 };
}

/**
 * "One of the tremors, a 7.3 magnitude, …", "One 7.3-magnitude tremor was felt in Australia": one
 * of a series of quakes, not the one a report is about ("the first quake", "another quake" are
 * told apart by ordinalOf).
 */
const oneOfSeveral = (tokens: Token[], from: number, sentenceStart: number) => tokens[sentenceStart]?.norm === 'one' && from - sentenceStart <= ONE_OF_REACH;
const ONE_OF_REACH = 6;

/**
 * "fell 150 metres", "falling about 150 metres": the verb before a length or a weight says what
 * it measures; a past form and an -ing form of one verb are one name.
 */
function measureVerb(doc: Doc, m: Measure, sentenceStart: number): Name | undefined {
  const verb = doc.tokens[m.mention.start - 1];
  if (m.mention.start - 1 < sentenceStart || !verb || !isContentWord(verb) || !/^\p{Ll}/u.test(verb.text)) return undefined;
  return { name: verb.stem, by: 'verb' };
}

// "a 250GB hard drive", "a 256GB SSD", "16GB of memory": the noun a measure describes names it.
function measureNoun(doc: Doc, unitEnd: number, sentenceEnd: number): Name | undefined {
  const at = doc.tokens[unitEnd]?.norm === 'of' ? unitEnd + 1 : unitEnd;
  const noun = doc.tokens[at];
  // A lower-case noun, or an acronym; "fell 200 metres down" names no noun.
  return at < sentenceEnd && noun && isContentWord(noun) && !MOVEMENT_PARTICLES.has(noun.norm) && /^(\p{Ll}|\p{Lu}{2,5}$)/u.test(noun.text) ? { name: noun.stem, by: 'noun' } : undefined;
}
// Adverb particles that follow a measure of movement ("fell 200 metres down", "ran 5 km back").
const MOVEMENT_PARTICLES = new Set(['down', 'back', 'ahead', 'along', 'around', 'through', 'apart', 'aside', 'forward', 'behind']);

/**
 * "55 kilometres (34 miles) west of the town of Bireun", "55 km south of Bireun": a distance from
 * a named place, named by the place. Which way it lies is a place fact of its own (place/bearing).
 */
function distanceFrom(doc: Doc, m: Measure, sentenceEnd: number): Name | undefined {
  const found = bearingAfter(doc, m, sentenceEnd);
  return found ? { name: `from ${found.place}`, by: 'noun' } : undefined;
}

function measureName(doc: Doc, m: Measure, sentenceStart: number, sentenceEnd: number): Name | undefined {
  if (m.unit.unit === 'magnitude') return quakeRole(doc, m, sentenceStart, sentenceEnd);
  if (m.unit.unit === 'm') return distanceFrom(doc, m, sentenceEnd) ?? measureNoun(doc, m.unit.end, sentenceEnd) ?? measureVerb(doc, m, sentenceStart);
  if (MEASURE_UNITS.has(m.unit.unit)) return measureNoun(doc, m.unit.end, sentenceEnd) ?? measureVerb(doc, m, sentenceStart);
  if (m.unit.unit === 'percent' || m.unit.unit === 'percentage points') return shareRole(doc, m, sentenceStart, sentenceEnd);
  if (m.unit.unit in CURRENCY_PREFIX || m.unit.unit === 'score') return sumRole(doc, m, sentenceStart, sentenceEnd);
  return undefined;
}

// Nouns that reports use for one thing counted: a crowd of 60,000, 60,000 fans, attendance of
// 60,000; 1.2 million people, 1.2 million residents; 1,200 jobs, 1,200 positions, 1,200 workers.
// Keys are Porter stems.
const NOUN_CLASSES = wordTable<string>({
  crowd: 'crowd', fan: 'crowd', spectat: 'crowd', attend: 'crowd', support: 'crowd', audienc: 'crowd',
  peopl: 'people', person: 'people', resid: 'people', civilian: 'people', inhabit: 'people', citizen: 'people',
  job: 'job', posit: 'job', employe: 'job', worker: 'job', staff: 'job',
  time: 'time', twice: 'time', thrice: 'time',
});

// "a mother of 12", "a father of three": the count is of their children.
const PARENTS = new Set(['mother', 'father', 'parent', 'mom', 'dad', 'grandmoth', 'grandfath', 'grandpar']);
const countedClass = (noun: Token, numberAt: Token) => (PARENTS.has(noun.stem) && noun.end <= numberAt.start ? 'children' : NOUN_CLASSES[noun.stem] ?? noun.stem);

/**
 * What was done so many times: "shot him twice", "hitting Gray eleven times", "then twice
 * admitted". "Twice admitted he lied" and "lied three times" count two things.
 */
function doneHowOften(doc: Doc, m: Measure, sentenceStart: number, sentenceEnd: number): string {
  const t = doc.tokens;
  const isVerb = (k: number) => !!t[k] && isContentWord(t[k]) && /^\p{Ll}/u.test(t[k].text);
  const next = m.mention.end;
  if (next < sentenceEnd && /ed$/.test(t[next].norm) && isVerb(next)) return t[next].stem;
  // Words back, a hyphenated manner ("shot him execution-style twice", "point-blank") counting as one.
  for (let k = m.mention.start - 1, words = 0; k >= sentenceStart && words < TIMES_VERB_REACH; k--, words++) {
    if (t[k - 1]?.text === '-') k -= 2;
    else if (isVerb(k)) return t[k].stem;
  }
  return '';
}
const TIMES_VERB_REACH = 3;

/** The span holds whose count it is, before it ("Carter had 12 points") or after it ("13 points from VanDeest"), as an age's holds the name. */
function ownerSpan(doc: Doc, m: Measure, person: Claim): { from: number } | { to: number } {
  const first = tokenAt(doc, person.start);
  return first < m.mention.start ? { from: first } : { to: tokenAt(doc, person.end - 1) + 1 };
}

/**
 * "a 250GB hard drive" and "a 256GB solid state drive": a unit glued to the number ("GB", "MW")
 * measures the noun after it, and two things so measured are two facts.
 */
function gluedUnitName(doc: Doc, m: Measure, counted: { noun?: Token; end: number }, sentenceEnd: number): string | undefined {
  const unit = counted.noun;
  if (!unit || !glued(doc.tokens[m.mention.end - 1], unit) || counted.end !== tokenAt(doc, unit.start) + 1) return undefined;
  const described = measureNoun(doc, counted.end, sentenceEnd);
  return described && `${unit.stem} ${described.name}`;
}

function nameOf(doc: Doc, m: Measure, counted: { noun?: Token; end: number }, passive: Token | undefined, result: string | undefined): Name | undefined {
  const { firstToken, endToken } = doc.sentences[doc.tokens[m.mention.start].sentence];
  const counts = counted.noun && (gluedUnitName(doc, m, counted, endToken) ?? countedClass(counted.noun, doc.tokens[m.mention.numberStart]));
  const noun = counts ? { name: counts === 'time' ? `time ${doneHowOften(doc, m, firstToken, endToken)}` : counts, by: 'noun' as const } : undefined;
  if (m.unit.unit === 'age') {
    const person = agedPerson(doc, m.mention.start, counted.end);
    if (!person) return noun;
    // The span holds the name, before the age ("Brandl, 47") or after it ("47-year-old Ann Brandl").
    const before = person.end <= doc.tokens[m.mention.start].start;
    return { name: foldCase(person.value.name!), by: 'person', ...(before ? { from: tokenAt(doc, person.start) } : { to: tokenAt(doc, person.end - 1) + 1 }) };
  }
  if (m.unit.unit !== 'count') return measureName(doc, m, firstToken, endToken);
  if (result) return { name: result, by: 'outcome' };
  // "a 46-page ruling": the count and the thing it describes name one fact.
  const at = counted.noun ? tokenAt(doc, counted.noun.start) : -1;
  if (counted.noun && doc.tokens[at - 1]?.text === '-' && counted.end > at + 1) {
    return { name: `${counted.noun.stem} ${doc.tokens[counted.end - 1].stem}`, by: 'compound' };
  }
  // "112 drones were launched" and "76 drones were intercepted" count different things.
  if (noun && passive) return { name: `${noun.name} ${passive.stem}`, by: 'noun' };
  const whose = noun && owner(doc, m.mention.start, counted.end);
  if (whose) {
    const thing = whose.owned ? countedClass(whose.owned, doc.tokens[m.mention.numberStart]) : noun.name;
    return { name: `${thing} of ${foldCase(whose.person.value.name!)}`, by: 'person', ...ownerSpan(doc, m, whose.person) };
  }
  return noun ?? (passive ? { name: passive.stem, by: 'verb' } : undefined);
}

/**
 * Shares and measures are rounded where they are written: "48 percent" stands for 47.5–48.5 and
 * agrees with "48.2 per cent"; "61.3 percent" is 61.25–61.35 and still conflicts with "63.1
 * percent"; "130 mph" agrees with "209 km/h", and "2.6 miles" with "4.2 km".
 */
const ROUNDING_MARGIN = 0.99;

function writtenPrecision(doc: Doc, m: Measure): Interval {
  const { mention, unit } = m;
  if (unit.unit in CURRENCY_PREFIX && mention.amount.exact && Math.round((mention.value % 1) * 100) >= TOLERANCE.charmCents) {
    return { min: Math.floor(mention.value), max: Math.ceil(mention.value), exact: false };
  }
  if (!(unit.unit === 'percent' || MEASURE_UNITS.has(unit.unit)) || unit.asWritten || !mention.amount.exact) return mention.amount;
  const decimals = doc.tokens[mention.numberStart].norm.split('.')[1]?.length ?? 0;
  // Just under half a unit, so neighbours that round apart do not touch: 11 and 12 percent conflict.
  const half = (10 ** -decimals / 2) * ROUNDING_MARGIN;
  const [min, max] = [mention.value - half, mention.value + half];
  // "45 degrees": either 45 °C or 45 °F (7 °C), so it conflicts with no temperature in between.
  if (unit.eitherScale) return { min: Math.min(min, ((min - 32) * 5) / 9), max: Math.max(max, ((max - 32) * 5) / 9), exact: false, vague: true };
  return { min, max, exact: false };
}

// Words that join a value to the one before it in a list: "41 people in Turkey and 12 in Syria",
// "61.3 percent, up from 58 percent", "3.2% in March, compared with 2.9% in February".
const LIST_LINKS = new Set(['and', 'or', 'but', 'while', 'from', 'versus', 'vs']);
// Words after a value that leave its noun to the value before: "plans to cut 800 more", "12 others".
const MORE_OF_THE_SAME = new Set(['more', 'others', 'additional', 'further']);
const isListLink = (tokens: Token[], i: number) => LIST_LINKS.has(tokens[i]?.norm) || (/^(with|to)$/.test(tokens[i]?.norm) && tokens[i - 1]?.norm === 'compared');
const MAX_LIST_GAP = 8;

/**
 * "Five soldiers died, four from friendly fire", "55 injured, five of them critically": a bare
 * count after a comma, fewer than the one before, is a part of it. More is no part: "his two
 * sons, 11 and 14" are their ages.
 */
function isPartAfterComma(doc: Doc, m: Measure, previous: Claim | undefined, from: number): boolean {
  const whole = previous?.value.amount;
  const part = m.mention.value;
  return doc.tokens[from - 1]?.text === ',' && m.unit.unit === 'count' && !!whole && Number.isInteger(part) && part >= 1 && part < pointOf(whole);
}

/**
 * The claim a value continues when it follows it in one sentence after a link word, or with
 * "more" or "others" for a noun: "… and 12 in Syria" counts what "41 people" did (the dead), not
 * something unnamed. Without this, a report giving only Syria's 12 dead would be paired with the
 * 41 and diverge.
 */
function listedAfter(doc: Doc, m: Measure, previous: Claim | undefined, from = m.mention.start): Claim | undefined {
  const link = doc.tokens[from - 1];
  // Not "11 more than the 151 needed": a difference, not more of the same.
  const more = MORE_OF_THE_SAME.has(doc.tokens[m.unit.end]?.norm) && doc.tokens[m.unit.end + 1]?.norm !== 'than';
  const continues = isListLink(doc.tokens, from - 1) || more || isPartAfterComma(doc, m, previous, from);
  if (!previous || !link || !continues || previous.value.unit !== m.unit.unit || previous.sentence !== link.sentence) return undefined;
  const after = tokenAt(doc, previous.end - 1) + 1;
  return after <= from - 1 && from - after <= MAX_LIST_GAP ? previous : undefined;
}

/**
 * "VanDeest led with 13 points, while Richard Carter added 12": a clause of a list that names
 * who has the count leaves its noun to the count before. The person starts the clause.
 */
function elidedOwner(doc: Doc, m: Measure): { person: Claim; from: number } | undefined {
  const whose = owner(doc, m.mention.start, m.mention.end);
  if (!whose || whose.owned) return undefined;
  const from = tokenAt(doc, whose.person.start);
  return from < m.mention.start ? { person: whose.person, from } : undefined;
}

/** The name of a listed count given to its own person: "point of seth vandeest" becomes "point of richard carter". */
const ownedName = (listed: Claim, person: Claim) => `${personPart(listed)?.what ?? listed.value.name} of ${foldCase(person.value.name!)}`;

const ORDINAL_RULE = '/ordinal';
const PART_RULE = '/part';
const WHOLE_RULE = '/whole';

/**
 * "landed 30 of 207 punches", "28 of his 68 punches": which side of a partitive a count is. A part
 * of one total and the total of another part ("30" and "68") count two things, and two parts
 * conflict on nothing, being parts perhaps of two totals.
 */
function partitiveSide(doc: Doc, m: Measure): string {
  const t = doc.tokens;
  const isNumber = (k: number) => !!t[k] && (/^\d/.test(t[k].norm) || isNumberWord(t[k].norm));
  const of = (k: number) => t[k]?.norm === 'of';
  const determiner = (k: number) => PARTITIVE_DETERMINERS.has(t[k]?.norm ?? '');
  const after = m.mention.end;
  if (of(after) && (isNumber(after + 1) || (determiner(after + 1) && isNumber(after + 2)))) return PART_RULE;
  const before = m.mention.start;
  if ((of(before - 1) && isNumber(before - 2)) || (determiner(before - 1) && of(before - 2) && isNumber(before - 3))) return WHOLE_RULE;
  return '';
}
const isPart = (c: Claim) => c.rule.includes(PART_RULE);
const isWhole = (c: Claim) => c.rule.includes(WHOLE_RULE);
const isPartAndWhole = (a: Claim, b: Claim) => (isPart(a) && isWhole(b)) || (isWhole(a) && isPart(b));
const SINGULAR_VERBS = new Set(['was', 'is', 'has']);
const INCREMENTS = new Set(['another', 'further', 'additional', 'extra']);
// After the number: "two other passengers", "two extra life sentences", "three additional deaths".
const INCREMENTS_AFTER = new Set(['other', 'extra', 'additional']);

// What was needed is no tally of what was done: "needed just nine points to pass Ford", "he
// scored 20 points".
const NEEDING = new Set(['needed', 'needs', 'need', 'required', 'requires', 'require']);
const FOCUS_WORDS = new Set(['just', 'only', 'merely', 'still']);
const SUBSET_WORDS = new Set(['first', 'final', 'last', 'remaining']);

// "the dead included seven children", "two militants were among the dead": a part of a toll.
const INCLUDING = new Set(['including', 'included', 'includes', 'include']);
function isAmongOthers(doc: Doc, m: Measure): boolean {
  if (INCLUDING.has(doc.tokens[m.mention.start - 1]?.norm ?? '')) return true;
  const { endToken } = doc.sentences[doc.tokens[m.mention.start].sentence];
  const after = doc.tokens.slice(m.unit.end, Math.min(endToken, m.unit.end + AMONG_REACH)).map((t) => t.norm);
  return after.some((w, k) => w === 'among' && k > 0 && BE_FORMS.has(after[k - 1]));
}
const AMONG_REACH = 5;
const BE_FORMS = new Set(['were', 'was', 'are', 'is']);

// Which of a thing's counts a count is, for its key. A count and those besides the ones told
// before are different facts, however the extra is written: "another two people", "a further four
// engines", "two other passengers", "two extra life sentences" take one mark, as "rescued another five people" and "five other
// workers were rescued" are one count. A measure's extra is named by what it measures: "another
// 201 yards on 29 catches" is the "201 yards" another report gives. A count and what is needed, or
// a subset of it, differ too; and a fraction ("two-thirds") is no count of two things.
function countMark(doc: Doc, m: Measure): string {
  if (isFraction(doc, m)) return '|fraction';
  const before = doc.tokens[m.mention.start - 1]?.norm ?? '';
  if (INCREMENTS.has(before) && m.unit.unit === 'count') return '|other';
  const verb = FOCUS_WORDS.has(before) ? doc.tokens[m.mention.start - 2]?.norm ?? '' : before;
  if (NEEDING.has(verb)) return '|needed';
  // "the final two games", "his first 11 seasons": which ones of a larger set, not how many in all.
  if (m.unit.unit === 'count' && SUBSET_WORDS.has(before)) return '|subset';
  if (m.unit.unit === 'count' && isRunningTotal(doc, m)) return '|so-far';
  // "a combined 157 games with two clubs": the sum of several counts, none of them.
  if (m.unit.unit === 'count' && before === 'combined') return '|combined';
  return before === 'other' || INCREMENTS_AFTER.has(doc.tokens[m.unit.end]?.norm ?? '') ? '|other' : '';
}

// "In their five operations so far, they have seized 14 rifles", "a total of 14 rifles during the
// five operations": a running total over several occasions is another fact than one occasion's
// count ("six rifles were seized"), which another report may give. Lengths of time ("over two
// days") are no occasions: a toll over two days is the event's own.
const RUNNING_TOTAL_PHRASES = new Set(['so far', 'thus far', 'to date', 'till date']);
const OVER_WORDS = new Set(['during', 'across', 'over']);
const isRunningTotalTerm = (term: string) => term === 'far' || term === 'date';
function isRunningTotal(doc: Doc, m: Measure): boolean {
  const t = doc.tokens;
  const { firstToken, endToken } = doc.sentences[t[m.mention.start].sentence];
  for (let i = firstToken; i + 1 < endToken; i++) {
    if (RUNNING_TOTAL_PHRASES.has(`${t[i].norm} ${t[i + 1].norm}`)) return true;
    // "over 14,000 people" is more than so many; "over the five games" is across them.
    const determined = PARTITIVE_DETERMINERS.has(t[i + 1].norm);
    if (OVER_WORDS.has(t[i].norm) && (determined || t[i].norm !== 'over') && countsOccasions(t, determined ? i + 2 : i + 1, endToken)) return true;
  }
  return false;
}

function countsOccasions(tokens: Token[], at: number, end: number): boolean {
  const number = readNumber(tokens, at, end);
  const noun = number && number.end < end ? tokens[number.end] : undefined;
  return !!noun && number!.value > 1 && isPlural(noun) && !(singular(noun.norm) in MINUTES);
}

// A count of someone's kin is a fact of that family, never the toll it is part of: "our contractor
// had two relatives killed" and "killing four soldiers". Keys are Porter stems.
const KIN = new Set(['rel', 'cousin', 'brother', 'sister', 'son', 'daughter', 'nephew', 'niec', 'uncl', 'aunt', 'sibl', 'grandson', 'granddaught']);
const kinMark = (noun: Token | undefined, result: string | undefined) => (result && noun && KIN.has(noun.stem) ? '|kin' : '');

// "shot twice": the word counts times itself, and the words after it are no noun it counts.
const countedOrTimes = (doc: Doc, m: Measure, sentenceEnd: number) =>
  isTimesWord(doc.tokens[m.mention.numberStart]) ? { noun: doc.tokens[m.mention.numberStart], end: m.mention.end } : countedNoun(doc.tokens, m.unit.end, sentenceEnd);

// "shot him twice", "struck three times": how often something was done is never a count of things
// ("two counts", "three men") that the same figure names in one report.
const timesMark = (noun: Token | undefined) => (noun && NOUN_CLASSES[noun.stem] === 'time' ? '|times' : '');

/**
 * Whether a lower-case content word follows within the few words of a noun phrase: "one Newtown
 * shooting victim"; a person's name ends the phrase ("Mother of 13 Zurana Horton shot and killed").
 */
function lowerCaseWordAfter(doc: Doc, from: number, end: number): boolean {
  const named = (t: Token) => peopleIn(doc).some((p) => p.start <= t.start && t.end <= p.end);
  for (let i = from; i < Math.min(end, from + NOUN_PHRASE_WORDS) && /^\p{L}/u.test(doc.tokens[i].text) && !named(doc.tokens[i]); i++) {
    if (isContentWord(doc.tokens[i]) && /^\p{Ll}/u.test(doc.tokens[i].text)) return true;
  }
  return false;
}
const NOUN_PHRASE_WORDS = 3;

// "at one point", "at one time": when, not how many.
const MOMENT_NOUNS = new Set(['point', 'time', 'stage', 'moment']);
const isMomentIdiom = (doc: Doc, m: Measure, noun: Token | undefined) =>
  m.mention.value === 1 && doc.tokens[m.mention.start - 1]?.norm === 'at' && MOMENT_NOUNS.has(noun?.norm ?? '');

function toClaim(doc: Doc, m: Measure, previous: Claim | undefined): Claim | null {
  const { mention, unit } = m;
  const sentence = doc.sentences[doc.tokens[mention.start].sentence];
  // "one of the suspects" picks out someone; it counts nothing.
  if (unit.unit === 'count' && mention.value === 1 && doc.tokens[unit.end]?.norm === 'of') return null;
  const after = unit.unit === 'count' ? countedOrTimes(doc, m, sentence.endToken) : { end: unit.end };
  // "A crowd of 41,212 watched": the noun before "of" wins over a word after that is no plural.
  const before = unit.unit === 'count' ? nounBefore(doc, mention.start, sentence.firstToken) : undefined;
  // "the father of one Newtown shooting victim": a parent's number with a noun after it counts
  // that; "Mother of 13 Zurana Horton" is hers.
  const nounAfterParent = !!before && PARENTS.has(before.stem) && lowerCaseWordAfter(doc, unit.end, sentence.endToken);
  const counted = { end: after.end, noun: before && !(after.noun && (isPlural(after.noun) || nounAfterParent)) ? before : after.noun };
  if (unit.unit === 'count' && (isBareYear(doc, m, counted.noun) || namesAModel(doc, m, counted.noun, sentence.firstToken) || isCode(doc, m) || isMomentIdiom(doc, m, counted.noun))) return null;
  // "a mother of 12 was killed": a verb in the singular after several has another subject.
  const ownVerb = !(mention.value > 1 && SINGULAR_VERBS.has(doc.tokens[counted.end]?.norm));
  const passive = ownVerb ? passivePredicate(doc.tokens, counted.end, sentence.endToken) : { end: counted.end };
  // An age or a sum is no count of the dead: "the death of 20-year-old Ka'loni Flynn" is her
  // age, "the 110bn-euro emergency rescue package" a loan.
  // A part of a toll ("seven children were among the dead") is named by what it counts.
  const result = ownVerb && unit.unit !== 'age' && !(unit.unit in CURRENCY_PREFIX) && !isAmongOthers(doc, m) ? outcome(doc.tokens, mention.start, passive.end, sentence.firstToken, sentence.endToken) : undefined;
  const named = nameOf(doc, m, counted, passive.verb, result);
  // A count with no noun, outcome or verb of its own, or a share with no "of" noun, may continue a list.
  const ownName = unit.unit === 'count' ? counted.noun || result || passive.verb : unit.unit !== 'percent' || named?.to !== undefined;
  const elided = ownName ? undefined : elidedOwner(doc, m);
  const listed = ownName ? undefined : listedAfter(doc, m, previous, elided?.from);
  // A part says in its own words which part it is: "four from friendly fire", "five of them critically".
  const part = !!listed && isPartAfterComma(doc, m, listed, elided?.from ?? mention.start);
  const what = listed ? (elided ? ownedName(listed, elided.person) : listed.value.name) : named?.name;
  if (unit.unit === 'count' && !what) return null;
  if (mention.ordinal && unit.unit === 'count' && !counted.noun) return null;
  const amount = scaleInterval(writtenPrecision(doc, m), unit.factor, unit.extra);
  // "the 11th round" may be the last of "11 rounds", never a conflict with "five rounds".
  const ordinal = (mention.ordinal ? ORDINAL_RULE : '') + (unit.unit === 'count' ? partitiveSide(doc, m) : '');
  const by = listed ? `/listed${elided ? '/by-person' : /\/by-\w+$/.exec(listed.rule)?.[0] ?? ''}` : named ? `/by-${named.by}` : '';
  return makeClaim(doc, {
    kind: 'quantity',
    from: unit.start,
    spanFrom: named?.from ?? elided?.from ?? predicateStart(doc, unit.start),
    to: Math.max(counted.end, passive.end, named?.to ?? 0),
    rule: `quantity/${unit.unit}${ordinal}${by}`,
    value: { amount, unit: unit.unit, name: what, display: describeMention(mention, formatter(unit.unit, counted.noun?.norm, unit.label)) },
    // Outcomes never mix (killed vs injured); what else is counted is weighed by the affinity.
    key: listed ? listed.key : `quantity|${unit.unit}|${result ?? ''}${countMark(doc, m)}${timesMark(counted.noun)}${kinMark(counted.noun, result)}`,
    // A list speaks of one thing: its values read alike, and one equal to another report's wins.
    context: part ? undefined : listed?.context,
  });
}

// What strongly names one fact of an event: an outcome (the dead), a person's age, a score, a
// described count ("46-page ruling"), a sum or share named by its noun (the fine, the turnout),
// or a measure named by its verb ("fell 150 metres": the fall).
const isStrongName = (c: Claim) => /\/by-(outcome|person|compound)$/.test(c.rule) || c.value.unit === 'score' || (c.value.unit !== 'count' && c.rule.endsWith('/by-noun')) || (MEASURE_UNITS.has(c.value.unit!) && c.rule.endsWith('/by-verb'));
// The same sum of money, or the same share to the decimal, in two reports of one event is one
// fact, however each words its use.
const isDistinctive = (c: Claim) => c.value.unit! in CURRENCY_PREFIX || (c.value.unit === 'percent' && /\.\d/.test(c.value.display));
/**
 * A figure two reports of one event seldom share by chance: a tally ("97-1"), a sum of money ("$15
 * million" for "$14,959,450"), a measure or a count of at least ALIGN.rareFigure ("234 miles",
 * "some 7,000 soldiers"), a fraction. Small counts ("two men", "three cars") recur for many things
 * in one story.
 */
function isRareFigure(c: Claim): boolean {
  const { unit, amount } = c.value;
  if (unit === 'score') return true;
  const figure = amount?.min ?? amount?.max;
  if (figure === null || figure === undefined || amount?.vague) return false;
  if (unit! in CURRENCY_PREFIX) return true;
  return (unit === 'count' || MEASURE_UNITS.has(unit!)) && (figure >= ALIGN.rareFigure || !Number.isInteger(figure));
}
// One outcome of the event (the dead, the injured), or one person's age, is usually given once:
// sharing it is evidence enough to compare. A shared noun ("roads") only supports agreeing values.
const sharedNameAffinity = numericAffinity((c) => (isStrongName(c) ? ALIGN.sharedRole : ALIGN.sharedNoun), sameName);
/** What a name of a person's counts and whose: "point of seth vandeest"; an age names only whose. */
function personPart(c: Claim): { what: string; whose: string } | undefined {
  const name = c.value.name;
  if (!name || !c.rule.endsWith('/by-person')) return undefined;
  if (c.value.unit === 'age') return { what: '', whose: name };
  const at = name.lastIndexOf(' of ');
  return at < 0 ? undefined : { what: name.slice(0, at), whose: name.slice(at + 4) };
}

/** Whose count it is ("point of richard carter"); an age, whose it is too, is left out: "the 62-year-old" after "Smith, 62" is Smith's. */
const countOwner = (c: Claim) => (c.value.unit === 'count' && c.rule.endsWith('/by-person') ? c.value.name : undefined);

/** Two names of one thing, the person's written in full or not: "englishman robert buckley" and "robert buckley". */
function sameName(a: Claim, b: Claim): boolean {
  if (a.value.name === b.value.name) return true;
  const [x, y] = [personPart(a), personPart(b)];
  return !!x && !!y && x.what === y.what && samePerson(x.whose, y.whose);
}
const isOrdinal = (c: Claim) => c.rule.includes(ORDINAL_RULE);

// Words of a score during a game ("closed to 47-44", "a 15-2 run", "put Creighton up 47-42").
const RUNNING_SCORE = new Set(['lead', 'led', 'close', 'cut', 'trail', 'pull', 'run', 'ralli', 'narrow', 'extend', 'stretch', 'within']);
const momentOf = (c: Claim) => c.context.find((t) => t.startsWith('clock:')) ?? (c.context.some((t) => t === 'halftim' || t === 'half') ? 'half' : undefined);
const isRunningScore = (c: Claim) => c.context.some((t) => RUNNING_SCORE.has(t));
const sidesOf = (c: Claim) => c.value.display.split(/\D+/);

/**
 * "up 47-42" and "closed to 47-44" are two moments of one game, one basket apart: scores during a
 * game that differ on one side only conflict when said of the same moment ("with 13:41 to play",
 * "at the half"). Final scores and votes ("65-53", "97-1") are compared whole.
 */
function successiveScores(a: Claim, b: Claim): boolean {
  if (a.value.unit !== 'score' || !(isRunningScore(a) || isRunningScore(b))) return false;
  const [x, y] = [sidesOf(a), sidesOf(b)];
  const oneSideApart = x.length === y.length && x.filter((side, i) => side !== y[i]).length === 1;
  // A game has many scoring runs ("a 20-2 run to close the half", "took control with a 19-4 run").
  const twoRuns = a.value.name === 'run' && b.value.name === 'run';
  const moment = momentOf(a);
  return (oneSideApart || twoRuns) && (moment === undefined || moment !== momentOf(b));
}

/**
 * "45-7" and "16-0", "284-286" and "162-139": tallies apart on every side are two records (two
 * fighters, two coaching stints), not one told two ways. A real disagreement keeps a side ("52-3"
 * and "53-3") or differs a little on each ("65-53" and "66-52").
 */
function talliesApart(a: Claim, b: Claim): boolean {
  if (a.value.unit !== 'score' || b.value.unit !== 'score') return false;
  const [x, y] = [sidesOf(a), sidesOf(b)].map((sides) => sides.map(Number));
  const close = (p: number, q: number) => Math.abs(p - q) <= Math.max(ALIGN.tallySlack, ALIGN.tallySlackShare * Math.max(p, q));
  return x.length === y.length && !x.some((side, i) => side === y[i]) && !x.every((side, i) => close(side, y[i]));
}

/**
 * One name says more of the noun the other counts: "12 shots were fired" and "13 shots", "a
 * seven-count indictment" and "seven counts". Enough to agree, as a shared noun is.
 */
function refinesNoun(a: Claim, b: Claim): boolean {
  const [x, y] = [a, b].map((c) => (/\/by-(noun|compound)$/.test(c.rule) ? c.value.name : undefined));
  if (!x || !y || x === y) return false;
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return longer.startsWith(`${shorter} `);
}

/** The figure an amount stands for: what "about" hedges, a range's middle, a bound's figure. */
const pointOf = ({ min, max, around }: Interval) => around ?? (min !== null && max !== null ? (min + max) / 2 : min ?? max ?? 0);

/** Figures that stand within TOLERANCE.about of each other: "some 7,000" and "7,200". */
function nearlyOneFigure(a: Claim, b: Claim): boolean {
  const [x, y] = [pointOf(a.value.amount!), pointOf(b.value.amount!)];
  return Math.abs(x - y) <= TOLERANCE.about * Math.max(Math.abs(x), Math.abs(y));
}

/** The figure of a one-sided bound and which way it opens: "as many as 20,000" is 20,000 downwards. */
function boundOf({ value: { amount } }: Claim): { figure: number; opens: 'up' | 'down' } | undefined {
  if (!amount || amount.vague) return undefined;
  if (amount.max === null && amount.min !== null && amount.min > 0) return { figure: amount.min, opens: 'up' };
  if (amount.min === 0 && amount.max) return { figure: amount.max, opens: 'down' };
  return undefined;
}

/**
 * "as many as 20,000 people" and "three people", "more than 50" and "2,000": compatible on paper,
 * but a bound says roughly how many, and a value this far beyond it is of something else.
 */
function farBeyondBound(a: Claim, b: Claim): boolean {
  const [x, y] = [boundOf(a), boundOf(b)];
  if (!x === !y) return false;
  const [bound, other] = x ? [x, b.value.amount!] : [y!, a.value.amount!];
  if (other.min === null || other.max === null) return false;
  const point = pointOf(other);
  return bound.opens === 'down' ? point * ALIGN.boundReach < bound.figure : point > bound.figure * ALIGN.boundReach;
}

/** A figure named strongly enough to conflict at any distance: not a measure named by a common word. */
const isOneFigure = (c: Claim) => isStrongName(c) && !(MEASURE_UNITS.has(c.value.unit!) && /\/by-(noun|verb)$/.test(c.rule));

/**
 * "9 carries" and "83 carries", "369 punches" and "68 punches": counts of a common noun this far
 * apart are of two things (one game and a season, thrown and landed), unless their sentences
 * read nearly alike ("trapped 5 miners", "trapped 24 miners"); so are measures named by a common
 * word ("716 yards rushing" in a season, "6,728 yards rushing" in a college career). One outcome
 * or one person's figure still conflicts at any distance.
 */
function farApartOfCommonNoun(a: Claim, b: Claim, similarity: number): boolean {
  if (isOneFigure(a) || isOneFigure(b) || similarity >= ALIGN.farApartAlike) return false;
  const [x, y] = [pointOf(a.value.amount!), pointOf(b.value.amount!)].sort((p, q) => p - q);
  return x <= 0 || y / x > ALIGN.commonNounConflictSpread;
}

function quantityAffinity(a: Claim, b: Claim, similarity: number, sharedContext: () => string[]): number | null {
  if (isPartAndWhole(a, b)) return null;
  const { relation } = relateQuantities(a, b);
  // The same outcome or person's count may have grown past a bound ("at least 10 dead", "31 dead").
  if (relation !== 'conflict' && farBeyondBound(a, b) && !(isStrongName(a) && a.value.name === b.value.name)) return null;
  if (relation === 'conflict') {
    // Two parts may be of two wholes: "30 of 207 punches", "28 of his 68 punches".
    if (isOrdinal(a) || isOrdinal(b) || (isPart(a) && isPart(b)) || successiveScores(a, b) || talliesApart(a, b) || farApartOfCommonNoun(a, b, similarity)) return null;
    // Counting the same outcome (the injured) is evidence enough to agree; to conflict, the two
    // contexts must also share something: "seven were injured" in one town and "140 were injured"
    // in the province, with no other word in common, are two parts of the story.
    // The outcome's own words ("injuring 11 residents", "250 others injured") are no such thing,
    // nor another figure's number word ("five dead and 16 injured", "55 injured, five of them critically"),
    // nor the "so far" of two running totals.
    if (a.value.name === b.value.name && (similarity < ALIGN.conflictSharedContext || sharedContext().every((t) => isOutcomeWord(t) || isNumberStem(t) || isRunningTotalTerm(t)))) return null;
  }
  if (isDistinctive(a) && relation === 'equal') return Math.max(similarity, ALIGN.sharedNoun);
  // Whatever noun each report counts it in ("7,000 soldiers", "about 7,000 troops"); "at least 30
  // shots" and "40 officers", merely compatible, are two figures.
  if (isRareFigure(a) && isRareFigure(b) && relation !== 'conflict' && nearlyOneFigure(a, b)) return Math.max(similarity, ALIGN.sharedNoun);
  if (relation !== 'conflict' && refinesNoun(a, b)) return Math.max(similarity, ALIGN.sharedNoun);
  const affinity = sharedNameAffinity(a, b, similarity);
  // "the fifth round" is which round, "five rounds" how many: another report's "fifth round" is the former's.
  return affinity !== null && isOrdinal(a) !== isOrdinal(b) ? affinity * ALIGN.ordinalApart : affinity;
}

/** Significant digits of a whole number as written: 43,885,310 has seven, 170,000 two. */
const significantDigits = (n: number) => String(Math.abs(n)).replace(/0+$/, '').replace('.', '').length;

/** "$43,885,310" in two reports is one sum, even where one sentence dates it "from 2007 through 2014". */
function samePreciseFigure(a: Claim, b: Claim): boolean {
  const [x, y] = [a.value.amount, b.value.amount];
  return !!x?.exact && !!y?.exact && x.min !== null && x.min === y.min && Number.isInteger(x.min) && significantDigits(x.min) >= ALIGN.preciseFigureDigits;
}

/**
 * "a $3 million bond" in two reports, one dating the vote 2009 and the other 2010: the same sum of
 * money for the same thing is one fact, whichever year each ties it to; and so is the same sum one
 * report ties to a period and the other to nothing, whatever verb each uses ("save €30 billion
 * through 2012", "30 billion euros in savings"; "last year, a rate of 35.7 percent").
 */
const sameSum = (a: Claim, b: Claim) =>
  isDistinctive(a) && relateQuantities(a, b).relation === 'equal' && ((!!a.value.name && a.value.name === b.value.name) || !a.event || !b.event);

/**
 * "10 kilometers (six miles)": the outlet's own conversion of the measure before it, no claim of
 * its own, so another report's "six miles" meets the kilometres. A sum in another currency
 * ("500,000 euros ($545,000)") is kept: its rate is the outlet's figure.
 */
function convertsPrevious(text: string, previous: Claim | undefined, claim: Claim): boolean {
  if (!previous || claim.sentence !== previous.sentence || previous.value.unit !== claim.value.unit) return false;
  // The previous claim's span may run past the conversion: "55 km (34 miles) west of Bireun".
  const opens = claim.start < previous.end ? text[claim.start - 1] === '(' : /^\s*\($/.test(text.slice(previous.end, claim.start));
  return MEASURE_UNITS.has(claim.value.unit!) && opens && text[claim.end] === ')';
}

const quantityFamily = (c: Claim) => (c.value.unit === 'score' ? `${c.key}|${c.value.display}|${c.event}` : `${sameValueEntity(c)}|${countOwner(c) ?? ''}|${isOrdinal(c) ? 'ordinal' : ''}`);
/** The noun a count names ("13 shots"), which parts one report's equal counts of two things. */
const countedNounOf = (c: Claim) => (c.value.unit === 'count' && c.rule.endsWith('/by-noun') ? c.value.name : '');

export const quantity: KindSpec = {
  kind: 'quantity',
  eventBound: true,
  oneFactAcrossEvents: (a, b) => samePreciseFigure(a, b) || sameSum(a, b),
  extract(doc) {
    const claims: Claim[] = [];
    for (const m of measures(doc)) {
      const claim = m.unit.kind === 'quantity' ? toClaim(doc, m, claims[claims.length - 1]) : null;
      if (claim && !convertsPrevious(doc.source.text, claims[claims.length - 1], claim)) claims.push(claim);
    }
    return claims;
  },
  relate: relateQuantities,
  entity: (c) => `${quantityFamily(c)}|${countedNounOf(c)}`,
  family: quantityFamily,
  owner: countOwner,
  affinity: quantityAffinity,
  summary: (c) => c.title === true,
};

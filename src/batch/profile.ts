import type { Source, Token } from '../types';
import { tokenize } from '../text/tokens';
import { MONTHS, WEEKDAYS } from '../normalise/dates';

/**
 * What an article says about its event, as counts of features of four channels: its content
 * words (stems), the names it writes (people, places, organisations: capitalised words inside a
 * sentence), the figures it writes in digits, and the years it names.
 */
export interface ArticleProfile {
  /** Stems of content words, with their counts; the title's count double. */
  words: Map<string, number>;
  /** Each stem as first written ("Tabar" for "tabar"), for labels. */
  written: Map<string, string>;
  /** Capitalised words not at a sentence's start, and runs of them ("tara reid"), folded. */
  names: Map<string, number>;
  /** Figures in digits other than years ("6.1", "90", "1,200"), as written without separators. */
  figures: Map<string, number>;
  /** When it says things happened: weekdays, months, days of a month, years ("saturday", "dec", "dec 13", "2008"). */
  dates: Map<string, number>;
  /** Years named (1900–2099): reports of one event name the same year, or none. */
  years: Set<number>;
}

const YEAR = /^(19|20)\d\d$/;
const FIGURE = /^\d+(?:[.,]\d+)*$/;
/** A token that ends a sentence, or opens a quotation a new sentence may start in. */
const SENTENCE_END = new Set(['.', '!', '?', '"', '“', "'", '‘', ':', ';', '`', '(', '-', '—', '–']);

/** Whether a token starts a sentence or a line: its capital says nothing about a name. */
function startsSentence(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const previous = tokens[i - 1];
  return SENTENCE_END.has(previous.text) || text.slice(previous.end, tokens[i].start).includes('\n');
}

const isCapitalised = (t: Token) => t.content && /^\p{Lu}/u.test(t.text);

function add(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])$/;

/**
 * The date a token names, as a feature: a weekday, a month (with its day when one follows: "Dec.
 * 13"), a year. "May" is a month only before a day or a year: otherwise it is the verb.
 */
function dateFeature(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (YEAR.test(t.text)) return t.text;
  if (!/^\p{Lu}/u.test(t.text)) return undefined;
  const norm = t.norm.replace(/\.$/, '');
  if (WEEKDAYS.includes(norm)) return norm;
  const month = MONTHS[norm];
  if (month === undefined) return undefined;
  const next = tokens[i + 1]?.text ?? '';
  if (DAY_OF_MONTH.test(next)) return `${month}/${next}`;
  return norm === 'may' && !YEAR.test(next) ? undefined : String(month);
}

/** The first line of an article, where its headline or first sentence stands. */
const titleEnd = (source: Pick<Source, 'text'>) => {
  const newline = source.text.indexOf('\n');
  return newline < 0 ? source.text.length : newline;
};

/** The profile of one article, from its text (and its title when the input gave one). */
export function profileOf(source: Pick<Source, 'text' | 'title'>): ArticleProfile {
  const text = source.title ? `${source.title}\n${source.text}` : source.text;
  const tokens = tokenize(text);
  const inTitle = titleEnd({ text });
  const profile: ArticleProfile = { words: new Map(), written: new Map(), names: new Map(), figures: new Map(), dates: new Map(), years: new Set() };
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) add(profile.names, run.join(' '));
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.content) {
      add(profile.words, t.stem, t.start < inTitle ? 2 : 1);
      if (!profile.written.has(t.stem)) profile.written.set(t.stem, t.text);
    }
    const when = dateFeature(tokens, i);
    if (when) add(profile.dates, when);
    if (YEAR.test(t.text)) profile.years.add(Number(t.text));
    else if (FIGURE.test(t.text)) add(profile.figures, t.text.replace(/,/g, ''));
    if (!isCapitalised(t)) return endRun();
    if (startsSentence(text, tokens, i) && run.length === 0) return;
    add(profile.names, t.norm);
    run.push(t.norm);
  });
  endRun();
  return profile;
}

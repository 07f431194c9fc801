import type { Claim, Doc, Token } from '../../types';
import { ALIGN } from '../../thresholds';
import { isContentWord } from '../../text/context';
import { countryOf, placeMentionAt } from '../place';
import { isHeadline } from '../person/names';
import { makeClaim } from '../claim';
import type { KindSpec } from '../spec';
import { conceptOf } from './concepts';
import { isInQuotation } from '../../text/quotations';
import { isTitleLine } from '../../text/context';
import { countSharedTerms } from '../../collections';

// Words that open a new clause after a comma: "…, even though the Russian president rejected…".
const CLAUSE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'but', 'however', 'yet', 'as', 'even', 'because', 'since', 'which', 'who', 'after', 'before', 'when', 'saying', 'adding', 'asserting', 'suggesting', 'insisting', 'expressing', 'drawing', 'ruling', 'warning', 'urging']);
// "… and urged stronger sanctions": after "and", a second verb of saying opens a second claim…
const REPORTING_VERBS = new Set(['said', 'stated', 'added', 'urged', 'warned', 'told', 'called', 'insisted', 'stressed', 'noted', 'argued', 'claimed', 'confirmed', 'denied', 'suggested', 'announced', 'vowed', 'pledged']);
// …and so does an auxiliary or a pronoun: "… and had been in poor health", "… and she left".
const SECOND_PREDICATE = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'he', 'she', 'they', 'we', 'it', 'i']);
const opensPredicate = (t: Token) => REPORTING_VERBS.has(t.norm) || SECOND_PREDICATE.has(t.norm);
const MIN_CONTENT_WORDS = 3;
// A denial is half of what a clause says: "no injuries were reported" and "there were no reports
// of injuries" share it, "injuries were reported" does not.
const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'without']);
const NEGATED = 'NOT';

// Semicolons and dashes: the em and en dash, and the horizontal bar some outlets set for a dash
// ("… drop out of the race ― if the allegations are true").
const CLAUSE_MARK = /^[;—–―]$/;

/** A hyphen typed for a dash: "a man - were killed", "Mattis -- the first …", set apart by spaces, unlike "well-known". */
function isTypedDash(doc: Doc, t: Token): boolean {
  if (t.text !== '-') return false;
  const text = doc.source.text;
  let [from, to] = [t.start, t.end];
  while (text[from - 1] === '-') from--;
  while (text[to] === '-') to++;
  return /\s/.test(text[from - 1] ?? '') && /\s/.test(text[to] ?? '');
}

/** Splits a sentence into clauses at semicolons, dashes and commas that open a new clause. */
function clauses(doc: Doc, firstToken: number, endToken: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = firstToken;
  for (let i = firstToken; i < endToken; i++) {
    const t = doc.tokens[i];
    const next = doc.tokens[i + 1];
    const cut = CLAUSE_MARK.test(t.text) || isTypedDash(doc, t) || (t.text === ',' && next && CLAUSE_OPENERS.has(next.norm)) || (t.norm === 'and' && next && opensPredicate(next));
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (endToken > start) out.push([start, endToken]);
  return out;
}

// Verbs that attribute a clause to its source: "…, police said", "Officials told reporters that …".
const ATTRIBUTING = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'stated', 'according']);
const attributes = (t: Token) => ATTRIBUTING.has(t.norm);
const TELLING = new Set(['told', 'tells', 'tell']);
const isComma = (t: Token) => t.text === ',';

/** Index of the first token in [from, to) that passes the test, or -1. */
function firstWhere(tokens: Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let i = from; i < to; i++) if (test(tokens[i])) return i;
  return -1;
}

/** "…, the spokesman said": a short tail after the clause's last comma that holds a verb of saying. */
function attributionTail(tokens: Token[], from: number, to: number): [number, number] | null {
  let comma = to - 1;
  while (comma > from && !isComma(tokens[comma])) comma--;
  const short = to - comma - 1 <= ALIGN.attributionWords;
  return comma > from && short && firstWhere(tokens, comma + 1, to, attributes) >= 0 ? [comma, to] : null;
}

/** "Police said …", "Sources told Fox News that …": a short subject and its verb of saying opening the clause. */
function attributionHead(tokens: Token[], from: number, to: number): [number, number] | null {
  const verb = firstWhere(tokens, from, Math.min(to, from + ALIGN.attributionWords + 1), (t) => attributes(t) || isComma(t));
  if (verb < 0 || !attributes(tokens[verb]) || tokens[verb].norm === 'according') return null;
  if (!TELLING.has(tokens[verb].norm)) return [from, verb + 1];
  // "told the Herald that …": whom it was told is attribution too.
  const that = firstWhere(tokens, verb + 1, Math.min(to, verb + 1 + ALIGN.attributionWords), (t) => t.norm === 'that' || isComma(t));
  return [from, that >= 0 && tokens[that].norm === 'that' ? that + 1 : verb + 1];
}

/** "according to police": up to the next comma. */
function accordingTo(tokens: Token[], from: number, to: number): [number, number] | null {
  const at = firstWhere(tokens, from, to - 1, (t) => t.norm === 'according');
  if (at < 0 || tokens[at + 1].norm !== 'to') return null;
  const comma = firstWhere(tokens, at, to, isComma);
  return [at, comma < 0 ? to : comma];
}

/**
 * Whether a token of a clause names who said it rather than what was said. Outlets attribute one
 * fact to different sources (the police, a spokesman, a newspaper), and those words only dilute
 * what the clause says.
 */
function attribution(tokens: Token[], from: number, to: number): (i: number) => boolean {
  const spans = [attributionTail(tokens, from, to), attributionHead(tokens, from, to), accordingTo(tokens, from, to)].filter((s) => s !== null);
  return (i) => spans.some(([a, b]) => a <= i && i < b);
}

/**
 * The terms a clause is compared on: content stems, with places folded to their country ("Kyiv"
 * and "Ukrainian" both → Ukraine) and stance verbs to their concept (rejected, refused → refuse);
 * its attribution left out, unless too few terms would be left ("A spokesman said the mayor had
 * resigned": who said it is then part of what two such clauses share).
 */
function terms(doc: Doc, from: number, to: number): string[] {
  const said = termsBut(doc, from, to, attribution(doc.tokens, from, to));
  return said.length >= MIN_CONTENT_WORDS ? said : termsBut(doc, from, to, () => false);
}

function termsBut(doc: Doc, from: number, to: number, leftOut: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (leftOut(i)) continue;
    const place = placeMentionAt(doc.tokens, i, to);
    if (place && !place.inName) {
      out.push(countryOf(place.id));
      i = place.to - 1;
    } else if (isContentWord(doc.tokens[i])) out.push(conceptOf(doc.tokens[i]));
    else if (NEGATIONS.has(doc.tokens[i].norm)) out.push(NEGATED);
  }
  return out;
}

const trimPunctuation = (tokens: Token[], from: number, to: number): [number, number] => {
  while (from < to && !/^[\p{L}\d“"‘]/u.test(tokens[from].text)) from++;
  while (to > from && !/^[\p{L}\d”"’.!?…)]/u.test(tokens[to - 1].text)) to--;
  return [from, to];
};

/** Distinct terms two statements share, and how many of them are not places. */
const sharedTerms = (a: string[], b: string[]) => ({ all: countSharedTerms(a, b), words: countSharedTerms(a, b, (t) => !isPlaceTerm(t)) });

/** Share of the shorter clause's distinct terms that the two share. */
const containedShare = (a: string[], b: string[], shared: number) => shared / Math.min(new Set(a).size, new Set(b).size);

const isPlaceTerm = (t: string) => /^(country|city|state|region):/.test(t);

/**
 * Share of a clause's words inside quotation marks. A clause that is nearly all quote ("“He has
 * been knocking on the door,” said the coach") is the quote kind's; as a statement it would only
 * repeat it.
 */
function quotedShare(doc: Doc, from: number, to: number): number {
  let quoted = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (!isContentWord(doc.tokens[i])) continue;
    words++;
    if (isInQuotation(doc, doc.tokens[i].start)) quoted++;
  }
  return words ? quoted / words : 0;
}

// A clause of names alone ("Prime Minister Jonas Ekdahl") asserts nothing: a statement needs
// lower-case words, its verbs and nouns. A headline writes them in capitals ("Mayor Quits Over
// Harbour Deal"), and says something all the same.
const saysSomething = (doc: Doc, from: number, to: number, headline: boolean) =>
  headline ||
  doc.tokens.slice(from, to).filter((t) => isContentWord(t) && /^\p{Ll}/u.test(t.text)).length >= MIN_LOWERCASE_WORDS;
const MIN_LOWERCASE_WORDS = 2;

const TITLE_RULE = 'statement/title';

function extract(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  for (const s of doc.sentences) {
    const headline = isHeadline(doc.tokens, s);
    const title = isTitleLine(doc, s.index);
    for (const [a, b] of clauses(doc, s.firstToken, s.endToken)) {
      const [from, to] = trimPunctuation(doc.tokens, a, b);
      if (to <= from) continue;
      const context = terms(doc, from, to);
      if (context.length < MIN_CONTENT_WORDS || !saysSomething(doc, from, to, headline) || quotedShare(doc, from, to) > ALIGN.statementQuoted) continue;
      const words = doc.tokens.slice(from, to).map((t) => t.norm);
      claims.push(makeClaim(doc, { kind: 'statement', from, to, rule: title ? TITLE_RULE : 'statement/clause', value: { words, display: doc.source.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end) }, key: 'statement', context }));
    }
  }
  return claims;
}

export const statement: KindSpec = {
  kind: 'statement',
  extract,
  // A high cosine on one or two shared words is chance; a statement pair needs several.
  affinity(a, b, similarity) {
    if (similarity < ALIGN.statementManyShared) return null;
    const shared = sharedTerms(a.context, b.context);
    // A short clause restating part of a long lead shares much of itself, but the lead's other
    // facts dilute their cosine.
    const contained = containedShare(a.context, b.context, shared.all) >= ALIGN.statementContained;
    const enough = similarity >= ALIGN.statement || shared.words >= ALIGN.statementManySharedWords || contained;
    return enough && shared.all >= ALIGN.statementSharedTerms && shared.words >= ALIGN.statementSharedWords ? similarity : null;
  },
  relate: () => ({ relation: 'compatible', reason: 'similar wording' }),
  summary: (c) => c.title === true,
  alignedByWording: true,
};

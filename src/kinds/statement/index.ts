import type { Claim, Doc, Token } from '../../types';
import { ALIGN } from '../../thresholds';
import { isContentWord } from '../../text/context';
import { countryOf, placeAt } from '../place';
import { makeClaim } from '../claim';
import type { KindSpec } from '../spec';
import { conceptOf } from './concepts';

// Words that open a new clause after a comma: "…, even though the Russian president rejected…".
const CLAUSE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'but', 'however', 'yet', 'as', 'even', 'because', 'since', 'which', 'who', 'after', 'before', 'when', 'saying', 'adding', 'asserting', 'suggesting', 'insisting', 'expressing', 'drawing', 'ruling', 'warning', 'urging']);
// "… and urged stronger sanctions": a second verb of saying opens a second claim.
const REPORTING_VERBS = new Set(['said', 'stated', 'added', 'urged', 'warned', 'told', 'called', 'insisted', 'stressed', 'noted', 'argued', 'claimed', 'confirmed', 'denied', 'suggested', 'announced', 'vowed', 'pledged']);
const MIN_CONTENT_WORDS = 3;

/** Splits a sentence into clauses at semicolons, dashes and commas that open a new clause. */
function clauses(doc: Doc, firstToken: number, endToken: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = firstToken;
  for (let i = firstToken; i < endToken; i++) {
    const t = doc.tokens[i];
    const next = doc.tokens[i + 1];
    const cut = /^[;—–]$/.test(t.text) || (t.text === ',' && next && CLAUSE_OPENERS.has(next.norm)) || (t.norm === 'and' && next && REPORTING_VERBS.has(next.norm));
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (endToken > start) out.push([start, endToken]);
  return out;
}

/**
 * The terms a clause is compared on: content stems, with places folded to their country ("Kyiv"
 * and "Ukrainian" both → Ukraine) and stance verbs to their concept (rejected, refused → refuse).
 */
function terms(doc: Doc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const place = placeAt(doc.tokens, i, to);
    if (place) {
      out.push(countryOf(place.id));
      i = place.to - 1;
    } else if (isContentWord(doc.tokens[i])) out.push(conceptOf(doc.tokens[i]));
  }
  return out;
}

const trimPunctuation = (tokens: Token[], from: number, to: number): [number, number] => {
  while (from < to && !/^[\p{L}\d“"‘]/u.test(tokens[from].text)) from++;
  while (to > from && !/^[\p{L}\d”"’.!?…)]/u.test(tokens[to - 1].text)) to--;
  return [from, to];
};

function sharedTerms(a: string[], b: string[]): number {
  const other = new Set(b);
  return new Set(a.filter((t) => other.has(t))).size;
}

function extract(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  for (const s of doc.sentences) {
    for (const [a, b] of clauses(doc, s.firstToken, s.endToken)) {
      const [from, to] = trimPunctuation(doc.tokens, a, b);
      if (to <= from) continue;
      const context = terms(doc, from, to);
      if (context.length < MIN_CONTENT_WORDS) continue;
      const words = doc.tokens.slice(from, to).map((t) => t.norm);
      claims.push(makeClaim(doc, { kind: 'statement', from, to, rule: 'statement/clause', value: { words, display: doc.source.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end) }, key: 'statement', context }));
    }
  }
  return claims;
}

export const statement: KindSpec = {
  kind: 'statement',
  extract,
  // A high cosine on one or two shared words is chance; a statement pair needs several.
  affinity: (a, b, similarity) => (similarity >= ALIGN.statement && sharedTerms(a.context, b.context) >= ALIGN.statementSharedTerms ? similarity : null),
  relate: () => ({ relation: 'compatible', reason: 'similar wording' }),
};

import { numberOf } from '../collections';

/**
 * Inverse document frequency over the sentences of every source: a word found in many sentences
 * ("said", "president") says little about which fact a claim is about. Terms are also numbered
 * here, once per run, so vectors hold numbers rather than strings.
 */
export interface Idf {
  /** The number of a term; a term met for the first time gets the next one. */
  id(term: string): number;
  /** The weight of a term by its number. */
  weightOf(id: number): number;
  /** Terms by number. */
  readonly terms: readonly string[];
}

export function buildIdf(sentenceTerms: Iterable<string[]>): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const terms of sentenceTerms) {
    n++;
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const weights: number[] = [];
  const weight = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  return {
    id(t) {
      const id = numberOf(ids, t);
      if (id === terms.length) {
        terms.push(t);
        weights.push(weight(t));
      }
      return id;
    },
    weightOf: (id) => weights[id],
    terms,
  };
}

/**
 * A term vector: term numbers in ascending order and their tf-idf weights, with the norm
 * precomputed. Two plain arrays rather than a Map: a hundred thousand vectors take a third of the
 * memory, and the cosine is a merge of two sorted lists.
 */
export interface Vector {
  ids: number[];
  weights: number[];
  norm: number;
  idf: Idf;
}

export function toVector(terms: string[], idf: Idf): Vector {
  const sorted = terms.map(idf.id).sort((x, y) => x - y);
  const ids: number[] = [];
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < sorted.length; ) {
    let tf = 1;
    while (sorted[i + tf] === sorted[i]) tf++;
    const w = tf * idf.weightOf(sorted[i]);
    ids.push(sorted[i]);
    weights.push(w);
    sum += w * w;
    i += tf;
  }
  // Exact-size copies: a pushed-to array keeps room for 17, and every group keeps its vector.
  return { ids: ids.slice(), weights: weights.slice(), norm: Math.sqrt(sum), idf };
}

/** Cosine similarity of two vectors. Allocates nothing: it runs for every candidate pair. */
export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else dot += a.weights[i++] * b.weights[j++];
  }
  return dot / (a.norm * b.norm);
}

/** The terms two vectors share, sorted: what --explain shows of a pair's context. */
export function sharedTerms(a: Vector, b: Vector): string[] {
  return a.ids.filter((id) => b.ids.includes(id)).map((id) => a.idf.terms[id]).sort();
}

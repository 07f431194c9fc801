/**
 * Inverse document frequency over the sentences of every source: a word found in many sentences
 * ("said", "president") says little about which fact a claim is about.
 */
export interface Idf {
  weight(term: string): number;
}

export function buildIdf(sentenceTerms: Iterable<string[]>): Idf {
  const df = new Map<string, number>();
  let n = 0;
  for (const terms of sentenceTerms) {
    n++;
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { weight: (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1 };
}

/** A term vector: term → tf-idf weight, with its norm precomputed. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export function toVector(terms: string[], idf: Idf): Vector {
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + 1);
  let sum = 0;
  for (const [t, tf] of weights) {
    const w = tf * idf.weight(t);
    weights.set(t, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** Cosine similarity of two vectors. Allocates nothing: it runs for every candidate pair. */
export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** The terms two vectors share, sorted: what --explain shows of a pair's context. */
export function sharedTerms(a: Vector, b: Vector): string[] {
  return [...a.weights.keys()].filter((t) => b.weights.has(t)).sort();
}

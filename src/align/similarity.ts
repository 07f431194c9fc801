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

/** Cosine similarity of two vectors, and the terms they share (for --explain). */
export function cosine(a: Vector, b: Vector): { score: number; shared: string[] } {
  if (!a.norm || !b.norm) return { score: 0, shared: [] };
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  const shared: string[] = [];
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) {
      dot += w * v;
      shared.push(t);
    }
  }
  return { score: dot / (a.norm * b.norm), shared: shared.sort() };
}

/** A similarity between two articles (a < b), as the grouping's graph holds it. */
export interface Link {
  a: number;
  b: number;
  similarity: number;
}

interface Candidate {
  average: number;
  a: number;
  b: number;
  /** Sizes of the two clusters when the candidate was made: a merge since makes it stale. */
  sizeA: number;
  sizeB: number;
}

/** Whether candidate x should merge before y: higher average similarity, then lower ids (determinism). */
const before = (x: Candidate, y: Candidate) => x.average > y.average || (x.average === y.average && (x.a < y.a || (x.a === y.a && x.b < y.b)));

/** A binary heap of merge candidates, best first. */
class CandidateHeap {
  private items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(c: Candidate): void {
    const items = this.items;
    items.push(c);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): Candidate {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let best = i;
      if (l < items.length && before(items[l], items[best])) best = l;
      if (r < items.length && before(items[r], items[best])) best = r;
      if (best === i) break;
      [items[i], items[best]] = [items[best], items[i]];
      i = best;
    }
    return top;
  }
}

/**
 * Average-link agglomerative clustering of `count` items over a sparse graph (a missing link is
 * similarity 0): the two clusters of highest mean similarity between their members merge, while
 * that mean is at least `threshold`. No number of clusters is given; the same graph always gives
 * the same clusters. Clusters come back as lists of items in increasing order, by first item.
 */
export function averageLink(count: number, links: Link[], threshold: number): number[][] {
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  /** For each live cluster (by its lowest item), the summed similarity to each neighbouring cluster. */
  const sums: Array<Map<number, number>> = Array.from({ length: count }, () => new Map());
  for (const { a, b, similarity } of links) {
    sums[a].set(b, (sums[a].get(b) ?? 0) + similarity);
    sums[b].set(a, (sums[b].get(a) ?? 0) + similarity);
  }
  const heap = new CandidateHeap();
  const offer = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const average = sums[x].get(y)! / (members[x].length * members[y].length);
    if (average >= threshold) heap.push({ average, a: x, b: y, sizeA: members[x].length, sizeB: members[y].length });
  };
  sums.forEach((neighbours, a) => neighbours.forEach((_, b) => a < b && offer(a, b)));
  while (heap.size > 0) {
    const { a, b, sizeA, sizeB } = heap.pop();
    if (members[a].length !== sizeA || members[b].length !== sizeB) continue;
    merge(a, b, members, sums);
    for (const c of sums[a].keys()) offer(a, c);
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y));
}

/** Cluster b joins cluster a (a < b): members, and summed similarities to every neighbour. */
function merge(a: number, b: number, members: number[][], sums: Array<Map<number, number>>): void {
  members[a].push(...members[b]);
  members[b] = [];
  sums[a].delete(b);
  for (const [c, s] of sums[b]) {
    if (c === a) continue;
    const total = (sums[a].get(c) ?? 0) + s;
    sums[a].set(c, total);
    sums[c].delete(b);
    sums[c].set(a, total);
  }
  sums[b] = new Map();
}

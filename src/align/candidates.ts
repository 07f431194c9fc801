import type { Group } from './index';
import { groupBy } from '../collections';

/**
 * A block of up to this many groups is compared pair by pair: exact, and cheap at that size (a
 * few reports of one event give blocks of about a hundred statements at most).
 */
const EXHAUSTIVE_BLOCK = 256;
/**
 * In a larger block, a context term held by more than this share of its groups ("trump", "kill")
 * links nothing by itself: pairs that state one fact share rarer terms too.
 */
const MAX_TERM_SHARE = 0.05;
/**
 * Sorted neighbourhood: within one value or one term, each group is paired with this many groups
 * after it in source order, not with all of them. A fact carried by 500 reports is still found
 * whole, as a chain of pairs, in 500 × 8 comparisons instead of 125,000.
 */
const WINDOW = 8;
/**
 * Each group is also paired with this many groups after it in source order whatever their value
 * and context: kinds that pair without shared words ("Georgia Meloni" and "Giorgia Meloni")
 * still meet the other spelling of a neighbouring report.
 */
const NEIGHBOURS = 4;
/** In a large block, each group is indexed under this many of its context terms. */
const INDEXED_TERMS = 6;

/** Groups of one key: only they can state one fact. */
const blocks = (groups: Group[]): Group[][] => [...groupBy(groups, (g) => g.claims[0].key).values()];

function push<K>(index: Map<K, number[]>, key: K, i: number): void {
  const list = index.get(key);
  if (list) {
    if (list[list.length - 1] !== i) list.push(i);
  } else index.set(key, [i]);
}

/**
 * A group's heaviest context terms (rarest, most repeated): two statements of one fact share
 * some of these, and indexing only them keeps the lists short.
 */
function weightiest(g: Group, k: number): number[] {
  const { ids, weights, idf } = g.vector;
  if (ids.length <= k) return ids;
  const order = ids.map((_, i) => i).sort((x, y) => weights[y] - weights[x] || (idf.terms[ids[x]] < idf.terms[ids[y]] ? -1 : 1));
  return order.slice(0, k).map((i) => ids[i]);
}

/**
 * The lists of groups (indexes into the block, ascending) that may state one fact: one per
 * normalised value, and one per context term (an inverted index), common terms left out.
 */
function links(block: Group[]): number[][] {
  const byValue = new Map<number, number[]>();
  const byTerm = new Map<number, number[]>();
  block.forEach((g, i) => {
    push(byValue, g.value, i);
    for (const term of weightiest(g, INDEXED_TERMS)) push(byTerm, term, i);
  });
  const common = Math.max(WINDOW, MAX_TERM_SHARE * block.length);
  return [...byValue.values(), ...[...byTerm.values()].filter((list) => list.length <= common)];
}

/** How many pairs a list of this length gives when each item is paired with the next `width`. */
const windowPairs = (length: number, width: number) => {
  const full = Math.max(0, length - width);
  return full * width + (Math.min(width, length) * (Math.min(width, length) - 1)) / 2;
};

/** The candidate pairs of one block: groups of one key, which alone can state one fact. */
export interface CandidateBlock {
  /** Its groups: of one key, in group order. */
  groups: Group[];
  /** At most this many pairs are visited. */
  maxPairs: number;
  /** Calls `visit` once for each candidate pair of groups from different sources. */
  forEachPair(visit: (a: Group, b: Group) => void): void;
}

/**
 * The blocks of candidate pairs, one at a time. A small block pairs every two groups; a large one
 * only groups with one normalised value or one shared context term, each with its next neighbours
 * in the list, so the work grows with the number of groups, not with its square.
 */
export function* candidateBlocks(groups: Group[]): Generator<CandidateBlock> {
  for (const block of blocks(groups)) {
    const n = block.length;
    const ifApart = (visit: (a: Group, b: Group) => void) => (a: Group, b: Group) => a.source !== b.source && visit(a, b);
    if (n <= EXHAUSTIVE_BLOCK) {
      yield {
        groups: block,
        maxPairs: (n * (n - 1)) / 2,
        forEachPair(visit) {
          const add = ifApart(visit);
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) add(block[i], block[j]);
        },
      };
      continue;
    }
    const windows: Array<[number[], number]> = [...links(block).map((list): [number[], number] => [list, WINDOW]), [block.map((_, i) => i), NEIGHBOURS]];
    const maxPairs = windows.reduce((sum, [list, width]) => sum + windowPairs(list.length, width), 0);
    yield {
      groups: block,
      maxPairs,
      forEachPair(visit) {
        // Pairs as numbers (i × size + j), sorted and deduplicated in a typed array: a Set or an
        // array of millions of pairs costs far more memory and collection time. 32 bits do while
        // the block has fewer than 65,536 groups.
        const sorted = n * n <= 2 ** 32 ? new Uint32Array(maxPairs) : new Float64Array(maxPairs);
        let filled = 0;
        for (const [list, width] of windows) {
          for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length && j <= i + width; j++) sorted[filled++] = list[i] * n + list[j];
        }
        sorted.sort();
        const add = ifApart(visit);
        for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) add(block[Math.floor(sorted[k] / n)], block[sorted[k] % n]);
      },
    };
  }
}

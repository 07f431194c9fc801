import type { Finding, SharedPassage, SharedText, Source } from '../types';
import { LINEAGE } from '../thresholds';
import { words, type WordList } from './words';
import { groupBy } from '../collections';

/**
 * An n-gram of word ids as one number (two 26-bit polynomial hashes side by side), so the table
 * holds numbers, not a joined string per n-gram: 6 MB of text would make a million such strings.
 * Two different n-grams sharing a hash is rare enough not to matter for grouping sources.
 */
function ngramHash(wordIds: Int32Array, from: number, n: number): number {
  let h1 = 0;
  let h2 = 0;
  for (let k = from; k < from + n; k++) {
    h1 = (Math.imul(h1, 31) + wordIds[k] + 1) & 0x3ffffff;
    h2 = (Math.imul(h2, 1000003) + wordIds[k] * 7 + 3) & 0x3ffffff;
  }
  return h1 * 0x4000000 + h2;
}

/** Where an n-gram starts (source and word) as one number: a table of numbers costs no objects. */
const PLACE = 2 ** 26;

/**
 * Every word n-gram of every source goes into one hash table, keeping the first place it was seen,
 * so finding the n-grams that two or more sources share is linear in the words read. Each source
 * that has an n-gram is matched with the first source that has it, not with every other: a text
 * repeating itself ("Mr. Mr. Mr. …") or printed by 500 outlets stays linear, and families still
 * form, since copies of one text all meet its first printing. Matches are kept by pair of sources
 * (a × sources + b, a < b) as a flat list of word positions: i in a, j in b, i, j, …
 */
function sharedNgrams(texts: WordList[], n: number): Map<number, number[]> {
  const first = new Map<number, number>();
  const byPair = new Map<number, number[]>();
  texts.forEach(({ ids }, s) => {
    // Only an n-gram's first place in each source counts.
    const met = new Set<number>();
    for (let j = 0; j + n <= ids.length; j++) {
      const key = ngramHash(ids, j, n);
      const place = first.get(key);
      if (place === undefined) first.set(key, s * PLACE + j);
      else if (Math.floor(place / PLACE) !== s && !met.has(key)) {
        met.add(key);
        const pair = Math.floor(place / PLACE) * texts.length + s;
        const matches = byPair.get(pair) ?? byPair.set(pair, []).get(pair)!;
        matches.push(place % PLACE, j);
      }
    }
  });
  return byPair;
}

interface Run {
  /** First word of the run in each text, and its length in words. */
  i: number;
  j: number;
  length: number;
}

/** Joins matches (flat i, j pairs) that continue one another (same offset between the texts) into runs. */
function runs(matches: number[], n: number): Run[] {
  const order = Array.from({ length: matches.length / 2 }, (_, k) => 2 * k);
  const [i, j] = [(k: number) => matches[k], (k: number) => matches[k + 1]];
  order.sort((x, y) => i(x) - j(x) - (i(y) - j(y)) || i(x) - i(y));
  const found: Run[] = [];
  for (const k of order) {
    const last = found[found.length - 1];
    if (last && last.i - last.j === i(k) - j(k) && i(k) <= last.i + last.length) last.length = Math.max(last.length, i(k) - last.i + n);
    else found.push({ i: i(k), j: j(k), length: n });
  }
  return found.sort((x, y) => x.i - y.i || x.j - y.j);
}

/** Share of a text's words inside the given runs (first word, length), to two decimals. */
function coverage(total: number, covered: Array<[number, number]>): number {
  if (total === 0) return 0;
  let marked = 0;
  let reach = 0;
  for (const [from, length] of [...covered].sort((x, y) => x[0] - y[0])) {
    const end = Math.min(from + length, total);
    if (end > reach) marked += end - Math.max(from, reach);
    reach = Math.max(reach, end);
  }
  return Math.round((marked / total) * 100) / 100;
}

/** The passages each pair of sources prints nearly word for word, ignoring case and punctuation. */
export function findShared(sources: Array<Pick<Source, 'id' | 'text'>>, n: number = LINEAGE.ngram): SharedText[] {
  const [vocabulary, known] = [new Map<string, number>(), new Map<string, number>()];
  const texts = sources.map((s) => words(s.text, vocabulary, known));
  // Pairs in source order: a × sources + b sorts by a, then b.
  const pairs = [...sharedNgrams(texts, n)].sort(([p], [q]) => p - q);
  return pairs.map(([pair, matches]) => {
    const [a, b] = [Math.floor(pair / sources.length), pair % sources.length];
    const [wa, wb] = [texts[a], texts[b]];
    const found = runs(matches, n);
    const passages: SharedPassage[] = found.map(({ i, j, length }) => ({
      a: { start: wa.starts[i], end: wa.ends[i + length - 1] },
      b: { start: wb.starts[j], end: wb.ends[j + length - 1] },
      words: length,
    }));
    return {
      sources: [sources[a].id, sources[b].id],
      coverage: [coverage(wa.ids.length, found.map((r) => [r.i, r.length])), coverage(wb.ids.length, found.map((r) => [r.j, r.length]))],
      passages,
    };
  });
}

/** Whether two sources print one text: their shared passages cover enough of either. */
export const isCopy = (s: SharedText) => Math.max(...s.coverage) > LINEAGE.coverage;

/** Groups sources into families that print one text (union-find over copying pairs). */
export function families(ids: string[], shared: SharedText[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const order = new Map(ids.map((id, i) => [id, i]));
  const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
  for (const s of shared.filter(isCopy)) {
    // The earlier root stays the root, so every family lists its members in source order.
    const [x, y] = s.sources.map(root).sort((p, q) => order.get(p)! - order.get(q)!);
    if (x !== y) parent.set(y, x);
  }
  return [...groupBy(ids, root).values()];
}

/** Counts how many families a finding's sources fall into (its independent support), for one run's families. */
export function independentSupport(familyList: string[][]): (finding: Pick<Finding, 'sources'>) => number {
  const familyOf = new Map(familyList.flatMap((family, i) => family.map((id) => [id, i] as const)));
  return (finding) => new Set(finding.sources.map((id) => familyOf.get(id))).size;
}

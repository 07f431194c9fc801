import type { Finding, SharedPassage, SharedText, Source } from '../types';
import { LINEAGE } from '../thresholds';
import { words, type Word } from './words';

/**
 * An n-gram of word ids as one number (two 26-bit polynomial hashes side by side), so the table
 * holds numbers, not a joined string per n-gram: 6 MB of text would make a million such strings.
 * Two different n-grams sharing a hash is rare enough not to matter for grouping sources.
 */
function ngramHash(wordIds: number[], from: number, n: number): number {
  let h1 = 0;
  let h2 = 0;
  for (let k = from; k < from + n; k++) {
    h1 = (Math.imul(h1, 31) + wordIds[k] + 1) & 0x3ffffff;
    h2 = (Math.imul(h2, 1000003) + wordIds[k] * 7 + 3) & 0x3ffffff;
  }
  return h1 * 0x4000000 + h2;
}

/** Where one n-gram starts: which source, and which word of it. */
type Place = [source: number, word: number];

/**
 * Every word n-gram of every source goes into one hash table, keeping its first place in each
 * source, so finding the n-grams that two or more sources share is linear in the words read. Each
 * source that has an n-gram is matched with the first source that has it, not with every other:
 * a text repeating itself ("Mr. Mr. Mr. …") or printed by 500 outlets stays linear, and families
 * still form, since copies of one text all meet its first printing.
 */
function sharedNgrams(texts: Word[][], n: number): Map<string, Array<[number, number]>> {
  const table = new Map<number, Place[]>();
  const ids = new Map<string, number>();
  texts.forEach((ws, s) => {
    const wordIds = ws.map((w) => ids.get(w.norm) ?? ids.set(w.norm, ids.size).get(w.norm)!);
    for (let i = 0; i + n <= ws.length; i++) {
      const key = ngramHash(wordIds, i, n);
      const places = table.get(key);
      if (!places) table.set(key, [[s, i]]);
      else if (places[places.length - 1][0] !== s) places.push([s, i]);
    }
  });
  // Matches by pair of sources "a,b" (a < b): the word where the n-gram starts in each.
  const byPair = new Map<string, Array<[number, number]>>();
  for (const [[a, i], ...others] of table.values()) {
    for (const [b, j] of others) {
      const key = `${a},${b}`;
      const matches = byPair.get(key);
      if (matches) matches.push([i, j]);
      else byPair.set(key, [[i, j]]);
    }
  }
  return byPair;
}

interface Run {
  /** First word of the run in each text, and its length in words. */
  i: number;
  j: number;
  length: number;
}

/** Joins matches that continue one another (same offset between the two texts) into runs. */
function runs(matches: Array<[number, number]>, n: number): Run[] {
  const sorted = [...matches].sort((x, y) => x[0] - x[1] - (y[0] - y[1]) || x[0] - y[0]);
  const found: Run[] = [];
  for (const [i, j] of sorted) {
    const last = found[found.length - 1];
    if (last && last.i - last.j === i - j && i <= last.i + last.length) last.length = Math.max(last.length, i - last.i + n);
    else found.push({ i, j, length: n });
  }
  return found.sort((x, y) => x.i - y.i || x.j - y.j);
}

/** Share of a text's words inside the given runs (first word, length), to two decimals. */
function coverage(total: number, covered: Array<[number, number]>): number {
  if (total === 0) return 0;
  const marked = new Uint8Array(total);
  for (const [first, length] of covered) marked.fill(1, first, first + length);
  return Math.round((marked.reduce((sum, m) => sum + m, 0) / total) * 100) / 100;
}

/** The passages each pair of sources prints nearly word for word, ignoring case and punctuation. */
export function findShared(sources: Array<Pick<Source, 'id' | 'text'>>, n: number = LINEAGE.ngram): SharedText[] {
  const texts = sources.map((s) => words(s.text));
  const shared: SharedText[] = [];
  for (const [key, matches] of sharedNgrams(texts, n)) {
    const [a, b] = key.split(',').map(Number);
    const [wa, wb] = [texts[a], texts[b]];
    const found = runs(matches, n);
    const passages: SharedPassage[] = found.map(({ i, j, length }) => ({
      a: { start: wa[i].start, end: wa[i + length - 1].end },
      b: { start: wb[j].start, end: wb[j + length - 1].end },
      words: length,
    }));
    shared.push({
      sources: [sources[a].id, sources[b].id],
      coverage: [coverage(wa.length, found.map((r) => [r.i, r.length])), coverage(wb.length, found.map((r) => [r.j, r.length]))],
      passages,
    });
  }
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return shared.sort((x, y) => order.get(x.sources[0])! - order.get(y.sources[0])! || order.get(x.sources[1])! - order.get(y.sources[1])!);
}

/** Whether two sources print one text: their shared passages cover enough of either. */
export const isCopy = (s: SharedText) => Math.max(...s.coverage) > LINEAGE.coverage;

/** Groups sources into families that print one text (union-find over copying pairs). */
export function families(ids: string[], shared: SharedText[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => (parent.get(id) === id ? id : root(parent.get(id)!));
  for (const s of shared.filter(isCopy)) {
    // The earlier root stays the root, so every family lists its members in source order.
    const [x, y] = s.sources.map(root).sort((p, q) => ids.indexOf(p) - ids.indexOf(q));
    if (x !== y) parent.set(y, x);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()];
}

/** How many families a finding's sources fall into: its independent support. */
export function independentSupport(finding: Pick<Finding, 'sources'>, familyList: string[][]): number {
  return new Set(finding.sources.map((id) => familyList.findIndex((f) => f.includes(id)))).size;
}

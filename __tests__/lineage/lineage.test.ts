import { families, findShared, independentSupport } from '../../src/lineage';
import { words } from '../../src/lineage/words';
import { LINEAGE } from '../../src/thresholds';
import { EVENTS, reportOf, sourcesOf } from '../helpers/fixtures';

/** The forms lineage compares, in text order. */
function norms(text: string): string[] {
  const vocabulary = new Map<string, number>();
  const { ids } = words(text, vocabulary);
  const forms = [...vocabulary.keys()];
  return [...ids].map((id) => forms[id]);
}

describe('words: case and punctuation do not count', () => {
  test('"The Town’s 2,300 U.S. flood-hit pumps." reads as its words, lower case, punctuation dropped', () => {
    expect(norms('The Town’s 2,300 U.S. flood-hit pumps.')).toEqual(['the', 'towns', '2300', 'us', 'floodhit', 'pumps']);
  });
  test('offsets point at the words in the untouched text', () => {
    const text = '  “Hello,” she said.';
    const { starts, ends } = words(text, new Map());
    expect(starts.length).toBe(3);
    starts.forEach((start, k) => expect(text.slice(start, ends[k]).toLowerCase().replace(/[^a-z]/g, '')).toBe(norms(text)[k]));
  });
});

describe('findShared on fixtures/lineage (courier.txt is a lightly edited copy of wire.txt; herald.txt is independent)', () => {
  // In name order: A courier, B herald, C wire.
  const sources = sourcesOf('lineage');
  const shared = findShared(sources);
  const pair = (a: string, b: string) => shared.find((s) => s.sources[0] === a && s.sources[1] === b);

  test('the edited copy shares most of its words with the original, in several passages broken by the edits', () => {
    const copy = pair('A', 'C')!;
    expect(Math.min(...copy.coverage)).toBeGreaterThan(0.6);
    expect(copy.passages.length).toBeGreaterThan(1);
  });

  test('each passage reads the same in both sources once case and punctuation are dropped', () => {
    const [a, c] = [sources[0].text, sources[2].text];
    for (const p of pair('A', 'C')!.passages) {
      expect(norms(a.slice(p.a.start, p.a.end))).toEqual(norms(c.slice(p.b.start, p.b.end)));
      expect(norms(a.slice(p.a.start, p.a.end))).toHaveLength(p.words);
      expect(p.words).toBeGreaterThanOrEqual(LINEAGE.ngram);
    }
  });

  test('the independent report shares at most a quote with the wire story: far below the threshold', () => {
    const herald = [pair('A', 'B'), pair('B', 'C')].filter((s) => s !== undefined);
    for (const s of herald) expect(Math.max(...s!.coverage)).toBeLessThan(LINEAGE.coverage);
  });

  test('families: the copy and its original are one, the herald stands alone', () => {
    expect(families(['A', 'B', 'C'], shared)).toEqual([['A', 'C'], ['B']]);
  });

  test('a fact carried by all three counts two independent sources', () => {
    const { report } = reportOf('lineage');
    const everywhere = report.findings.filter((f) => f.sources.length === 3);
    expect(everywhere.length).toBeGreaterThan(0);
    for (const f of everywhere) expect(f.independent).toBe(2);
    expect(report.families).toEqual([['A', 'C'], ['B']]);
  });
});

describe('independent reports of one event', () => {
  test.each(EVENTS)('%s: every source is its own family, so support equals the number of sources', (event) => {
    const { report } = reportOf(`events/${event}`);
    expect(report.families).toEqual(report.sources.map((s) => [s.id]));
    for (const f of report.findings) expect(f.independent).toBe(f.sources.length);
  });
});

describe('families: union-find over copying pairs', () => {
  const copy = (a: string, b: string) => ({ sources: [a, b] as [string, string], coverage: [0.9, 0.9] as [number, number], passages: [] });
  test('copies of copies join one family, listed in source order', () => {
    expect(families(['A', 'B', 'C', 'D'], [copy('C', 'D'), copy('B', 'D')])).toEqual([['A'], ['B', 'C', 'D']]);
  });
  test('independent support counts families, not sources', () => {
    expect(independentSupport([['A'], ['B', 'C', 'D']])({ sources: ['B', 'C', 'D', 'A'] })).toBe(2);
  });
});

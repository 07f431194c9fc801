// Front matter and --meta: a source's own date, outlet, title and address. Invented reports.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readSource } from '../../src/ingest';
import { readFrontMatter } from '../../src/ingest/front-matter';
import { readMetaFile } from '../../src/ingest/meta-file';
import { compareSources } from '../../src/pipeline';
import { expectSpansValid } from '../helpers/spans';
import { tempDir } from '../helpers/temp';

const dir = tempDir('front');
/** Writes a file in a fresh folder and returns its path. */
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const read = (path: string, meta?: string) => readSource(path, { maxBytes: 1 << 20, ...(meta ? { meta: { file: meta, entries: readMetaFile(meta, []) } } : {}) });

const BODY = 'The Tarrow ferry sank on Monday with 31 passengers aboard, the coastguard said.\n';
const FRONT = '---\npublished: 2025-05-20\noutlet: Coastline Post\ntitle: Ferry sinks off Tarrow\nurl: https://example.invalid/ferry\n---\n';

describe('front matter', () => {
  test('gives the source its published date, outlet, title and url, and where its text starts', () => {
    const { source, warnings } = read(file('ferry.md', FRONT + BODY));
    expect(warnings).toEqual([]);
    expect(source).toMatchObject({ published: '2025-05-20', outlet: 'Coastline Post', title: 'Ferry sinks off Tarrow', url: 'https://example.invalid/ferry', bodyStart: FRONT.length });
    expect(source.text).toBe(FRONT + BODY);
  });

  test('a time of day is kept in UTC beside the day as written', () => {
    const { source } = read(file('timed.txt', `---\npublished: 2025-05-20T23:30:00-05:00\n---\n${BODY}`));
    expect(source).toMatchObject({ published: '2025-05-20', publishedAt: '2025-05-21T04:30:00Z' });
  });

  test('no claim comes from it, offsets index the whole file, and "Monday" resolves against its date', () => {
    const sources = [FRONT + BODY, '---\npublished: 2025-05-22\noutlet: Harbour News\n---\nThe ferry sank on Tuesday with 31 passengers aboard.\n'].map((text, i) => ({
      id: 'AB'[i],
      ...read(file(`pair-${i}.md`, text)).source,
    }));
    const report = compareSources(sources);
    expectSpansValid(report, sources.map((s) => s.text));
    const claims = report.findings.flatMap((f) => f.claims);
    expect(claims.every((c) => c.start >= sources.find((s) => s.id === c.source)!.bodyStart!)).toBe(true);
    expect(claims.some((c) => /Coastline|Tarrow ferry sinks|example/.test(c.text))).toBe(false);
    const monday = claims.find((c) => c.text === 'Monday')!;
    expect(monday.line).toBe(7);
    const date = report.findings.find((f) => f.kind === 'date' && f.sources.length === 2)!;
    expect(date.reason).toMatch(/2025-05-19/);
  });

  test.each([
    ['never closed', `---\npublished: 2025-05-20\n${BODY}`, /never closed/],
    ['not YAML', `---\npublished: [2025\n---\n${BODY}`, /is not YAML/],
    ['not a mapping', `---\n- one\n- two\n---\n${BODY}`, /not a list of 'field: value' lines/],
    ['an unknown field', `---\nauthor: Ann Lee\noutlet: Coastline Post\n---\n${BODY}`, /unknown field 'author'/],
  ])('front matter %s is a warning naming the file, and the file is still read', (_, text, warning) => {
    const path = file('bad.md', text);
    const { source, warnings } = read(path);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
    expect(warnings[0].startsWith(path)).toBe(true);
    expect(source.text).toBe(text);
  });

  test.each(['2025-13-45', '2025-02-30', '2025-05-20T25:00', 'last Tuesday'])('published %s is an input error naming the value and the file', (published) => {
    const path = file('wrong-date.md', `---\npublished: ${published}\n---\n${BODY}`);
    expect(() => read(path)).toThrow(InputError);
    expect(() => read(path)).toThrow(`${path}: front matter: published '${published}' is not a real date`);
  });

  test('a file that does not start with a --- line has none', () => {
    const warnings: string[] = [];
    expect(readFrontMatter('plain.txt', `Intro\n---\n${BODY}`, warnings)).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});

describe('--meta', () => {
  const a = file('a.txt', BODY);
  const b = file('b.txt', FRONT + BODY);

  test('gives each input path its fields, over those of its front matter', () => {
    const meta = file('meta.json', JSON.stringify({ [a]: { published: '2025-05-21', outlet: 'Wire' }, [b]: { outlet: 'Courier' } }));
    expect(read(a, meta).source).toMatchObject({ published: '2025-05-21', outlet: 'Wire' });
    expect(read(b, meta).source).toMatchObject({ published: '2025-05-20', outlet: 'Courier', title: 'Ferry sinks off Tarrow' });
  });

  test('a date without a time replaces a timed one whole', () => {
    const timed = file('timed-meta.md', `---\npublished: 2025-05-20T09:00Z\n---\n${BODY}`);
    const meta = file('meta-day.json', JSON.stringify({ [timed]: { published: '2025-05-19' } }));
    const { source } = read(timed, meta);
    expect(source.published).toBe('2025-05-19');
    expect(source.publishedAt).toBeUndefined();
  });

  test('a bad date in it names the value, the --meta file and the source', () => {
    const meta = file('meta-bad.json', JSON.stringify({ [a]: { published: '2025-02-30' } }));
    expect(() => read(a, meta)).toThrow(`${a}: --meta ${meta}: published '2025-02-30' is not a real date`);
  });

  test('a file that is not a JSON object is an input error; an entry that is not an object, a warning', () => {
    expect(() => readMetaFile(file('list.json', '[]'), [])).toThrow(/not a JSON object/);
    expect(() => readMetaFile(file('broken.json', '{'), [])).toThrow(/cannot be read as JSON/);
    const warnings: string[] = [];
    expect(readMetaFile(file('odd.json', '{"x.txt": "Reuters"}'), warnings).size).toBe(0);
    expect(warnings[0]).toMatch(/'x.txt' is not an object/);
  });
});

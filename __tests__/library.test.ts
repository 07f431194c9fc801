// `import { compare } from 'factdiff'`: the library API on text and on files.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { compare, InputError, VERSION } from '../src/index';
import { expectSpansValid } from './helpers/spans';

const ROOT = join(__dirname, '..');

describe('compare()', () => {
  test('compares texts given inline, as sources A and B', () => {
    const texts = ['The two leaders held a two-hour discussion on Monday.', 'The two leaders spent two and a half hours talking on Monday.'];
    const report = compare(texts.map((text) => ({ text })));
    expectSpansValid(report, texts);
    expect(report.sources.map((s) => [s.id, s.characters])).toEqual([
      ['A', texts[0].length],
      ['B', texts[1].length],
    ]);
    expect(report.version).toBe(VERSION);
    expect(report.summary.diverge).toBe(1);
  });

  test('reads files by path, the same as the CLI', () => {
    const paths = ['fixtures/report-a.txt', 'fixtures/report-b.txt'].map((p) => join(ROOT, p));
    const report = compare(paths);
    expectSpansValid(report, paths.map((p) => readFileSync(p, 'utf8')));
    expect(report.sources.map((s) => s.path)).toEqual(paths);
  });

  test('a publication date resolves weekdays: options.date for every source', () => {
    const report = compare([{ text: 'They spoke on Monday.' }, { text: 'They spoke on May 19.' }], { date: '2025-05-20' });
    const f = report.findings.find((x) => x.kind === 'date')!;
    expect(f).toMatchObject({ status: 'agree', sources: ['A', 'B'] });
    expect(report.sources.every((s) => s.published === '2025-05-20')).toBe(true);
  });

  test('a missing file is an InputError naming the path', () => {
    expect(() => compare(['fixtures/report-a.txt', join(ROOT, 'fixtures/none.txt')])).toThrow(InputError);
    expect(() => compare([join(ROOT, 'fixtures/none.txt'), join(ROOT, 'fixtures/report-a.txt')])).toThrow(/none\.txt/);
  });

  test('empty text gives no claims and no error', () => {
    const report = compare([{ text: '' }, { text: '   ' }]);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ facts: 0, agree: 0, diverge: 0, only: 0 });
  });
});

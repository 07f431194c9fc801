// The built CLI (`node bin/factdiff.js`) in a child process: audit, formats, -o, exit codes,
// progress and lazy loading. `npm test` builds dist/ before jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/cli/run';
import { parseCsv } from './helpers/csv';
import { tempDir } from './helpers/temp';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const FLOOD = 'fixtures/events/brenmoor-flood';
const SAMPLE = ['fixtures/report-a.txt', 'fixtures/report-b.txt'];

function factdiff(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of `n` reports, the event's three each with a line of its own, for runs with many sources. */
function manyFiles(n: number): string {
  const dir = tempDir('many');
  const names = ['daily.txt', 'herald.txt', 'wire.txt'];
  for (let i = 0; i < n; i++) {
    const text = readFileSync(join(ROOT, FLOOD, names[i % 3]), 'utf8');
    writeFileSync(join(dir, `${String(i).padStart(2, '0')}-${names[i % 3]}`), `${text}\nFiled by desk ${i + 1}.\n`);
  }
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
});

/** Whether the table shows "3 sources, 3 independent" in a cell, wrapped onto its next line. */
function tableShowsSupport(out: string): boolean {
  const lines = out.split('\n');
  return lines.some((line, i) => {
    const at = line.indexOf('│ 3 sources, 3 ');
    return at >= 0 && lines[i + 1].slice(at).startsWith('│ independent ');
  });
}

describe.each(['compare', 'audit'])('factdiff %s --format: each format, each showing how many sources and how many independent', (command) => {
  // F1 of the flood is "Tuesday", in all three independent reports.
  test.each([
    ['table', (out: string) => expect(tableShowsSupport(out)).toBe(true)],
    ['json', (out: string) => expect(JSON.parse(out).findings[0]).toMatchObject({ sources: ['A', 'B', 'C'], independent: 3 })],
    ['markdown', (out: string) => expect(out).toMatch(/^# factdiff.*\n\n\| [\s\S]*\| 3 sources, 3 independent \|/)],
    ['html', (out: string) => expect(out).toMatch(/^<!DOCTYPE html>[\s\S]*<td class="support">3 sources, 3 independent<\/td>[\s\S]*<mark id="F1-A-0"[\s\S]*<\/html>\n$/)],
    ['csv', (out: string) => expect(parseCsv(out)[1].slice(0, 5)).toEqual(['F1', 'date', 'agree', ...(command === 'compare' ? ['equal', '3', '3'] : ['3', '3'])].slice(0, 5))],
  ])('%s', (format, check) => {
    const r = factdiff([command, FLOOD, '--format', format]);
    expect(r.code).toBe(0);
    check(r.stdout);
  });

  test('--json is --format json', () => expect(factdiff([command, ...SAMPLE, '--json']).stdout).toBe(factdiff([command, ...SAMPLE, '--format', 'json']).stdout));

  test('-o FILE writes the report there and nothing to standard output', () => {
    const file = join(tempDir('out'), 'report.html');
    const r = factdiff([command, FLOOD, '-f', 'html', '-o', file]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toBe(factdiff([command, FLOOD, '-f', 'html']).stdout);
  });
});

describe('factdiff audit', () => {
  test('a folder: the matrix with a majority column, then each source’s statistics', () => {
    const r = factdiff(['audit', FLOOD]);
    expect(r.stdout).toMatch(/A: daily\.txt.*B: herald\.txt.*C: wire\.txt.*majority/);
    expect(r.stdout).toMatch(/✗ Katharina Holm/);
    expect(factdiff(['audit', FLOOD, '-f', 'markdown']).stdout).toMatch(/\| Katarina Holm \| \*\*✗ Katharina Holm\*\* \| [^|]*Katarina Holm[^|]* \| Katarina Holm; against: B \|/);
    expect(r.stdout).toMatch(/│ source\s+│ facts carried │ only it carries │ against the majority │/);
    expect(r.stdout).toMatch(/│ B: herald\.txt\s+│ \d+\s+│ \d+\s+│ 1\s+│/);
  });

  test('--columns A,C shows only those sources, and only the facts they carry', () => {
    const out = factdiff(['audit', FLOOD, '--columns', 'A,C', '-f', 'csv']).stdout;
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(['id', 'kind', 'verdict', 'sources', 'independent', 'A: daily.txt', 'C: wire.txt', 'majority', 'against', 'divergent']);
    expect(rows.slice(1).every((r) => r[5] || r[6])).toBe(true);
  });

  test('--columns naming no source is a usage error', () => {
    expect(factdiff(['audit', FLOOD, '--columns', 'A,Q'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/--columns: no source Q/) });
  });

  test('a wide matrix is cut into blocks of columns that fit the width', () => {
    const out = factdiff(['audit', ...['brenmoor-flood', 'kellbrook-tunnel-vote', 'whitcombe-sentencing'].map((e) => `fixtures/events/${e}`)], { COLUMNS: '100' }).stdout;
    expect(out).toMatch(/sources A–\w \(1 of \d\)/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  test('--exit-code: 1 when any fact diverges, 0 when none does', () => {
    expect(factdiff(['audit', FLOOD, '--exit-code']).code).toBe(1);
    expect(factdiff(['audit', 'fixtures/lineage/courier.txt', 'fixtures/lineage/wire.txt', '--exit-code']).code).toBe(0);
    expect(factdiff(['audit', FLOOD]).code).toBe(0);
  });

  test('more than 50 sources is a usage error', () => {
    expect(factdiff(['audit', manyFiles(51)])).toMatchObject({ code: 2, stderr: expect.stringMatching(/at most 50 sources, got 51/) });
  });

  test('a report and its edited copy are one family: "3 sources, 2 independent"', () => {
    const r = factdiff(['audit', 'fixtures/lineage', '-f', 'markdown']);
    expect(r.stdout).toMatch(/\| 3 sources, 2 independent \|/);
    expect(r.stdout).toMatch(/- A and C print one text: \d+ passages shared word for word cover \d+% of A and \d+% of C/);
    expect(r.stdout).toMatch(/- 2 independent of 3 sources: A\+C, B/);
  });
});

describe('progress on standard error', () => {
  test('nothing on a pipe, even with many files', () => {
    const r = factdiff(['audit', manyFiles(12), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/reading|\r/);
  });

  const inMemory = async (args: string[], stderrIsTTY: boolean) => {
    let stderr = '';
    const code = await run(args, { stdout: () => undefined, stderr: (s) => (stderr += s), env: {}, isTTY: false, stderrIsTTY });
    return { code, stderr };
  };

  test('a counter on a terminal with more than five files, cleared at the end', async () => {
    const { code, stderr } = await inMemory(['audit', manyFiles(12), '-f', 'json'], true);
    expect(code).toBe(0);
    expect(stderr).toContain('\rreading 1/12');
    expect(stderr).toContain('\rreading 12/12');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  test('none on a terminal with five files or fewer', async () => {
    expect((await inMemory(['audit', manyFiles(5), '-f', 'json'], true)).stderr).not.toMatch(/reading|\r/);
  });
});

describe('the size of the input, told before the comparison (the bin tunes V8 by it)', () => {
  const toldOf = async (args: string[]) => {
    const told: number[] = [];
    await run(args, { stdout: () => undefined, stderr: () => undefined, env: {}, isTTY: false, sourcesRead: (n) => told.push(n) });
    return told;
  };

  test('once, the characters of every source read', async () => {
    const paths = SAMPLE.map((p) => join(ROOT, p));
    const characters = paths.reduce((n, p) => n + readFileSync(p, 'utf8').length, 0);
    expect(await toldOf(['compare', ...paths, '--json'])).toEqual([characters]);
  });

  test('a source skipped as unreadable does not count', async () => {
    const paths = [...SAMPLE.map((p) => join(ROOT, p)), join(ROOT, 'package-that-is-not-there.txt')];
    const characters = SAMPLE.reduce((n, p) => n + readFileSync(join(ROOT, p), 'utf8').length, 0);
    expect(await toldOf(['compare', ...paths, '--skip-bad', '--json'])).toEqual([characters]);
  });
});

describe('HTML inputs', () => {
  const loaded = (args: string[]) =>
    spawnSync(process.execPath, ['-e', `require('./dist/cli/run.js').run(${JSON.stringify(args)}, { stdout() {}, stderr() {}, env: {}, isTTY: false }).then(() => console.log(Object.keys(require.cache).some((k) => /linkedom|readability/.test(k))))`], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

  test('linkedom and Readability load only when an .html input is given', () => {
    expect(loaded(['compare', ...SAMPLE, '--json'])).toBe('false');
    expect(loaded(['compare', 'fixtures/html/brenmoor-courier.html', ...SAMPLE.slice(1), '--json'])).toBe('true');
  });

  test('sources are named by outlet, and the JSON carries the extracted text, title and publication time', () => {
    const r = factdiff(['compare', 'fixtures/html/brenmoor-courier.html', `${FLOOD}/wire.txt`, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.sources[0]).toMatchObject({ outlet: 'The Kessel Courier', title: 'Flood wall failed hours before dawn, Brenmoor survivors say', published: '2024-09-04', publishedAt: '2024-09-04T04:15:00Z', format: 'html' });
    expect(report.sources[0].text.slice(0, 20)).toBe('Flood wall failed ho');
    expect(factdiff(['compare', 'fixtures/html/brenmoor-courier.html', `${FLOOD}/wire.txt`, '-f', 'markdown']).stdout).toMatch(/\| A: The Kessel Courier \|/);
  });
});

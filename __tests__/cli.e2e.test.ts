// The built CLI as a user runs it: `node bin/factdiff.js …` in a child process, on the sample
// fixtures. `npm test` builds dist/ before jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Report } from '../src/types';
import { expectSpansValid } from './helpers/spans';
import { tempDir } from './helpers/temp';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const A = 'fixtures/report-a.txt';
const B = 'fixtures/report-b.txt';
const TEXTS = [A, B].map((p) => readFileSync(join(ROOT, p), 'utf8'));
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b\[/;

/** Runs the CLI with a clean colour environment (no NO_COLOR / FORCE_COLOR from the caller). */
function factdiff(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the e2e tests');
});

describe('factdiff compare --json on the sample reports', () => {
  let report: Report;
  let run: ReturnType<typeof factdiff>;
  beforeAll(() => {
    run = factdiff(['compare', A, B, '--json']);
    report = JSON.parse(run.stdout);
  });

  const joint = (kind: string, test: (f: Finding) => boolean) => report.findings.filter((f) => f.kind === kind && f.sources.length > 1 && test(f));

  test('exits 0 with JSON only on stdout and nothing on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(report.tool).toBe('factdiff');
    expect(report.version).toBe(VERSION);
  });

  test('written in pieces, it is byte for byte JSON.stringify(report, null, 2), piped or to a file (-o)', () => {
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const file = join(tempDir('json'), 'report.json');
    expect(factdiff(['compare', A, B, '--json', '-o', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(run.stdout);
  });

  test('every claim points at its exact text in the fixture', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    expectSpansValid(report, TEXTS);
  });

  test('the call length diverges: "two-hour discussion" vs "two and a half hours", 2 h vs 2 h 30 min', () => {
    const [f] = joint('duration', (x) => x.claims.some((c) => c.text === 'two-hour discussion'));
    expect(f).toBeDefined();
    expect(f.status).toBe('diverge');
    expect(f.claims.filter((c) => c.source === 'B').map((c) => c.text)).toContain('two and a half hours');
    expect(f.reason).toMatch(/\b2 h\b/);
    expect(f.reason).toMatch(/2 h 30 min/);
  });

  test('the earlier call of March 18 ("about 2 hours") is not part of that divergence', () => {
    const [f] = joint('duration', (x) => x.claims.some((c) => c.text === 'two-hour discussion'));
    expect(f.claims.map((c) => c.text)).not.toContain('about 2 hours');
  });

  test('both reports name the Vatican as the venue, and agree', () => {
    const [f] = joint('place', (x) => x.claims.some((c) => c.text === 'Vatican'));
    expect(f).toBeDefined();
    expect(f.status).toBe('agree');
    expect(f.sources).toEqual(['A', 'B']);
  });

  test('Meloni’s first name is spelled differently: a divergence', () => {
    const [f] = joint('person', (x) => x.claims.some((c) => c.text === 'Giorgia Meloni'));
    expect(f).toBeDefined();
    expect(f.status).toBe('diverge');
    expect(f.claims.map((c) => c.text)).toEqual(['Giorgia Meloni', 'Georgia Meloni']);
  });

  test('Melania Trump is not Donald Trump', () => {
    const donald = report.findings.find((f) => f.kind === 'person' && f.claims.some((c) => c.text === 'Donald Trump'))!;
    expect(donald.claims.map((c) => c.text)).not.toContain('Melania Trump');
  });

  test('no false divergence from killed, launched or intercepted counts', () => {
    for (const f of report.findings.filter((x) => x.kind === 'quantity' && x.status === 'diverge')) {
      expect(f.claims.map((c) => c.text)).toEqual([]);
    }
  });
});

describe('factdiff compare: table output and colour', () => {
  test('on a pipe the table has no escape codes', () => {
    const r = factdiff(['compare', A, B]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/two-hour discussion/);
    expect(r.stdout).toMatch(/\d+ facts: \d+ agree, \d+ diverge, \d+ in one source only/);
    expect(r.stdout).not.toMatch(ESCAPE);
  });

  test('FORCE_COLOR=1 colours it', () => {
    expect(factdiff(['compare', A, B], { FORCE_COLOR: '1' }).stdout).toMatch(ESCAPE);
  });

  test('coloured, it reads as the plain table does: only escape codes are added', () => {
    // A claim in its sentence is reversed in colour and in [brackets] without.
    const strip = (s: string) => s.replace(/\u001b\[7m/g, '[').replace(/\u001b\[27m/g, ']').replace(/\u001b\[\d+m/g, '');
    const coloured = factdiff(['compare', A, B], { FORCE_COLOR: '1', COLUMNS: '160' }).stdout;
    expect(coloured).toContain('\u001b[1mkind\u001b[22m');
    expect(strip(coloured)).toBe(factdiff(['compare', A, B], { COLUMNS: '160' }).stdout);
  });

  test('NO_COLOR wins over FORCE_COLOR', () => {
    expect(factdiff(['compare', A, B], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ESCAPE);
  });

  test('--no-color wins over FORCE_COLOR', () => {
    expect(factdiff(['compare', '--no-color', A, B], { FORCE_COLOR: '1' }).stdout).not.toMatch(ESCAPE);
  });

  test('--json is never coloured', () => {
    expect(factdiff(['compare', A, B, '--json'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ESCAPE);
  });
});

describe('factdiff: help, version and exit codes', () => {
  test('--help lists the compare command and exits 0', () => {
    const r = factdiff(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: factdiff/);
    expect(r.stdout).toMatch(/compare/);
  });

  test('compare --help lists its options', () => {
    const r = factdiff(['compare', '--help']);
    expect(r.code).toBe(0);
    for (const option of ['--json', '--exit-code', '--no-color', '--date']) expect(r.stdout).toContain(option);
  });

  test('--version prints the package version and exits 0', () => {
    const r = factdiff(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  /** One line on stderr that names the problem, no stack trace, nothing on stdout. */
  function expectUsageError(r: ReturnType<typeof factdiff>, names: RegExp) {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const errLines = r.stderr.trimEnd().split('\n');
    expect(errLines[0]).toMatch(names);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    return errLines;
  }

  test('a missing file: exit 2, one line naming the file', () => {
    const lines = expectUsageError(factdiff(['compare', A, 'fixtures/no-such-report.txt']), /no-such-report\.txt/);
    expect(lines).toHaveLength(1);
  });

  test('one source only: exit 2, one line', () => {
    const lines = expectUsageError(factdiff(['compare', A]), /two/);
    expect(lines).toHaveLength(1);
  });

  test('an unknown option: exit 2, naming the option', () => {
    expectUsageError(factdiff(['compare', '--frobnicate', A, B]), /--frobnicate/);
  });

  test('--exit-code: 1 when a divergence exists', () => {
    expect(factdiff(['compare', '--exit-code', A, B]).code).toBe(1);
  });

  test('without --exit-code a divergence still exits 0', () => {
    expect(factdiff(['compare', A, B]).code).toBe(0);
  });

  test('--exit-code: 0 when the reports do not diverge', () => {
    expect(factdiff(['compare', '--exit-code', A, A]).code).toBe(0);
  });
});

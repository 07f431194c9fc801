// The fact-checker's desk through the built CLI: front matter and --meta, --status, divergences
// first and in context, bad dates. Invented reports, written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/types';
import { tempDir } from './helpers/temp';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const dir = tempDir('desk');

function factdiff(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '160' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

const WIRE = 'A fire at the Harlow bus depot killed 5 people on Monday, fire officials said. The blaze burned for two hours.\n';
const COURIER = 'A fire at the Harlow bus depot killed 24 people on Monday, fire officials said. Crews fought it for nine hours.\n';
write('wire.md', `---\npublished: 2025-05-20T08:00:00Z\noutlet: Northline Wire\ntitle: Depot fire\n---\n${WIRE}`);
write('courier.md', `---\npublished: 2025-05-20T14:00:00Z\noutlet: Evening Courier\n---\n${COURIER}`);
write('wire.txt', WIRE);
write('courier.txt', COURIER);
write('meta.json', JSON.stringify({ 'wire.txt': { published: '2025-05-20', outlet: 'Northline Wire' }, './courier.txt': { published: '2025-05-20', outlet: 'Evening Courier' } }));

const json = (args: string[]): Report => JSON.parse(factdiff([...args, '--json']).stdout);
const monday = (report: Report) => report.findings.find((f) => f.kind === 'date' && f.sources.length === 2)!.reason;

describe('each source’s own date and outlet', () => {
  test('from front matter: sources[] carry them, "Monday" resolves to 2025-05-19, a later source is named', () => {
    const report = json(['compare', 'wire.md', 'courier.md']);
    expect(report.sources.map(({ outlet, published, publishedAt }) => ({ outlet, published, publishedAt }))).toEqual([
      { outlet: 'Northline Wire', published: '2025-05-20', publishedAt: '2025-05-20T08:00:00Z' },
      { outlet: 'Evening Courier', published: '2025-05-20', publishedAt: '2025-05-20T14:00:00Z' },
    ]);
    expect(monday(report)).toBe('both Monday (2025-05-19)');
    expect(report.findings.find((f) => f.status === 'diverge')!.reason).toBe('5 people vs 24 people; B published 6 h after A');
  });

  test('from --meta for .txt files, keyed by the paths as given', () => {
    const run = factdiff(['compare', 'wire.txt', 'courier.txt', '--meta', 'meta.json', '--json']);
    expect(run.stderr).toBe('');
    const report: Report = JSON.parse(run.stdout);
    expect(report.sources.map((s) => [s.outlet, s.published])).toEqual([['Northline Wire', '2025-05-20'], ['Evening Courier', '2025-05-20']]);
    expect(monday(report)).toBe('both Monday (2025-05-19)');
  });

  test('columns are named by outlet in the table, Markdown, HTML and audit', () => {
    for (const args of [['compare'], ['compare', '-f', 'markdown'], ['compare', '-f', 'html'], ['audit', '-f', 'markdown']]) {
      const out = factdiff([...args, 'wire.md', 'courier.md']).stdout;
      expect(out).toContain('A: Northline Wire');
      expect(out).toContain('B: Evening Courier');
    }
  });
});

describe('divergences first, and in context', () => {
  test('--status diverge --json holds only divergences, and the summary of every finding', () => {
    const all = json(['compare', 'wire.md', 'courier.md']);
    const diverging = json(['compare', 'wire.md', 'courier.md', '--status', 'diverge']);
    expect(diverging.findings.length).toBe(all.summary.diverge);
    expect(diverging.findings.every((f) => f.status === 'diverge')).toBe(true);
    expect(diverging.summary).toEqual(all.summary);
  });

  test('the table starts with the summary, its first row is the divergence, and its sentences follow the table', () => {
    const out = factdiff(['compare', 'wire.md', 'courier.md']).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^\d+ facts: \d+ agree, 1 diverge/);
    expect(lines[4]).toMatch(/^│ quantity │ diverge /);
    const after = out.slice(out.lastIndexOf('┘'));
    expect(after).toContain('A: Northline Wire: A fire at the Harlow bus depot [killed 5 people] on Monday, fire officials said.');
    expect(after).toContain('B: Evening Courier: A fire at the Harlow bus depot [killed 24 people] on Monday, fire officials said.');
  });

  test('--status agree,only leaves the divergence out of every format, and says how many are shown', () => {
    const out = factdiff(['compare', 'wire.md', 'courier.md', '--status', 'agree,only']).stdout;
    expect(out).not.toMatch(/diverge │|in context/);
    expect(out.split('\n')[0]).toMatch(/1 diverge, \d+ in one source only; \d+ shown$/);
    expect(factdiff(['compare', 'wire.md', 'courier.md', '--status', 'agree,only', '-f', 'csv']).stdout).not.toContain(',diverge,');
  });

  test('--context shows every finding in its sentences', () => {
    const out = factdiff(['compare', 'wire.md', 'courier.md', '--context']).stdout;
    expect(out).toContain('In context');
    expect(out).toContain('The blaze [burned for two hours].');
  });
});

describe('inputs checked', () => {
  test.each([
    [['--date', '2025-13-45'], "factdiff: --date '2025-13-45' is not a real date (YYYY-MM-DD)\n"],
    [['--date', '2025-02-30'], "factdiff: --date '2025-02-30' is not a real date (YYYY-MM-DD)\n"],
    [['--status', 'disagree'], "factdiff: --status: unknown verdict 'disagree' (choose from diverge, agree, only)\n"],
  ])('%j exits 2 with one line and no stack trace', (option, line) => {
    const run = factdiff(['compare', 'wire.txt', 'courier.txt', ...option]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(line);
    expect(run.stdout).toBe('');
  });

  test('a published date that is no real date exits 2 naming the value and the source', () => {
    write('wrong.md', `---\npublished: 2025-02-30\n---\n${WIRE}`);
    const run = factdiff(['compare', 'wrong.md', 'courier.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("factdiff: wrong.md: front matter: published '2025-02-30' is not a real date (YYYY-MM-DD, or with a time: 2025-05-20T14:05Z)\n");
  });

  test('bad front matter is a warning naming the file, and the file is still compared', () => {
    write('unclosed.md', `---\noutlet: Northline Wire\n${WIRE}`);
    write('unknown.md', `---\nauthor: Jo Park\n---\n${COURIER}`);
    const run = factdiff(['compare', 'unclosed.md', 'unknown.md', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      "factdiff: warning: unclosed.md: front matter opened by '---' is never closed by another '---' line; read as text",
      "factdiff: warning: unknown.md: front matter: unknown field 'author' (known: published, outlet, title, url); ignored",
    ]);
    expect(JSON.parse(run.stdout).summary.diverge).toBe(1);
  });

  test('the yaml parser is loaded only for a file that starts with front matter', () => {
    const loaded = (file: string) =>
      spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(ROOT, 'dist/ingest'))}).readSource(${JSON.stringify(join(dir, file))}, { maxBytes: 1e6 }); console.log(Object.keys(require.cache).some((k) => k.includes('node_modules/yaml/')))`], { encoding: 'utf8' }).stdout.trim();
    expect(loaded('wire.txt')).toBe('false');
    expect(loaded('wire.md')).toBe('true');
  });
});

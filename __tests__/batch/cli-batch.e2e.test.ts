// `factdiff batch` as a user runs it (the built bin in a child process), on invented articles:
// JSON lines in and out end to end, --json against schema/batch.schema.json, HTML, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { ARTICLES, jsonLines } from '../helpers/articles';
import { tempDir } from '../helpers/temp';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const schemaOf = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true }).addSchema(schemaOf('report.schema.json'));
const validateBatch = ajv.compile(schemaOf('batch.schema.json'));
const validateEvent = ajv.getSchema('https://factdiff.invalid/schema/batch.schema.json#/$defs/event')!;

function factdiff(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'batch', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 20000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Each input's path, in the events it is in. */
const pathsIn = (events: Array<{ sources: Array<{ path: string }> }>) => events.flatMap((e) => e.sources.map((s) => s.path)).sort();

describe('factdiff batch - --jsonl: JSON lines in, an event a line out', () => {
  const run = factdiff(['-', '--jsonl'], jsonLines(ARTICLES));
  const events = run.stdout.trim().split('\n').map((line) => JSON.parse(line));

  test('exits 0, one valid event a line, every article in exactly one event', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const event of events) expect(validateEvent(event) || validateEvent.errors).toBe(true);
    expect(pathsIn(events)).toEqual(ARTICLES.map((a) => a.path).sort());
  });

  test('the two quakes are two events, each of its two reports, with outlets and dates kept', () => {
    const quakes = events.filter((e) => e.sources.some((s: { path: string }) => s.path.includes('quake')));
    const byEvent = (name: string) => ARTICLES.filter((a) => a.event === name).map((a) => a.path).sort();
    expect(quakes.map((e) => pathsIn([e]))).toEqual(expect.arrayContaining([byEvent('quake-2019'), byEvent('quake-2021')]));
    expect(events[0].report.sources[0]).toMatchObject({ id: 'A', outlet: expect.any(String), published: expect.stringMatching(/^\d{4}-/) });
  });

  test('its output read back as input is a second batch: a shard\'s events joined by their labels and key claims', () => {
    const shardLines = events.map((e) => JSON.stringify({ path: e.id, title: e.label, text: e.report.findings.map((f: { claims: Array<{ text: string }> }) => f.claims[0].text).join('. ') }));
    const second = factdiff(['-', '--jsonl'], `${shardLines.join('\n')}\n`);
    expect(second.code).toBe(0);
    expect(pathsIn(second.stdout.trim().split('\n').map((l) => JSON.parse(l)))).toEqual(events.map((e) => e.id).sort());
  });
});

describe('factdiff batch --json, table, html and errors', () => {
  const folder = tempDir('batch');
  for (const a of ARTICLES) {
    mkdirSync(join(folder, a.path, '..'), { recursive: true });
    writeFileSync(join(folder, a.path), `${a.title}\n\n${a.text}`);
  }

  test('--json over a folder (read at any depth) validates against schema/batch.schema.json', () => {
    const run = factdiff([folder, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(validateBatch(result) || validateBatch.errors).toBe(true);
    expect(result.events).toHaveLength(4);
    expect(run.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
    const counts = result.events.map((e: { sources: unknown[] }) => e.sources.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('the table lists events of two reports or more, then the article no other covers', () => {
    const run = factdiff([folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/event.*reports.*independent.*diverge.*label/);
    expect(run.stdout).toMatch(/Articles no other report covers:\n.*festival\.txt/);
  });

  test('-f html -o DIR writes an index linking a page per event, with no script', () => {
    const out = join(folder, 'html');
    expect(factdiff([folder, '-f', 'html', '-o', out]).code).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(readdirSync(out).sort()).toEqual(['E1.html', 'E2.html', 'E3.html', 'E4.html', 'index.html']);
    expect(index).toContain('href="E1.html"');
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/<script/i);
  });

  test('--exit-code exits 1 when an event diverges (Brandt, 58, against Brandt, 59)', () => {
    expect(factdiff([folder, '--exit-code', '--jsonl']).code).toBe(1);
  });

  test.each([
    ['a line that is not JSON', 'not json\n', /^factdiff: -:1: is not valid JSON/],
    ['a line without text', '{"path": "x"}\n', /^factdiff: -:1: has no "text" string/],
    ['a bad published date', '{"text": "x", "published": "May 3"}\n', /^factdiff: -:1: has "published" not as YYYY-MM-DD/],
    ['no article at all', '\n', /^factdiff: batch needs at least one readable article/],
  ])('%s exits 2 with one line', (_, input, message) => {
    const run = factdiff(['-'], input);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('-f html without -o, and an unknown format, exit 2', () => {
    expect(factdiff([folder, '-f', 'html']).stderr).toMatch(/name it with -o DIR/);
    expect(factdiff([folder, '-f', 'csv']).code).toBe(2);
  });
});

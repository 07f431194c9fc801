// Bad and hostile input through the built CLI (`node bin/factdiff.js`), as a user meets it: one
// line on stderr naming the file and the problem, exit 2, no stack trace; or a warning and a
// report whose every claim still points at its text.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/types';
import { expectSpansValid } from '../helpers/spans';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const A = join(ROOT, 'fixtures', 'report-a.txt');
const B = join(ROOT, 'fixtures', 'report-b.txt');
const TEXT_A = readFileSync(A, 'utf8');
const TEXT_B = readFileSync(B, 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdiff-hardening-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file in the temp folder holding `content`; its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function factdiff(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20000, maxBuffer: 2 ** 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The run failed cleanly: exit 2, nothing on stdout, exactly one line on stderr, no stack. */
function expectOneLineError(run: ReturnType<typeof factdiff>, line: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^[^\n]*\n$/);
  expect(run.stderr.trimEnd()).toMatch(line);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('when an input cannot be read, one line names it and the run exits 2', () => {
  test.each([
    ['a missing file', () => join(dir, 'missing.txt'), /^factdiff: .*missing\.txt: no such file$/m],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /^factdiff: .*image\.png: looks like a binary file \(it holds NUL bytes\), not text$/m],
    ['a device that never ends (/dev/zero)', () => '/dev/zero', /^factdiff: \/dev\/zero: is over the limit of \d+ bytes \(--max-bytes\)$/m],
  ])('%s', (_, path, line) => {
    expectOneLineError(factdiff('compare', path(), B), line);
  });

  // A folder of reports is read as its files; one holding none stops the run all the same.
  test('a folder without reports', () => {
    const empty = mkdtempSync(join(dir, 'folder-'));
    expectOneLineError(factdiff('compare', empty, B), /^factdiff: .*folder-\w+: is a folder with no \.txt, \.md or \.html files$/);
  });

  test('a file over --max-bytes', () => {
    expectOneLineError(factdiff('compare', '--max-bytes', '1000', A, B), /^factdiff: .*report-a\.txt: is \d+ bytes, over the limit of 1000 \(--max-bytes\)$/m);
  });

  // Root reads a file whatever its mode, and CI runs as root: there the case cannot be made.
  const isRoot = process.getuid?.() === 0;
  (isRoot ? test.skip : test)('a file without read permission (skipped as root, where permissions do not apply)', () => {
    const path = file('locked.txt', TEXT_A);
    chmodSync(path, 0o000);
    expectOneLineError(factdiff('compare', path, B), /^factdiff: .*locked\.txt: permission denied$/m);
  });

  test('with --debug, the stack trace is shown too', () => {
    const run = factdiff('--debug', 'compare', join(dir, 'missing.txt'), B);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stderr).toMatch(/^factdiff: .*missing\.txt: no such file$/m);
  });
});

describe('when the command line is wrong, one line says so and the run exits 2', () => {
  test.each([
    ['fewer than two sources', [A], /^factdiff: needs at least two readable sources, got 1$/],
    ['no sources at all', [], /^factdiff: error: missing required argument 'files'$/],
    ['an unknown option', ['--frobnicate', A, B], /^factdiff: error: unknown option '--frobnicate'$/],
    ['an unknown format', ['--format', 'xml', A, B], /^factdiff: error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are .*$/],
    ['a --max-bytes that is no number', ['--max-bytes', 'lots', A, B], /^factdiff: --max-bytes wants a positive whole number, got 'lots'$/],
    ['an output file that is a folder', ['-o', '/', A, B], /^factdiff: \/: cannot write the report \(EISDIR\)$/],
  ])('%s', (_, args, line) => {
    expectOneLineError(factdiff('compare', ...args), line);
  });
});

describe('with several files, one bad file', () => {
  test('stops the run with exit 2 before any output', () => {
    expectOneLineError(factdiff('compare', '--json', A, join(dir, 'missing.txt'), B), /^factdiff: .*missing\.txt: no such file$/);
  });

  test('is reported and skipped with --skip-bad, and the rest are compared', () => {
    const run = factdiff('compare', '--json', '--skip-bad', A, join(dir, 'missing.txt'), B);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^factdiff: skipped .*missing\.txt: no such file\n$/);
    const report: Report = JSON.parse(run.stdout);
    expect(report.sources.map((s) => s.path)).toEqual([A, B]);
    expectSpansValid(report, [TEXT_A, TEXT_B]);
  });

  test('with --skip-bad, still needs two good sources', () => {
    const run = factdiff('compare', '--skip-bad', A, join(dir, 'missing.txt'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^factdiff: skipped .*missing\.txt: no such file\nfactdiff: needs at least two readable sources, got 1\n$/);
  });
});

/** Compares `text` as written in a file with report B; the JSON report and stderr. */
function compareWithB(name: string, content: string | Buffer, ...args: string[]) {
  const run = factdiff('compare', '--json', ...args, file(name, content), B);
  expect(run.code).toBe(0);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe('awkward but readable text is compared, with a warning where it helps', () => {
  test('an empty file', () => {
    const { report, stderr } = compareWithB('empty.txt', '');
    expect(stderr).toMatch(/^factdiff: warning: .*empty\.txt: is empty; it carries no claims\n$/);
    expect(report.findings.every((f) => f.sources.join() === 'B')).toBe(true);
  });

  test('a file of white space only', () => {
    const { stderr } = compareWithB('blank.txt', ' \n\t\r\n ');
    expect(stderr).toMatch(/^factdiff: warning: .*blank\.txt: holds only white space; it carries no claims\n$/);
  });

  test('invalid UTF-8: bytes replaced with U+FFFD, and offsets still point at the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` owner said. ${TEXT_A}`)]);
    const { report, stderr } = compareWithB('latin1.txt', bytes);
    expect(stderr).toMatch(/^factdiff: warning: .*latin1\.txt: not valid UTF-8; undecodable bytes were replaced with U\+FFFD\n$/);
    expectSpansValid(report, [bytes.toString('utf8'), TEXT_B]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  test.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT_A, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT_A, 'utf16le').swap16()])],
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT_A)])],
  ])('%s with a byte-order mark reads as the same text, silently', (name, bytes) => {
    const plain = compareWithB('plain.txt', TEXT_A);
    const { report, stderr } = compareWithB(`${name}.txt`, bytes);
    expect(stderr).toBe('');
    expect(report.findings.map((f) => f.claims.map((c) => [c.text, c.start]))).toEqual(plain.report.findings.map((f) => f.claims.map((c) => [c.text, c.start])));
  });

  test('UTF-16 cut at an odd byte: the last byte is dropped with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT_A, 'utf16le'), Buffer.from([0x41])]);
    const { report, stderr } = compareWithB('odd.txt', bytes);
    expect(stderr).toMatch(/odd\.txt: UTF-16 text with an odd number of bytes; the last byte was dropped\n$/);
    expectSpansValid(report, [TEXT_A, TEXT_B]);
  });

  test.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s line ends give the same findings, lines and columns as LF', (_, eol) => {
    const text = TEXT_A.replace(/\n/g, eol);
    const plain = compareWithB('lf.txt', TEXT_A);
    const { report, stderr } = compareWithB('eol.txt', text);
    expect(stderr).toBe('');
    expectSpansValid(report, [text, TEXT_B]);
    const where = (r: Report) => r.findings.map((f) => f.claims.map((c) => [c.text, c.line, c.column]));
    expect(where(report)).toEqual(where(plain.report));
  });

  test('text without punctuation', () => {
    const text = TEXT_A.replace(/[^\p{L}\d\s]/gu, '');
    const { report, stderr } = compareWithB('bare.txt', text);
    expect(stderr).toMatch(/bare\.txt: has no sentence punctuation; each line is read as one sentence\n$/);
    expectSpansValid(report, [text, TEXT_B]);
  });

  test('a single line of 1 MB', () => {
    const line = TEXT_A.replace(/\s+/g, ' ').repeat(Math.ceil(2 ** 20 / TEXT_A.length)).slice(0, 2 ** 20);
    const { report, stderr } = compareWithB('line.txt', line);
    expect(stderr).toBe('');
    expectSpansValid(report, [line, TEXT_B]);
  });

  test.each([
    ['French', "Le président a déclaré lundi que plus de 300 personnes avaient été tuées dans les inondations. Les secours sont arrivés dans la nuit, selon le ministère de l'Intérieur, et les recherches se poursuivent toujours dans la vallée."],
    ['Japanese', '地震で少なくとも三百人が死亡したと政府は月曜日に発表した。救助隊は夜通し捜索を続けている。'.repeat(4)],
    ['Arabic', 'قال الرئيس يوم الاثنين إن أكثر من 300 شخص لقوا حتفهم في الفيضانات. ووصلت فرق الإنقاذ خلال الليل وتتواصل عمليات البحث في الوادي منذ الصباح. '.repeat(2)],
  ])('text in %s: compared, with a warning that it is not English', (language, text) => {
    const { report, stderr } = compareWithB(`${language}.txt`, text);
    expect(stderr).toMatch(new RegExp(`${language}\\.txt: does not look like English; factdiff reads English, so few claims will be found\\n$`));
    expectSpansValid(report, [text, TEXT_B]);
  });

  test('the same file given twice: a warning, and still compared', () => {
    const run = factdiff('compare', '--json', A, A);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^factdiff: warning: .*report-a\.txt: given twice; comparing it with itself\n$/);
    const report: Report = JSON.parse(run.stdout);
    expect(report.summary.diverge).toBe(0);
    expectSpansValid(report, [TEXT_A, TEXT_A]);
  });

  test('two files of one text: a warning naming both', () => {
    const copy = join(dir, 'copy.txt');
    copyFileSync(A, copy);
    const run = factdiff('compare', '--json', A, copy);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^factdiff: warning: .*copy\.txt: has the same text as .*report-a\.txt; comparing them all the same\n$/);
  });
});

describe('standard input', () => {
  const viaStdin = (input: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'compare', '-', 'fixtures/report-b.txt', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 20000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  test('"-" reads a report from standard input', () => {
    const run = viaStdin('Officials said 41 people were killed on Monday.', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sources[0].path).toBe('-');
  });

  test('more than --max-bytes on standard input stops with one line, not by filling memory', () => {
    expectOneLineError(viaStdin('a'.repeat(5000), '--max-bytes', '1000'), /^factdiff: -: is over the limit of 1000 bytes/);
  });
});

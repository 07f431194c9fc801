import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import type { Report, Source, Status } from '../types';
import { VERSION } from '../version';
import { DEFAULT_MAX_BYTES, InputError, readSource, sourceId } from '../ingest';
import { duplicateWarnings } from '../ingest/checks';
import { expandInputs } from '../ingest/inputs';
import { metaKey, readMetaFile } from '../ingest/meta-file';
import { parseIsoDay } from '../normalise/dates';
import { STATUSES, withStatuses } from '../report/order';
import { compareSources } from '../pipeline';
import { withAudit } from '../audit';
import { AUDIT_FORMATS, FORMATS, type Renderer } from '../report';
import { loadStyle, wantsColour } from './colour';
import { articlesFromJsonLines, BATCH_FORMATS, batchHtmlFiles, batchPieces, expandBatchInputs, groupEvents, type BatchEvent, type BatchFormat } from '../batch';
import { readStdinAtMost } from '../ingest/read';
import { join } from 'node:path';

/** Everything the CLI touches of the process, so tests can run it in memory. */
export interface Io {
  /** Writes to standard output; a promise when the reader must catch up first (a full pipe). */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Whether standard error is a terminal: progress is shown only there. */
  stderrIsTTY?: boolean;
  columns?: number;
  stdin?: () => Buffer;
  /** Writes the pieces of a report, one after another, to a file. */
  writeFile?: (path: string, pieces: Iterable<string>) => void;
  /** Makes a folder (and its parents) if it is not there, for `batch -f html -o DIR`. */
  makeFolder?: (path: string) => void;
  /** Told how many characters of text were read, before they are compared. */
  sourcesRead?: (characters: number) => void;
}

interface CompareOptions {
  json?: boolean;
  format: string;
  output?: string;
  date?: string;
  explain?: boolean;
  exitCode?: boolean;
  color: boolean;
  maxBytes: number;
  skipBad?: boolean;
  columns?: string;
  meta?: string;
  status?: Status[];
  context?: boolean;
}

interface BatchOptions extends CompareOptions {
  jsonl?: boolean;
}

/** An audit covers at most this many sources: a matrix wider than that is no longer read. */
const MAX_AUDIT_SOURCES = 50;
/** Progress is shown from this many files on. */
const PROGRESS_FROM = 6;

/** A problem the user can fix (usage, the output file): one line on stderr, exit 2. */
class UsageError extends Error {}

/** The --meta file, if one is given; its entries that name no input are warnings. */
function readMeta(paths: string[], file: string | undefined, io: Io) {
  if (file === undefined) return undefined;
  const warnings: string[] = [];
  const entries = readMetaFile(file, warnings);
  const inputs = new Set(paths.map(metaKey));
  for (const key of entries.keys()) if (!inputs.has(key)) warnings.push(`${file}: --meta names '${key}', which is not an input; ignored`);
  for (const w of warnings) io.stderr(`factdiff: warning: ${w}\n`);
  return { file, entries };
}

function readAll(paths: string[], options: CompareOptions, io: Io, least: 0 | 2 = 2): Source[] {
  const sources: Source[] = [];
  const meta = readMeta(paths, options.meta, io);
  // A counter on a terminal only: on a pipe or in a log it would be noise.
  const progress = paths.length >= PROGRESS_FROM && io.stderrIsTTY ? (i: number) => io.stderr(`\rreading ${i}/${paths.length}`) : undefined;
  const warn = (w: string) => io.stderr(`${progress ? '\n' : ''}factdiff: warning: ${w}\n`);
  paths.forEach((path, i) => {
    progress?.(i + 1);
    try {
      const { source, warnings } = readSource(path, { maxBytes: options.maxBytes, date: options.date, stdin: io.stdin, meta });
      warnings.forEach(warn);
      sources.push({ id: sourceId(sources.length), ...source });
    } catch (e) {
      if (!(e instanceof InputError) || !options.skipBad) throw e;
      io.stderr(`${progress ? '\n' : ''}factdiff: skipped ${e.message}\n`);
    }
  });
  if (progress) io.stderr('\r\x1b[K');
  if (sources.length < least) throw new UsageError(`needs at least two readable sources, got ${sources.length}`);
  for (const w of duplicateWarnings(sources)) io.stderr(`factdiff: warning: ${w}\n`);
  return sources;
}

function writeReport(io: Io, path: string, pieces: Iterable<string>): void {
  try {
    (io.writeFile ?? (() => undefined))(path, pieces);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new UsageError(`${path}: cannot write the report (${code})`);
  }
}

function checkDate(options: CompareOptions): void {
  if (options.date && parseIsoDay(options.date) === undefined) throw new UsageError(`--date '${options.date}' is not a real date (YYYY-MM-DD)`);
}

/** Checks the options every command shares, and reads the inputs. */
function prepare(paths: string[], options: CompareOptions, io: Io): { format: string; sources: Source[] } {
  const format = options.json ? 'json' : options.format;
  if (!FORMATS[format]) throw new UsageError(`unknown format '${format}' (choose ${Object.keys(FORMATS).join(', ')})`);
  checkDate(options);
  const sources = readAll(expandInputs(paths), options, io);
  io.sourcesRead?.(sources.reduce((n, s) => n + s.text.length, 0));
  return { format, sources };
}

/** How to render: the chosen format among a command's formats, the sources read, and the audit's columns. */
interface Rendering<R extends Report> {
  format: string;
  formats: Record<string, Renderer<R>>;
  sources: Source[];
  columns?: string[];
}

const CHUNK_CHARS = 16 * 1024;

/** The pieces of a report joined into chunks of some 16 K characters: one write each, not one per claim. */
function* inChunks(pieces: Iterable<string>): Iterable<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Renders with the given format and writes to -o FILE or standard output; returns the exit code. */
async function output<R extends Report>(report: R, render: Rendering<R>, options: CompareOptions, io: Io): Promise<number> {
  const toFile = options.output !== undefined;
  const style = await loadStyle(render.format === 'table' && !toFile && wantsColour(options.color, io.env, io.isTTY));
  const texts = Object.fromEntries(render.sources.map((s) => [s.id, s.text]));
  const shown = options.status ? withStatuses(report, options.status) : report;
  const pieces = render.formats[render.format](shown, { style, width: io.columns ?? 120, explain: !!options.explain, texts, columns: render.columns, context: !!options.context });
  if (toFile) writeReport(io, options.output!, inChunks(pieces));
  // Chunk by chunk, waiting for a slow reader: a 100 MB report never waits whole in memory.
  else for (const chunk of inChunks(pieces)) await io.stdout(chunk);
  return options.exitCode && report.summary.diverge > 0 ? 1 : 0;
}

async function runCompare(paths: string[], options: CompareOptions, io: Io): Promise<number> {
  const { format, sources } = prepare(paths, options, io);
  return output(compareSources(sources), { format, formats: FORMATS, sources }, options, io);
}

async function runAudit(paths: string[], options: CompareOptions, io: Io): Promise<number> {
  const { format, sources } = prepare(paths, options, io);
  if (sources.length > MAX_AUDIT_SOURCES) throw new UsageError(`audit takes at most ${MAX_AUDIT_SOURCES} sources, got ${sources.length}`);
  const columns = options.columns?.split(',').map((c) => c.trim().toUpperCase());
  const unknown = columns?.filter((c) => !sources.some((s) => s.id === c)) ?? [];
  if (unknown.length) throw new UsageError(`--columns: no source ${unknown.join(', ')} (sources are ${sources[0].id}–${sources[sources.length - 1].id})`);
  return output(withAudit(compareSources(sources)), { format, formats: AUDIT_FORMATS, sources, columns }, options, io);
}

/** The articles of a batch: files and folders (at any depth), and JSON lines on standard input for "-". */
function readBatch(paths: string[], options: BatchOptions, io: Io): Array<Omit<Source, 'id'>> {
  const files = readAll(expandBatchInputs(paths.filter((p) => p !== '-')), options, io, 0);
  const fed = paths.includes('-') ? articlesFromJsonLines(io.stdin ? io.stdin() : readStdinAtMost(options.maxBytes)) : { articles: [], warnings: [] };
  for (const w of fed.warnings) io.stderr(`factdiff: warning: ${w}\n`);
  const articles = [...files.map(({ id: _, ...article }) => article), ...fed.articles.map((a) => ({ ...a, ...(options.date ? { published: options.date } : {}) }))];
  if (articles.length === 0) throw new UsageError('batch needs at least one readable article');
  io.sourcesRead?.(articles.reduce((n, a) => n + a.text.length, 0));
  return articles;
}

async function runBatch(paths: string[], options: BatchOptions, io: Io): Promise<number> {
  const format = (options.jsonl ? 'jsonl' : options.json ? 'json' : options.format) as BatchFormat;
  if (!BATCH_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' for batch (choose ${BATCH_FORMATS.join(', ')})`);
  if (format === 'html' && options.output === undefined) throw new UsageError('batch -f html writes a folder of pages: name it with -o DIR');
  checkDate(options);
  const grouped = groupEvents(readBatch(paths, options, io));
  let divergent = false;
  const progress = grouped.length >= PROGRESS_FROM && io.stderrIsTTY;
  const compared = (event: BatchEvent, done: number, total: number) => {
    divergent ||= event.report.summary.diverge > 0;
    if (progress) io.stderr(done < total ? `\rcomparing event ${done}/${total}` : '\r\x1b[K');
  };
  const style = await loadStyle(format === 'table' && options.output === undefined && wantsColour(options.color, io.env, io.isTTY));
  const render = { style, width: io.columns ?? 120, compared };
  if (format === 'html') {
    try {
      (io.makeFolder ?? (() => undefined))(options.output!);
    } catch (e) {
      throw new UsageError(`${options.output}: cannot make the folder (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    for (const [name, html] of batchHtmlFiles(grouped, render)) writeReport(io, join(options.output!, name), [html]);
  } else if (options.output !== undefined) writeReport(io, options.output, inChunks(batchPieces(grouped, format, render)));
  else for (const chunk of format === 'jsonl' ? batchPieces(grouped, format, render) : inChunks(batchPieces(grouped, format, render))) await io.stdout(chunk);
  return options.exitCode && divergent ? 1 : 0;
}

/** The options `compare` and `audit` share: inputs, formats, output and exit code. */
function commonOptions(command: Command, formats: readonly string[] = Object.keys(FORMATS)): Command {
  return command
    .option('--json', 'print the report as JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--date <YYYY-MM-DD>', 'publication date of the reports without one of their own, to resolve "Monday" or "last week"')
    .option('--meta <file>', "JSON object giving each input path its published, outlet, title and url")
    .option('--status <list>', `show only findings of these verdicts, comma-separated: ${STATUSES.join(',')}`, (v) => statusList(v))
    .option('--explain', 'say why claims were aligned and why each verdict')
    .option('--exit-code', 'exit 1 when any divergence is found, like git diff --exit-code')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', (v) => positiveInt(v), DEFAULT_MAX_BYTES)
    .option('--skip-bad', 'skip unreadable inputs with a warning instead of stopping');
}

function program(io: Io, done: (code: number) => void): Command {
  const cli = new Command('factdiff')
    .description('Compare news reports of one event fact by fact: where they agree, diverge, or stand alone.')
    .version(VERSION, '-V, --version', 'print the version and exit')
    .option('--debug', 'show stack traces of errors')
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout(text), writeErr: io.stderr, outputError: (text, write) => write(`factdiff: ${text}`) });
  commonOptions(
    cli
      .command('compare')
      .description('extract the claims of two or more reports, align them, and show each fact with its verdict')
      .argument('<files...>', 'reports: .txt, .md or .html files, folders of them, or "-" for standard input')
      .option('--context', 'show every finding in its sentences, not only the divergences'),
  ).action(async (files: string[], options: CompareOptions) => done(await runCompare(files, options, io)));
  commonOptions(
    cli
      .command('audit')
      .description(`coverage of each fact across 2 to ${MAX_AUDIT_SOURCES} sources: who carries it, who stands alone, who stands against the majority`)
      .argument('<files...>', 'reports: .txt, .md or .html files, or folders of them (read in name order)')
      .option('--columns <ids>', 'show only these sources as columns, by id: A,C,F'),
  ).action(async (files: string[], options: CompareOptions) => done(await runAudit(files, options, io)));
  commonOptions(
    cli
      .command('batch')
      .description('group many articles into events, compare each event of two or more reports, and print an index of them')
      .argument('<inputs...>', 'articles: .txt, .md or .html files, folders of them (at any depth), or "-" for JSON lines {"text", "path"?, "published"?, "outlet"?, "title"?} on standard input')
      .option('--jsonl', 'print one event a line as JSON, each as soon as it is compared (same as --format jsonl)'),
    BATCH_FORMATS,
  ).action(async (inputs: string[], options: BatchOptions) => done(await runBatch(inputs, options, io)));
  return cli;
}

function statusList(value: string): Status[] {
  const statuses = value.split(',').map((s) => s.trim().toLowerCase());
  const unknown = statuses.filter((s) => !(STATUSES as string[]).includes(s));
  if (unknown.length || !value.trim()) throw new UsageError(`--status: unknown verdict '${unknown.join(',') || value}' (choose from ${STATUSES.join(', ')})`);
  return statuses as Status[];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes wants a positive whole number, got '${value}'`);
  return n;
}

/** Runs the CLI on arguments (without node and script) and returns the exit code; never exits. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const cli = program(io, (c) => (code = c));
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (argv.includes('--debug') && e instanceof Error) io.stderr(`${e.stack}\n`);
    if (e instanceof InputError || e instanceof UsageError) {
      io.stderr(`factdiff: ${e.message}\n`);
      return 2;
    }
    io.stderr(`factdiff ${VERSION}: internal error: ${e instanceof Error ? e.message : String(e)}${argv.includes('--debug') ? '' : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

/** Characters of input from which a run is long enough for V8's defaults (see sourcesRead in main). */
const LARGE_INPUT = 250_000;

/** The bin's entry: the only place that touches the real process. */
export async function main(): Promise<void> {
  // `factdiff audit … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  // Node makes process.stderr on first use, and when it is a pipe that loads its network module,
  // some 5 ms of a short run: it is touched only to write to it, or for a long run's progress.
  let wroteToStderr = false;
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
    stderr: (s) => {
      wroteToStderr = true;
      process.stderr.write(s);
    },
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    get stderrIsTTY() {
      return !!process.stderr.isTTY;
    },
    // COLUMNS sets the width when the output is not a terminal (a pipe, a file, a README).
    columns: process.stdout.columns ?? (Number(process.env.COLUMNS) || undefined),
    // The bin tunes V8 for a short run (no optimising compiler, a young generation kept small); a
    // large input brings back V8's defaults, whose cost then pays back: 20 reports (0.1 MB) run
    // 10 % faster without them, 60 (0.4 MB) as fast either way, 1,000 in 7.8 s with them against
    // 9.1 s and more without.
    sourcesRead(characters) {
      if (characters > LARGE_INPUT) setFlagsFromString('--opt --semi-space-growth-factor=2');
    },
    makeFolder: (path) => void mkdirSync(path, { recursive: true }),
    writeFile(path, pieces) {
      const fd = openSync(path, 'w');
      try {
        for (const piece of pieces) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    },
  });
  // Exit once the output is flushed rather than when node would: it would first wait for V8's
  // background compilations and tear the heap down, some 15 ms of a 0.3 s comparison.
  const used = wroteToStderr ? [process.stdout, process.stderr] : [process.stdout];
  let pending = used.length;
  for (const stream of used) stream.write('', () => --pending === 0 && process.exit());
}

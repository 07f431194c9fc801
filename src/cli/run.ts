import { Command, CommanderError, Option } from 'commander';
import type { Source } from '../types';
import { VERSION } from '../version';
import { DEFAULT_MAX_BYTES, InputError, readSource, sourceId } from '../ingest';
import { compareSources } from '../pipeline';
import { FORMATS } from '../report';
import { loadStyle, wantsColour } from './colour';

/** Everything the CLI touches of the process, so tests can run it in memory. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  columns?: number;
  stdin?: () => Buffer;
  writeFile?: (path: string, text: string) => void;
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
}

/** A usage problem: one line on stderr, exit 2. */
class UsageError extends Error {}

function readAll(paths: string[], options: CompareOptions, io: Io): Source[] {
  const sources: Source[] = [];
  for (const path of paths) {
    try {
      const { source, warnings } = readSource(path, { maxBytes: options.maxBytes, date: options.date, stdin: io.stdin });
      for (const w of warnings) io.stderr(`factdiff: warning: ${w}\n`);
      sources.push({ id: sourceId(sources.length), ...source });
    } catch (e) {
      if (!(e instanceof InputError) || !options.skipBad) throw e;
      io.stderr(`factdiff: skipped ${e.message}\n`);
    }
  }
  if (sources.length < 2) throw new UsageError(`compare needs at least two readable sources, got ${sources.length}`);
  return sources;
}

async function runCompare(paths: string[], options: CompareOptions, io: Io): Promise<number> {
  const format = options.json ? 'json' : options.format;
  if (!FORMATS[format]) throw new UsageError(`unknown format '${format}' (choose ${Object.keys(FORMATS).join(', ')})`);
  if (options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new UsageError(`--date wants YYYY-MM-DD, got '${options.date}'`);
  const report = compareSources(readAll(paths, options, io));
  const toFile = options.output !== undefined;
  const style = await loadStyle(format === 'table' && !toFile && wantsColour(options.color, io.env, io.isTTY));
  const text = FORMATS[format](report, { style, width: io.columns ?? 120, explain: !!options.explain });
  if (toFile) (io.writeFile ?? (() => undefined))(options.output!, text);
  else io.stdout(text);
  return options.exitCode && report.summary.diverge > 0 ? 1 : 0;
}

function program(io: Io, done: (code: number) => void): Command {
  const cli = new Command('factdiff')
    .description('Compare news reports of one event fact by fact: where they agree, diverge, or stand alone.')
    .version(VERSION, '-V, --version', 'print the version and exit')
    .option('--debug', 'show stack traces of errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  cli
    .command('compare')
    .description('extract the claims of two or more reports, align them, and show each fact with its verdict')
    .argument('<files...>', 'text files of the reports ("-" reads standard input)')
    .option('--json', 'print the report as JSON (same as --format json)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATS)).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--date <YYYY-MM-DD>', 'publication date of the reports, to resolve "Monday" or "last week"')
    .option('--explain', 'say why claims were aligned and why each verdict')
    .option('--exit-code', 'exit 1 when any divergence is found, like git diff --exit-code')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', (v) => positiveInt(v), DEFAULT_MAX_BYTES)
    .option('--skip-bad', 'skip unreadable inputs with a warning instead of stopping')
    .action(async (files: string[], options: CompareOptions) => done(await runCompare(files, options, io)));
  return cli;
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

/** The bin's entry: the only place that touches the real process. */
export async function main(): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    columns: process.stdout.columns,
    writeFile: (path, text) => writeFileSync(path, text),
  });
}

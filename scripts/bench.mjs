#!/usr/bin/env node
// `npm run bench`: how fast factdiff starts and how it grows with its input, on this machine, in
// one run. Every time is the median of several whole-process runs (start-up included), also given
// as a ratio to a bare `node -e 0` measured in the same run. Prints a table, checks the targets of
// issue 6 (PASS/FAIL; a report, so it never fails the command) and writes bench/results.json.
//
//   npm run bench                        # the sample event, 2 … 1,000 reports
//   npm run bench -- --event brenmoor-flood --quick

import { spawn, spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReports } from './generate-reports.mjs';
import { corpusArticles } from './bcubed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factdiff.js');
const NODE = process.execPath;
const args = process.argv.slice(2);
const EVENT = args.includes('--event') ? args[args.indexOf('--event') + 1] : 'sample';
const QUICK = args.includes('--quick');
/** A run slower than this is stopped and reported as a timeout (the bench must stay short). */
const TIMEOUT_MS = 60_000;

if (!existsSync(join(ROOT, 'dist', 'cli', 'run.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// Peak RSS: GNU time's %M (KB) when installed, else a preloaded module that writes the child's own
// process.resourceUsage().maxRSS (KB) to a file when it exits. Both add the same small cost to
// every case, bare node included, so ratios stay fair.
const work = mkdtempSync(join(tmpdir(), 'factdiff-bench-'));
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);
const RSS_FILE = join(work, 'rss');
const PRELOAD = join(work, 'rss.cjs');
writeFileSync(PRELOAD, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(RSS_FILE)}, String(process.resourceUsage().maxRSS)));\n`);

/** One whole-process run: wall seconds, peak RSS in MB, and 'ok', 'timeout' or the failure. */
function runOnce(nodeArgs) {
  const [cmd, cmdArgs] = GNU_TIME ? [GNU_TIME, ['-f', '%M', NODE, ...nodeArgs]] : [NODE, ['-r', PRELOAD, ...nodeArgs]];
  rmSync(RSS_FILE, { force: true });
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    // Its own process group, so a timeout stops node and not only GNU time.
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (timedOut) return resolve({ seconds, rssMB: NaN, status: `timeout (> ${TIMEOUT_MS / 1000} s)` });
      const kb = GNU_TIME ? Number(stderr.trim().split('\n').pop()) : existsSync(RSS_FILE) ? Number(readFileSync(RSS_FILE, 'utf8')) : NaN;
      // compare exits 0 (or 1 with --exit-code); anything else is a failed run, not a measurement.
      resolve({ seconds, rssMB: kb / 1024, status: code === 0 ? 'ok' : `exit ${code}: ${stderr.split('\n')[0]}` });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(c) {
  const samples = [];
  for (let i = 0; i < c.runs; i++) {
    const r = await runOnce(c.args);
    if (r.status !== 'ok') return { ...c, status: r.status, runs: i + 1 };
    samples.push(r);
    // A slow case is measured fewer times: its noise is small next to its length.
    if (r.seconds > 20) break;
  }
  return { ...c, status: 'ok', runs: samples.length, seconds: median(samples.map((s) => s.seconds)), rssMB: Math.max(...samples.map((s) => s.rssMB)) };
}

// Start-up cases alternate run by run, so a busy moment of the machine hits them all alike.
async function measureInterleaved(cases) {
  const samples = cases.map(() => []);
  const rounds = Math.max(...cases.map((c) => c.runs));
  for (let i = 0; i < rounds; i++) for (const [k, c] of cases.entries()) if (i < c.runs) samples[k].push(await runOnce(c.args));
  return cases.map((c, k) => {
    const bad = samples[k].find((s) => s.status !== 'ok');
    if (bad) return { ...c, status: bad.status };
    return { ...c, status: 'ok', seconds: median(samples[k].map((s) => s.seconds)), rssMB: Math.max(...samples[k].map((s) => s.rssMB)) };
  });
}

const fixtures = ['fixtures/report-a.txt', 'fixtures/report-b.txt'];
const startRuns = QUICK ? 5 : 15;
const startup = await measureInterleaved([
  { name: 'node -e 0 (bare start)', args: ['-e', '0'], runs: startRuns, bytes: 0 },
  { name: 'factdiff --version', args: [BIN, '--version'], runs: startRuns, bytes: 0 },
  { name: 'compare 2 fixtures --json', args: [BIN, 'compare', ...fixtures, '--json'], runs: startRuns, bytes: fixtures.reduce((n, f) => n + statSync(join(ROOT, f)).size, 0) },
]);

const scale = [];
for (const [n, runs] of [[2, 7], [20, 5], [200, 3], [1000, 3]]) {
  const { paths, bytes } = generateReports({ n, event: EVENT, seed: 1, out: join(work, `n${n}`) });
  const name = `compare ${n.toLocaleString('en-US')} reports --json`;
  // Once a smaller case timed out, a larger one would too: it is not run.
  const c = scale.some((s) => s.status !== 'ok')
    ? { name, status: 'skipped', runs: 0, bytes, reports: n }
    : await measure({ name, args: [BIN, 'compare', ...paths, '--json'], runs: QUICK ? 1 : runs, bytes, reports: n });
  scale.push(c);
  process.stderr.write(`bench: ${c.name}: ${c.status === 'ok' ? `${c.seconds.toFixed(2)} s` : c.status}\n`);
}

// batch over the ECB+ articles (../shared/corpus/ecb): the first 200 in path order, then all 915,
// each copied flat so the folder names tell nothing. Skipped when the corpus is not there.
const ECB = join(ROOT, '..', 'shared', 'corpus', 'ecb');
const batch = [];
if (existsSync(ECB)) {
  const articles = [...(await corpusArticles(ECB)).keys()];
  for (const n of [200, articles.length]) {
    const dir = join(work, `batch${n}`);
    mkdirSync(dir);
    articles.slice(0, n).forEach((path, i) => copyFileSync(path, join(dir, `${String(i).padStart(4, '0')}.txt`)));
    const bytes = articles.slice(0, n).reduce((sum, path) => sum + statSync(path).size, 0);
    const c = await measure({ name: `batch ${n} ECB+ articles --json`, args: [BIN, 'batch', dir, '--json'], runs: QUICK ? 1 : 3, bytes, reports: n });
    batch.push(c);
    process.stderr.write(`bench: ${c.name}: ${c.status === 'ok' ? `${c.seconds.toFixed(2)} s` : c.status}\n`);
  }
} else process.stderr.write(`bench: batch skipped, ${ECB} is not there\n`);
rmSync(work, { recursive: true, force: true });

const cases = [...startup, ...scale, ...batch];
const bare = startup[0].seconds;
for (const c of cases) {
  c.ratio = c.status === 'ok' ? c.seconds / bare : null;
  c.mbPerSecond = c.status === 'ok' && c.bytes ? c.bytes / 1e6 / c.seconds : null;
}

const byName = (prefix) => cases.find((c) => c.name.startsWith(prefix));
const ok = (c) => c && c.status === 'ok';
const [version, pair, r200, r1000] = [byName('factdiff --version'), byName('compare 2 fixtures'), byName('compare 200 '), byName('compare 1,000 ')];
const targets = [
  { target: '--version ≤ 1.3x bare node', value: ok(version) ? `${version.ratio.toFixed(2)}x` : version.status, pass: ok(version) && version.ratio <= 1.3 },
  // 2.5x since issue 12: room for the larger gazetteer and the linguistic signals real text needs.
  { target: 'compare of the two fixtures ≤ 2.5x bare node', value: ok(pair) ? `${pair.ratio.toFixed(2)}x` : pair.status, pass: ok(pair) && pair.ratio <= 2.5 },
  { target: '1,000 reports < 10 s', value: ok(r1000) ? `${r1000.seconds.toFixed(2)} s` : r1000.status, pass: ok(r1000) && r1000.seconds < 10 },
  { target: '1,000 reports peak RSS < 300 MB', value: ok(r1000) ? `${r1000.rssMB.toFixed(0)} MB` : r1000.status, pass: ok(r1000) && r1000.rssMB < 300 },
  { target: '200 → 1,000 reports time grows ≤ 6x', value: ok(r200) && ok(r1000) ? `${(r1000.seconds / r200.seconds).toFixed(2)}x` : 'n/a', pass: ok(r200) && ok(r1000) && r1000.seconds / r200.seconds <= 6 },
];
if (batch.length) {
  const [b200, bAll] = batch;
  targets.push(
    { target: `batch ${bAll.reports} ECB+ articles ≤ 100x bare node`, value: ok(bAll) ? `${bAll.ratio.toFixed(0)}x (${bAll.seconds.toFixed(2)} s)` : bAll.status, pass: ok(bAll) && bAll.ratio <= 100 },
    { target: `batch ${bAll.reports} ECB+ articles peak RSS < 500 MB`, value: ok(bAll) ? `${bAll.rssMB.toFixed(0)} MB` : bAll.status, pass: ok(bAll) && bAll.rssMB < 500 },
    { target: `batch 200 → ${bAll.reports} articles time grows ≤ 6x`, value: ok(b200) && ok(bAll) ? `${(bAll.seconds / b200.seconds).toFixed(2)}x` : 'n/a', pass: ok(b200) && ok(bAll) && bAll.seconds / b200.seconds <= 6 },
  );
} else targets.push({ target: 'batch over ECB+', value: 'skipped: ../shared/corpus/ecb is not there', pass: true });

const cpu = cpus();
const machine = { node: process.version, platform: `${process.platform} ${process.arch}`, cpu: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`, rss: GNU_TIME ? 'GNU time %M' : 'process.resourceUsage().maxRSS' };

const rows = [
  ['case', 'runs', 'input', 'median', 'x bare node', 'peak RSS', 'MB/s'],
  ...cases.map((c) => [
    c.name,
    String(c.runs),
    c.bytes ? `${(c.bytes / 1e6).toFixed(2)} MB` : '-',
    c.status === 'ok' ? `${c.seconds < 1 ? `${(c.seconds * 1000).toFixed(0)} ms` : `${c.seconds.toFixed(2)} s`}` : c.status,
    c.ratio === null ? '-' : `${c.ratio.toFixed(2)}x`,
    ok(c) ? `${c.rssMB.toFixed(0)} MB` : '-',
    c.mbPerSecond === null ? '-' : c.mbPerSecond.toFixed(2),
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
const sep = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
console.log(`factdiff bench: node ${machine.node}, ${machine.platform}, ${machine.cpu}; event "${EVENT}"; peak RSS by ${machine.rss}\n`);
console.log([line(rows[0]), sep, ...rows.slice(1).map(line)].join('\n'));
console.log('\ntargets:');
for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.value}`);

// Hostile inputs (runs of digits, quotes, capitals, "Mr. Mr. …"): whole runs at 64 KB and 256 KB,
// whose times must grow near linearly (scripts/adversarial.mjs, which says TOO SLOW past 6x).
const adversarial = QUICK ? [] : spawnSync(NODE, [join(ROOT, 'scripts', 'adversarial.mjs'), String(64 * 1024)], { encoding: 'utf8' }).stdout.trim().split('\n');
if (adversarial.length) console.log(`\nadversarial inputs (time of a whole run, and its growth for 4x the size):\n  ${adversarial.join('\n  ')}`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine,
  event: EVENT,
  cases: cases.map(({ args: _args, ...c }) => c),
  targets,
  adversarial,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');

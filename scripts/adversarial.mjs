#!/usr/bin/env node
// Times a whole CLI run (`node bin/factdiff.js compare FILE fixtures/report-b.txt --json`) on each
// adversarial input at a small and a four-times larger size, and checks that the time grows near
// linearly: 4x the input may take at most 6x the time. Exits 1 when any input grows faster.
// Usage: node scripts/adversarial.mjs [smallBytes]   (default 128 KB, so the large run is 512 KB)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { adversarialInputs } = require('./adversarial-inputs.cjs');
const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'bin', 'factdiff.js');
const OTHER = join(ROOT, 'fixtures', 'report-b.txt');
const MAX_GROWTH = 6;
const small = Number(process.argv[2] ?? 128 * 1024);
const dir = mkdtempSync(join(tmpdir(), 'factdiff-adversarial-'));

/** Seconds for one CLI run on `text`; throws when the run fails. */
function timeRun(name, text) {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
  writeFileSync(file, text);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'compare', file, OTHER, '--json'], { maxBuffer: 2 ** 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${name}: exit ${run.status}: ${run.stderr}`);
  return seconds;
}

let slow = 0;
try {
  const smallRuns = new Map(adversarialInputs(small));
  console.log(`${'input'.padEnd(20)} ${`${small / 1024} KB`.padStart(10)} ${`${(4 * small) / 1024} KB`.padStart(10)}  growth`);
  for (const [name, text] of adversarialInputs(4 * small)) {
    const a = timeRun(name, smallRuns.get(name));
    const b = timeRun(name, text);
    const growth = b / a;
    if (growth > MAX_GROWTH) slow++;
    console.log(`${name.padEnd(20)} ${`${a.toFixed(2)} s`.padStart(10)} ${`${b.toFixed(2)} s`.padStart(10)}  ${growth.toFixed(1)}x${growth > MAX_GROWTH ? '  TOO SLOW' : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (slow) console.log(`${slow} input(s) grew faster than ${MAX_GROWTH}x for 4x the size`);
process.exitCode = slow ? 1 : 0;

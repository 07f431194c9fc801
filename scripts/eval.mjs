#!/usr/bin/env node
// Scores factdiff on every event that has a gold file: the sample (fixtures/gold.json) and each
// fixtures/events/*/gold.json. Uses the shared scorer (../shared/eval/score.mjs), which defines
// how a gold fact is matched; pass --verbose to list each miss and false divergence.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const verbose = process.argv.includes('--verbose');
if (!existsSync(scorer)) {
  console.error(`eval: the shared scorer is not at ${scorer}`);
  process.exit(2);
}

const events = [join(root, 'fixtures/gold.json')];
for (const name of readdirSync(join(root, 'fixtures/events')).sort()) {
  const gold = join(root, 'fixtures/events', name, 'gold.json');
  if (existsSync(gold)) events.push(gold);
}

for (const gold of events) {
  const { sources } = JSON.parse(readFileSync(gold, 'utf8'));
  const files = Object.values(sources).map((f) => join(dirname(gold), f));
  const report = execFileSync(process.execPath, [join(root, 'bin/factdiff.js'), 'compare', ...files, '--json']);
  const scored = execFileSync(process.execPath, [scorer, gold, '-', ...(verbose ? ['--verbose'] : [])], { input: report }).toString();
  const lines = scored.trim().split('\n').filter((l) => !l.startsWith('{') && (verbose || l.startsWith('score:')));
  console.log(`${gold.slice(root.length + 1)}\n  ${lines.join('\n  ')}`);
}

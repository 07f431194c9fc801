#!/usr/bin/env node
// Scores factdiff on every event that has a gold file: first the real development set (each
// ../shared/corpus/**/gold.json, through the shared ../shared/eval/score-corpus.mjs), then the
// sample (fixtures/gold.json) and each invented fixtures/events/*/gold.json. The shared scorer
// (../shared/eval/score.mjs) defines how a gold fact is matched; pass --verbose to list each miss
// and false divergence.
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

const corpus = resolve(root, '../shared/corpus');
const corpusScorer = resolve(root, '../shared/eval/score-corpus.mjs');
console.log('Real coverage (../shared/corpus, every event with a gold.json)');
if (existsSync(corpus) && existsSync(corpusScorer)) {
  const args = [corpusScorer, '--bin', join(root, 'bin/factdiff.js'), ...(verbose ? ['--verbose'] : []), corpus];
  const scored = execFileSync(process.execPath, args, { cwd: root, maxBuffer: 1 << 26 }).toString();
  console.log(`  ${scored.trim().split('\n').filter((l) => !l.startsWith('{')).join('\n  ')}`);
} else console.log(`  skipped: ${existsSync(corpus) ? corpusScorer : corpus} is not there`);
console.log('\nInvented events (fixtures/)');

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

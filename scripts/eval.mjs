#!/usr/bin/env node
// Scores factdiff on every event that has a gold file: first the real development set (each
// ../shared/corpus/**/gold.json, through the shared ../shared/eval/score-corpus.mjs), then the
// sample (fixtures/gold.json) and each invented fixtures/events/*/gold.json. The shared scorer
// (../shared/eval/score.mjs) defines how a gold fact is matched; pass --verbose to list each miss
// and false divergence.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcubed, corpusArticles, formatScore } from './bcubed.mjs';

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

// Grouping: `batch` over every ECB+ article, copied flat under anonymous names (a hash of the
// path, so neither a name nor the order of the files tells the event), scored with B-cubed
// against the corpus's folders. Each ECB+ topic pairs two similar events: grouping by topic
// alone scores 0.685, TF-IDF with average link at its best fixed cosine threshold 0.872.
console.log('\nGrouping into events (batch over ../shared/corpus/ecb, folders hidden)');
const ecb = join(corpus, 'ecb');
if (existsSync(ecb)) {
  const articles = await corpusArticles(ecb);
  const work = mkdtempSync(join(tmpdir(), 'factdiff-eval-batch-'));
  const gold = new Map();
  for (const [path, cluster] of articles) {
    const name = `${createHash('sha1').update(path).digest('hex').slice(0, 12)}.txt`;
    copyFileSync(path, join(work, name));
    gold.set(join(work, name), cluster);
  }
  const out = join(work, 'events.jsonl');
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'bin/factdiff.js'), 'batch', work, '--jsonl', '-o', out], { cwd: root });
  const seconds = (performance.now() - t0) / 1000;
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const predicted = new Map(lines.flatMap((event) => event.sources.map((s) => [s.path, event.id])));
  rmSync(work, { recursive: true, force: true });
  console.log(`  ${articles.size} articles, ${lines.length} events, in ${seconds.toFixed(1)} s`);
  console.log(`  ${formatScore(bcubed(predicted, gold))}`);
} else console.log(`  skipped: ${ecb} is not there`);

#!/usr/bin/env node
// The quick loop for tuning how `batch` groups articles: runs the grouping function from src/
// (bundled on the fly, no build needed) on a corpus folder and prints B-cubed against its folders.
//
//   node scripts/grouping-score.mjs [../shared/corpus/ecb]
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bcubed, corpusArticles, formatScore } from './bcubed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = resolve(root, process.argv.slice(2).find((a) => !a.startsWith("--")) ?? '../shared/corpus/ecb');
if (!existsSync(folder)) {
  console.log(`grouping-score: skipped, ${folder} is not there`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'factdiff-grouping-'));
const bundle = join(work, 'group.cjs');
await build({
  stdin: { contents: "export { groupArticles } from './src/batch/group'; export { GROUPING } from './src/thresholds';", resolveDir: root, loader: 'ts' },
  outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
const { groupArticles, GROUPING } = await import(pathToFileURL(bundle));
// --set channels.names=0.5 tries another value of a GROUPING constant without editing it.
for (const setting of process.argv.slice(2).filter((a) => a.startsWith('--set='))) {
  const [path, value] = setting.slice(6).split('=');
  const keys = path.split('.');
  keys.slice(0, -1).reduce((o, k) => o[k], GROUPING)[keys.at(-1)] = Number(value);
}
rmSync(work, { recursive: true, force: true });

const articles = await corpusArticles(folder);
const paths = [...articles.keys()];
const t0 = performance.now();
const events = groupArticles(paths.map((path) => ({ text: readFileSync(path, 'utf8') })));
const ms = performance.now() - t0;
const predicted = new Map(events.flatMap((event, i) => event.map((article) => [paths[article], i])));
console.log(`${folder}: ${paths.length} articles grouped in ${ms.toFixed(0)} ms`);
console.log(formatScore(bcubed(predicted, articles)));
if (process.argv.includes('--verbose')) {
  for (const event of events) {
    const golds = new Map();
    for (const article of event) golds.set(articles.get(paths[article]), (golds.get(articles.get(paths[article])) ?? 0) + 1);
    if (golds.size > 1) console.log(`mixed: ${[...golds].map(([g, n]) => `${g} ×${n}`).join(', ')}`);
  }
}
if (process.argv.includes('--verbose')) {
  const split = new Map();
  events.forEach((event, i) => event.forEach((article) => split.set(articles.get(paths[article]), [...(split.get(articles.get(paths[article])) ?? []), i])));
  for (const [gold, groups] of split) {
    const sizes = [...new Set(groups)].map((g) => groups.filter((x) => x === g).length);
    if (sizes.length > 1) console.log(`split: ${gold} into ${sizes.join(' + ')}`);
  }
}

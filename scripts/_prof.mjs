import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { corpusArticles } from './bcubed.mjs';
await build({ entryPoints: ['src/batch/group.ts'], outfile: '/tmp/fdprof/g.cjs', bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
const { groupArticles } = await import('/tmp/fdprof/g.cjs');
const a = await corpusArticles('/work/shared/corpus/ecb');
const texts=[...a.keys()].map(p=>({text:readFileSync(p,'utf8')}));
let t=performance.now(); groupArticles(texts); console.log('group',performance.now()-t);
t=performance.now(); groupArticles(texts); console.log('group again',performance.now()-t);

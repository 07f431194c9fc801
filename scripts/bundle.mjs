#!/usr/bin/env node
// Part of `npm run build`: bundles the CLI into one file and records V8's compiled code for it.
//
// Starting is most of the time a short comparison takes: node resolves and reads some forty
// modules, then compiles each function the first time it runs. One bundled file is found and read
// at once; the code cache (dist/factdiff.cjs.cache) holds the bytecode of every function a
// comparison runs, made by running one here, so bin/factdiff.js compiles next to nothing. A cache
// made by another version of node is rejected by V8 and the bundle is simply compiled as usual.

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/factdiff.cjs`;

await build({
  entryPoints: [`${root}dist/cli/run.js`],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Read only for .html inputs (and yaml only for front matter), and heavy: loaded from
  // node_modules when needed.
  external: ['linkedom', '@mozilla/readability', 'yaml'],
  plugins: [lazyChildProcess(), onlyUnderscoreUsed()],
  // A smaller file to read and hash; names are kept, so a --debug stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
writeFileSync(bundle, asciiOnly(readFileSync(bundle, 'utf8')));

// The cache is written by the bin itself at the end of a real run (FACTDIFF_WRITE_CODE_CACHE):
// the table and the JSON of the sample event compile every stage and both common renderers.
rmSync(`${bundle}.cache`, { force: true });
const run = spawnSync(process.execPath, [`${root}bin/factdiff.js`, 'compare', `${root}fixtures/report-a.txt`, `${root}fixtures/report-b.txt`, '--no-color'], {
  env: { ...process.env, FACTDIFF_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) throw new Error(`bundle: the warm-up run failed (exit ${run.status})`);

/**
 * commander loads child_process when it loads, for subcommands that are separate programs, which
 * factdiff has none of: this hands it a stand-in that loads the module on first use instead.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
        loader: 'js',
      }));
    },
  };
}

/**
 * natural's Levenshtein distance requires all of underscore (70 KB) for two functions (extend and
 * min): this hands it the ones its source calls, from underscore's own one-function modules.
 */
function onlyUnderscoreUsed() {
  return {
    name: 'only-underscore-used',
    setup(b) {
      b.onResolve({ filter: /^underscore$/ }, (args) => (args.importer.includes('natural') ? { path: args.importer, namespace: 'underscore-used' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'underscore-used' }, (args) => {
        const used = new Set(readFileSync(args.path, 'utf8').match(/(?<=\b_\.)\w+/g));
        return { contents: [...used].map((name) => `export { default as ${name} } from 'underscore/modules/${name}.js';`).join('\n'), resolveDir: root, loader: 'js' };
      });
    },
  };
}

/**
 * esbuild escapes non-ASCII characters in strings but not in regular expressions ("’", "—"). One
 * such character makes node decode the whole file as UTF-16, twice the size and slower to read and
 * scan; escaped, the file is ASCII. `\u2019` means the same in a regex with or without the u flag.
 */
function asciiOnly(code) {
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error('bundle: an escaped non-ASCII character cannot be made ASCII');
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

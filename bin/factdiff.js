#!/usr/bin/env node
'use strict';
// `factdiff --version` alone is answered here, before anything else loads: scripts call it to
// check the tool is there, and it should cost no more than starting node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${require('../package.json').version}\n`);
else {
  // V8 tuned for a short run, the common case. Where touching fresh memory is slow (15 µs a page on
  // the bench machine), what a run pages in costs as much as what it computes:
  // - no optimising compiler: a comparison of a few reports is over before its work pays back, and
  //   its own code is megabytes of the node binary to page in;
  // - a young generation kept at its first size: doubling it touches more new pages than the
  //   collections it saves are worth.
  // Both come back once the CLI has read a large input (src/cli/run.ts, main). And a regular
  // expression is compiled to machine code when first used, not interpreted first and compiled on
  // its second use: most of ours run hundreds of times a report (8 ms of the fixtures' 240).
  // Set before the bundle is compiled: its code cache is made under the same settings.
  require('node:v8').setFlagsFromString('--no-opt --semi-space-growth-factor=1 --no-regexp-tier-up');
  loadCli().main();
}

/**
 * The CLI from its one-file bundle, compiled with the code cache made at build time when V8
 * accepts it (see scripts/bundle.mjs); from the compiled modules when there is no bundle, or when
 * they were compiled after it (`tsc` run alone), so a stale bundle never runs.
 */
function loadCli() {
  const fs = require('node:fs');
  const path = require('node:path');
  const dist = path.join(__dirname, '..', 'dist');
  const bundle = path.join(dist, 'factdiff.cjs');
  const modules = path.join(dist, 'cli', 'run.js');
  const bundled = fs.statSync(bundle, { throwIfNoEntry: false });
  if (!bundled || bundled.mtimeMs < fs.statSync(modules).mtimeMs) return require(modules);
  const { Script } = require('node:vm');
  const Module = require('node:module');
  const cacheFile = `${bundle}.cache`;
  const script = new Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined });
  if (process.env.FACTDIFF_WRITE_CODE_CACHE) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  return module.exports;
}

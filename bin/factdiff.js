#!/usr/bin/env node
'use strict';
// `factdiff --version` alone is answered here, before commander and the pipeline load: scripts
// call it to check the tool is there, and it should cost no more than starting node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${require('../package.json').version}\n`);
else require('../dist/cli/run.js').main();

// No regular expression or loop may backtrack or go quadratic on hostile text: the whole pipeline
// runs on 100 KB of each adversarial pattern, and a hang fails through the per-test timeout.
// scripts/adversarial.mjs times the same inputs through the CLI and checks the growth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adversarialInputs } from '../scripts/adversarial-inputs.cjs';
import { compareSources } from '../src/pipeline';
import { expectSpansValid } from './helpers/spans';

const SIZE = 100 * 1024;
const TIMEOUT_MS = 20000;
const OTHER = readFileSync(join(__dirname, '..', 'fixtures', 'report-b.txt'), 'utf8');

test.each(adversarialInputs(SIZE))(
  'the whole pipeline finishes on 100 KB of %s, every span exact',
  (_, text) => {
    const report = compareSources([
      { id: 'A', path: 'hostile.txt', text },
      { id: 'B', path: 'report-b.txt', text: OTHER },
    ]);
    expectSpansValid(report, [text, OTHER]);
  },
  TIMEOUT_MS,
);

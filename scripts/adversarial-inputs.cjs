// Inputs built to make regular expressions and nested loops backtrack or go quadratic: long runs
// of what the matchers look for, with no break where a sentence or a token would end. Shared by
// the jest test (a hang fails through its timeout) and scripts/adversarial.mjs (timings).
'use strict';

/** Name → a unit of text that is repeated to the wanted size. */
const PATTERNS = {
  digits: '1234567890',
  'number words': 'one two three four five six seven eight nine ten hundred thousand and a half ',
  'quote marks': '“a” "b" “c ‘d’ « e » "',
  'capitalised words': 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ',
  'Mr. Mr.': 'Mr. ',
  hyphens: 'twenty-five-year-old-F-16-COVID-19-',
  'comma digits': '1,1,',
  dots: '.',
  'digit dots': '1.2.3.',
  'initials': 'A. B. C. ',
  'names and said': 'John Smith said “yes” and Smith said ',
  'dates': 'Monday March 18, 2025 in 2024 last week ',
  'hedged counts': 'about 300 people killed, more than 2 injured, $2.3bn ',
};

/** `unit` repeated to exactly `size` characters. */
function repeatTo(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Every adversarial input at `size` characters: [name, text] pairs. */
function adversarialInputs(size) {
  return Object.entries(PATTERNS).map(([name, unit]) => [name, repeatTo(unit, size)]);
}

module.exports = { PATTERNS, adversarialInputs };

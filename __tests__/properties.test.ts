// Property tests over arbitrary Unicode and over news-like text: the pipeline never throws, every
// claim is the exact slice of its source, and one input always gives byte-identical JSON.
import fc from 'fast-check';
import { compareSources } from '../src/pipeline';
import { renderJson } from '../src/report/json';
import type { Source } from '../src/types';
import { expectSpansValid } from './helpers/spans';

// Runs are kept few: each is a whole comparison, and the suite must stay fast on two cores.
const RUNS = { numRuns: 150 };

// Pieces that stress offsets and regular expressions: surrogate pairs, combining marks, RTL text,
// emoji sequences, long digit and punctuation runs, and line ends of every kind.
const ODD_PIECES = [
  '😀', '👩‍👩‍👧', '🇺🇦', 'e\u0301', 'n\u0303o', 'שלום', 'مرحبا', '\u200f', '\u200d', '\ufeff', '\ufffd',
  '1234567890123456789012345', '1,1,1,1,1', '...', '!!!', '???', '“', '”', '"', "'", '’', '—', '-', '\r\n', '\r', '\n', ' ', '\t',
  '\ud800', '\udc00',
];
// Fragments of news reports, so the extractors fire and their spans are checked too.
const NEWS_PIECES = [
  'about 300 people', 'Mr. Smith, 62,', 'two and a half hours', '$2.3bn', 'March 18', '“We will rebuild,” she said.',
  'more than 5,000 were evacuated', 'on Monday', 'in Kyiv', 'President Emmanuel Macron', 'killed', 'injured', 'U.S.',
  '5 p.m.', 'a two-hour discussion', 'between 2004 and 2011', 'dozens of', 'nearly 40%', 'F-16', 'Smith said', '. ', ', ',
  // Names of Object's own properties: a word table must not find them ("Constructors' title").
  'Constructor', 'constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty',
];

const pieces = (list: string[]) => fc.array(fc.oneof(fc.constantFrom(...list), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 60 }).map((ps) => ps.join(' '));
const unicodeText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), pieces(ODD_PIECES));
const newsText = pieces(NEWS_PIECES);

const sourcesOf = (texts: string[]): Source[] => texts.map((text, i) => ({ id: String.fromCharCode(65 + i), path: `${i}.txt`, text }));

describe.each([
  ['arbitrary Unicode text', unicodeText],
  ['news-like text', newsText],
])('on %s', (_, text) => {
  test('compareSources never throws, and every claim is the exact slice of its source', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 3 }), (texts) => {
        expectSpansValid(compareSources(sourcesOf(texts)), texts);
      }),
      RUNS,
    );
  });

  test('the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(renderJson(compareSources(sourcesOf([a, b])))).toBe(renderJson(compareSources(sourcesOf([a, b]))));
      }),
      RUNS,
    );
  });
});

test('words naming Object’s own properties are ordinary words, not table entries', () => {
  const texts = ['Constructor 12 said on Monday that 30 people died.', 'ToString 12 said on Monday that 31 people died. Valueof 3, hasOwnProperty 2014, __proto__ constructor.'];
  const report = compareSources(sourcesOf(texts));
  expectSpansValid(report, texts);
  expect(report.findings.filter((f) => f.kind === 'date').map((f) => f.claims.map((c) => c.text))).toEqual([['Monday', 'Monday']]);
  expect(report.findings.find((f) => f.status === 'diverge')?.reason).toBe('30 people vs 31 people');
});

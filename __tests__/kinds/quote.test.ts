import { claimsOf, compareTexts, findingsOf } from '../helpers/claims';
import { compareWording } from '../../src/kinds/quote/wording';

const quotes = (text: string) => claimsOf('quote', text);
const words = (s: string) => s.toLowerCase().split(/\s+/);

describe('quote: quoted passages and their speaker', () => {
  test('a quotation after "said:" is one claim, spoken by the named person', () => {
    const found = quotes('Mayor Ann Lee said: "We will rebuild this town."');
    expect(found.map((c) => [c.text, c.value.name])).toEqual([['We will rebuild this town.', 'Ann Lee']]);
    expect(found[0].value.words).toEqual(['we', 'will', 'rebuild', 'this', 'town']);
  });

  test('"called it" attributes a quotation: the one who calls it “a gross waste” says so', () => {
    expect(quotes('Senator Ann Lee called the plan “a gross waste of public money”.').map((c) => c.value.name)).toEqual(['Ann Lee']);
  });

  test('curly quotes, speaker after the quotation', () => {
    const [c] = quotes('“We will rebuild,” Mayor Ann Lee told reporters.');
    expect(c.text).toBe('We will rebuild,');
    expect(c.value.name).toBe('Ann Lee');
  });

  test('a quotation of two sentences gives one claim per sentence', () => {
    expect(quotes('Ann Lee said: “We will rebuild. It will take years.”').map((c) => c.text)).toEqual(['We will rebuild.', 'It will take years.']);
  });
});

describe('quote: remarks cut at ellipses and joined over their attribution', () => {
  test('an ellipsis leaves words out: the runs either side are two quotes', () => {
    expect(quotes('Ann Lee said: "We lost the harbour wall last winter... we will rebuild every house on this street."').map((c) => c.value.words!.join(' '))).toEqual([
      'we lost the harbour wall last winter',
      'we will rebuild every house on this street',
    ]);
  });

  test('a quotation interrupted by its attribution is one remark, without the attribution\'s words', () => {
    const [c, ...rest] = quotes('"The bridge is a danger to everyone," the engineer said, "and it must close before the spring floods."');
    expect(rest).toEqual([]);
    expect(c.value.words!.join(' ')).toBe('the bridge is a danger to everyone and it must close before the spring floods');
  });

  test('a quotation after the attribution that opens a new thought in capitals stays apart', () => {
    expect(quotes('"The bridge is a danger," the engineer said on "Morning Report".').map((c) => c.text)).toEqual(['The bridge is a danger,', 'Morning Report']);
  });

  test('the whole interrupted remark meets another report that quotes it in one piece', () => {
    const report = compareTexts(
      '"The bridge is a danger to everyone," the engineer said, "and it must close before the spring floods."',
      'An engineer said: "The bridge is a danger to everyone and it must close before the spring floods."',
    );
    expect(findingsOf(report, 'quote').map((f) => [f.status, f.sources])).toEqual([['agree', ['A', 'B']]]);
  });

  test('a contraction is its words written out: "would’ve" meets "would have"', () => {
    const report = compareTexts('Senator Ann Lee said: "It would have been a disaster without the guards."', 'Ann Lee told reporters: "It would’ve been a disaster without them."');
    expect(findingsOf(report, 'quote').map((f) => [f.status, f.sources])).toEqual([['agree', ['A', 'B']]]);
  });
});

describe('quote: reported speech', () => {
  test('the clause after a verb of saying and "that" is a remark in reported speech', () => {
    const found = quotes('The harbour master explained that the crane collapsed under its own weight.');
    expect(found.map((c) => [c.text, c.rule])).toEqual([['the crane collapsed under its own weight', 'quote/reported']]);
  });

  test('one report quotes, the other reports the same words: one remark', () => {
    const report = compareTexts(
      'The harbour master said: "It seems the crane collapsed under its own weight."',
      'The harbour master explained that the crane collapsed under its own weight.',
    );
    expect(findingsOf(report, 'quote').map((f) => [f.status, f.sources])).toEqual([['agree', ['A', 'B']]]);
  });

  test('"what he called politically motivated charges" are his words, set without quotation marks', () => {
    expect(quotes('Tom Reed denied what he called politically motivated charges on Friday.').map((c) => [c.text, c.rule])).toEqual([['politically motivated charges', 'quote/reported']]);
    expect(quotes('It is what we call a draw.').map((c) => c.rule)).toEqual([]);
  });

  test.each([
    'The harbour master said the crane had collapsed.',
    'The harbour master said that it "collapsed under its own weight".',
    'Officials said that it fell.',
  ])('no reported remark in %j', (text) => {
    expect(quotes(text).filter((c) => c.rule === 'quote/reported')).toEqual([]);
  });
});

describe('quote: strings that must NOT be a quote claim', () => {
  test.each([
    "It's the mayor's decision, officials said.",
    'The so-called ‘deal’ collapsed.',
    'No quotation here at all.',
  ])('%j', (text) => {
    expect(quotes(text).map((c) => c.text)).toEqual([]);
  });

  test('inch marks are not quotations: 6\'2" tall and 6" wider', () => {
    expect(quotes('The player is 6\'2" tall and 6" wider.').map((c) => c.text)).toEqual([]);
  });
});

describe('compareWording', () => {
  test('verbatim', () => {
    expect(compareWording(words('we will rebuild this town'), words('we will rebuild this town'))).toMatchObject({ relation: 'equal', likeness: 1 });
  });

  test('trimmed: one quote is a run of the other', () => {
    const w = compareWording(words('we will rebuild this town stone by stone'), words('we will rebuild this town'));
    expect(w.relation).toBe('compatible');
    expect(w.reason).toMatch(/^trimmed/);
  });

  test('nearly verbatim: one word in three changed or dropped is a misquote of one remark', () => {
    expect(compareWording(words('i am at home'), words('i am home'))).toMatchObject({ relation: 'reworded' });
    expect(compareWording(words('i am at home'), words('i am home')).likeness).toBeGreaterThanOrEqual(0.5);
    expect(compareWording(words('they were victims of a cowardly attack on the town'), words('a truly cowardly attack')).likeness).toBeGreaterThanOrEqual(0.5);
  });

  test('two words in three changed are another remark', () => {
    expect(compareWording(words('we were so happy'), words('we felt so sad')).likeness).toBeLessThan(0.5);
  });

  test('reworded: the reason shows the words that differ', () => {
    const w = compareWording(words('we will rebuild this town'), words('we are going to rebuild the town'));
    expect(w.relation).toBe('reworded');
    expect(w.reason).toMatch(/going/);
    expect(w.likeness).toBeGreaterThan(0.5);
  });

  test('different remarks share few words', () => {
    expect(compareWording(words('we will rebuild this town'), words('prices rose sharply in spring')).likeness).toBe(0);
  });
});

describe('compareWording: how sure two quotes are one remark', () => {
  const words = (s: string) => s.split(' ');
  test('one shared word is not enough: "I believe he wants to stop" and "not ready to stop the killings"', () => {
    expect(compareWording(words('i believe he wants to stop'), words('not ready to stop the killings')).likeness).toBeLessThan(0.5);
  });

  test('a trimmed quote of two words or more is one remark; a single word is not', () => {
    const long = words('largescale trade with the united states when this catastrophic bloodbath is over');
    expect(compareWording(words('largescale trade'), long).likeness).toBeGreaterThanOrEqual(0.5);
    expect(compareWording(words('bloodbath'), long).likeness).toBeLessThan(0.5);
  });
});

describe('quote: speakers of one remark', () => {
  test('a quotation over two lines takes the speaker named where it ends', () => {
    const found = quotes("``We will rebuild.\nIt will take years,'' said Mayor Ann Lee.");
    expect(found.map((c) => [c.text, c.value.name])).toEqual([
      ['We will rebuild.', 'Ann Lee'],
      ['It will take years,', 'Ann Lee'],
    ]);
  });

  const pairedSources = (a: string, b: string) => findingsOf(compareTexts(a, b), 'quote').map((f) => f.sources);

  test('a long quote word for word in two reports is one remark though their speakers are read apart', () => {
    expect(pairedSources('Mayor Ann Lee said: "We will rebuild every house on this street."', '"We will rebuild every house on this street," Tom Reed said.')).toEqual([['A', 'B']]);
  });

  test('a short one is not: two people may both say "we will rebuild"', () => {
    expect(pairedSources('Mayor Ann Lee said: "We will rebuild."', '"We will rebuild," Tom Reed said.')).toEqual([['A'], ['B']]);
  });

  test('one speaker with and without a middle name or initial says one short remark', () => {
    expect(pairedSources('Mayor Ann Lee said: "We will rebuild."', '"We will rebuild," Mayor Ann B. Lee said.')).toEqual([['A', 'B']]);
    expect(pairedSources('Mayor Ann Lee said: "We will rebuild."', '"We will rebuild," Mayor Ann Marie Lee said.')).toEqual([['A', 'B']]);
  });

  test('and with a generation after the name: "Tom B. Reed Jr." and "Tom Reed"', () => {
    expect(pairedSources('Mayor Tom Reed said: "We will rebuild."', '"We will rebuild," Mayor Tom B. Reed Jr. said.')).toEqual([['A', 'B']]);
  });
});

import { expandContraction, foldCase, normaliseWord, sentenceTokens, stem, tokenize } from '../../src/text/tokens';
import { analyse } from '../../src/text';

describe('tokenize', () => {
  test.each([
    'The U.S. Army’s chief, Gen. Mark Milley, spoke on Sept. 3.',
    'Nuñez paid $1,204.50 for a 30-day pass — “a bargain,” he said.',
    'Tallies of 52-to-48 and 6\'2" are odd.\nA new line: café, naïve; Zürich!',
  ])('every token is the exact slice of its offsets, in order, covering every visible character once: %j', (text) => {
    const tokens = tokenize(text);
    const covered = new Array<number>(text.length).fill(0);
    let last = 0;
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
      for (let i = t.start; i < t.end; i++) covered[i]++;
    }
    const problems = [...text].map((ch, i) => (/\S/.test(ch) && covered[i] !== 1 ? `${i}:${ch}×${covered[i]}` : '')).filter(Boolean);
    expect(problems).toEqual([]);
  });

  // [text, the token texts]
  test.each<[string, string[]]>([
    ['the U.S. Army', ['the', 'U.S.', 'Army']],
    ['on Sept. 3.', ['on', 'Sept.', '3', '.']],
    ['John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['Trump’s call ended.', ['Trump’s', 'call', 'ended', '.']],
    ['$1,204.50', ['$', '1,204.50']],
    ['30-day', ['30', '-', 'day']],
    ['52-to-48', ['52', '-', 'to', '-', '48']],
  ])('%j splits into %j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  test('a sentence-final full stop is its own token, but an abbreviation keeps its dot', () => {
    expect(tokenize('He met Gov. Lee at noon.').map((t) => t.text)).toEqual(['He', 'met', 'Gov.', 'Lee', 'at', 'noon', '.']);
  });

  test('tokens can be read from a range only', () => {
    const text = 'First part. Second part.';
    expect(tokenize(text, 12, text.length).map((t) => t.text)).toEqual(['Second', 'part', '.']);
  });
});

describe('sentenceTokens', () => {
  const span = (text: string, sentence: string) => ({ start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length, text: sentence });

  test('a sentence met again in another text gives the tokens read in place, at its new offsets', () => {
    const sentence = 'Gov. Lee spoke at 4:30 p.m. in the U.S.';
    for (const text of [`${sentence} Then more.`, `Before it. ${sentence}`, `A line.\n${sentence}\n`]) {
      const s = span(text, sentence);
      expect(sentenceTokens(text, s, 3)).toEqual(tokenize(text, s.start, s.end, 3));
    }
  });

  test('a sentence that runs on into the next text without a space is read in place', () => {
    const text = 'Sept.3 was the day';
    const s = { start: 0, end: 4, text: 'Sept' };
    expect(sentenceTokens(text, s, 0)).toEqual(tokenize(text, 0, 4, 0));
  });
});

describe('normaliseWord and stem', () => {
  test.each([
    ['Nuñez', 'nunez'],
    ['KYIV', 'kyiv'],
    ['Trump’s', 'trump'],
    ["Moscow's", 'moscow'],
    ['Zürich', 'zurich'],
  ])('%s normalises to %s', (word, norm) => {
    expect(normaliseWord(word)).toBe(norm);
  });

  test('inflections share a stem, so "talks" meets "talking"', () => {
    expect(stem('talks')).toBe(stem('talking'));
    expect(stem('negotiations')).toBe(stem('negotiation'));
  });

  test('numbers and punctuation are their own stem', () => {
    expect(stem('1,204.50')).toBe('1,204.50');
    expect(stem('-')).toBe('-');
  });
});

describe('foldCase', () => {
  test.each([
    ['Nuñez', 'nunez'],
    ['Østby', 'ostby'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ægir', 'aegir'],
    ['PLAIN', 'plain'],
  ])('%j → %j: letters decomposing leaves whole are folded too', (word, folded) => {
    expect(foldCase(word)).toBe(folded);
  });
});

describe('analyse', () => {
  test('tokens know their sentence and sentences know their tokens', () => {
    const doc = analyse({ id: 'A', path: 'a', text: 'Rain fell. Rivers rose fast.' });
    expect(doc.sentences.map((s) => [s.text, s.firstToken, s.endToken])).toEqual([
      ['Rain fell.', 0, 3],
      ['Rivers rose fast.', 3, 7],
    ]);
    expect(doc.tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    for (const t of doc.tokens) expect(doc.source.text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('expandContraction', () => {
  test.each<[string, string[]]>([
    ["would've", ['would', 'have']],
    ["didn't", ['did', 'not']],
    ["can't", ['can', 'not']],
    ["won't", ['will', 'not']],
    ["they're", ['they', 'are']],
    ["we'll", ['we', 'will']],
    ["it's", ["it's"]],
    ['massacre', ['massacre']],
  ])('%j → %j', (word, words) => {
    expect(expandContraction(word)).toEqual(words);
  });
});

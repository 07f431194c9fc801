import { describeMention, findNumbers, formatNumber, toInterval, type NumberMention } from '../../src/normalise/numbers';
import { docOf } from '../helpers/claims';

/** The numbers of one phrase, with the words each mention covers. */
function numbersIn(text: string): Array<NumberMention & { words: string }> {
  const doc = docOf(text);
  return findNumbers(doc.tokens, 0, doc.tokens.length).map((m) => ({
    ...m,
    words: text.slice(doc.tokens[m.start].start, doc.tokens[m.end - 1].end),
  }));
}

function onlyNumber(text: string) {
  const found = numbersIn(text);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('findNumbers: firm values', () => {
  // [phrase, value, words the mention covers]
  test.each<[string, number, unknown]>([
    ['112', 112, '112'],
    ['5,000', 5000, '5,000'],
    ['1,000,000', 1e6, '1,000,000'],
    ['$1,204.50', 1204.5, '1,204.50'],
    ['2.5', 2.5, '2.5'],
    ['two', 2, 'two'],
    ['twenty-five', 25, 'twenty-five'],
    ['one hundred and twelve', 112, 'one hundred and twelve'],
    ['two and a half', 2.5, 'two and a half'],
    ['three and a quarter', 3.25, 'three and a quarter'],
    ['a dozen', 12, 'a dozen'],
    ['two dozen', 24, 'two dozen'],
    // the unit word after "half an" is the duration kind's business
    ['half an hour', 0.5, expect.stringMatching(/^half( an)?$/)],
    ['a 30-day ceasefire', 30, '30'],
  ])('when %j then the value %d', (text, value, words) => {
    const m = onlyNumber(text);
    expect(m.value).toBe(value);
    expect(m.words).toEqual(words);
    expect(m.amount).toEqual({ min: value, max: value, exact: true });
  });
});

describe('findNumbers: scales set the value and the precision of the last digit', () => {
  test('"27.5MM" is a financial writer\'s million; "5mm" is no scale', () => {
    expect(numbersIn('$27.5MM a year').map((m) => m.value)).toEqual([27.5e6]);
    expect(numbersIn('a 5mm bolt').map((m) => m.value)).toEqual([5]);
  });

  test.each<[string, number, number, number]>([
    // [phrase, value, min, max]: "1.5 million" is anything that rounds to 1.5 million
    ['1.5 million', 1.5e6, 1.4505e6, 1.5495e6],
    ['$2.3bn', 2.3e9, 2.2505e9, 2.3495e9],
    ['3 million', 3e6, 2.505e6, 3.495e6],
  ])('when %j then %d, within [%d, %d]', (text, value, min, max) => {
    const m = onlyNumber(text);
    expect(m.value).toBeCloseTo(value);
    expect(m.amount.min).toBeCloseTo(min);
    expect(m.amount.max).toBeCloseTo(max);
    expect(m.amount.exact).toBe(false);
  });

  test('"two million" in words is 2,000,000', () => {
    expect(onlyNumber('two million').value).toBe(2e6);
  });
});

describe('findNumbers: hedges are intervals', () => {
  // [phrase, min, max (null = open)]
  test.each<[string, number | null, number | null]>([
    ['about 300', 255, 345],
    ['around 300', 255, 345],
    ['roughly 300', 255, 345],
    ['nearly 300', 270, 300],
    ['almost 300', 270, 300],
    ['over 5,000', 5000, null],
    ['more than 5,000', 5000, null],
    ['at least 14', 14, null],
    ['exceeded 40', 40, null],
    ['under 10', 0, 10],
    ['fewer than 10', 0, 10],
    ['less than 10', 0, 10],
    ['up to 40', 0, 40],
  ])('when %j then [%s, %s], not exact', (text, min, max) => {
    const m = onlyNumber(text);
    expect(m.amount.min).toBeCloseTo(min ?? NaN);
    if (max === null) expect(m.amount.max).toBeNull();
    else expect(m.amount.max).toBeCloseTo(max);
    expect(m.amount.exact).toBe(false);
    expect(m.words).toBe(text);
  });

  test('the hedge is part of the mention: "more than $80,000" starts at "more"', () => {
    expect(onlyNumber('more than $80,000').words).toBe('more than $80,000');
  });
});

describe('findNumbers: ranges and tallies', () => {
  test.each<[string, number, number, string]>([
    ['30 to 41 months', 30, 41, '30 to 41'],
    ['between 2004 and 2011', 2004, 2011, 'between 2004 and 2011'],
    ['from 10 to 12 people', 10, 12, 'from 10 to 12'],
  ])('when %j then the range %d–%d', (text, min, max, words) => {
    const m = onlyNumber(text);
    expect(m.amount).toEqual({ min, max, exact: false, vague: true });
    expect(m.rangeTo).toBe(max);
    expect(m.words).toBe(words);
  });

  test('"52-to-48" is a vote tally, never a range', () => {
    for (const m of numbersIn('The bill passed 52-to-48 on Tuesday.')) {
      expect(m.rangeTo).toBeUndefined();
      expect(m.amount.max === null || m.amount.min === m.amount.max).toBe(true);
    }
  });

  test('"a 12-all game" is a tie, 12-12, not twelve games', () => {
    const [m] = numbersIn('It was a 12-all game at the half.');
    expect(m.tally).toEqual([12, 12]);
    expect(m.words).toBe('12-all');
  });

  test('a falling pair is not a range ("scored 3 to 1" is a score)', () => {
    for (const m of numbersIn('They won 3 to 1.')) expect(m.rangeTo).toBeUndefined();
  });
});

describe('findNumbers: figures no part of which reads alone', () => {
  test.each(['He served 41/2 months in prison.', 'The 9/11 attacks shook the city.', 'Police said 2/3 of the homes burned.', 'The shop is open 24/7.'])('%j holds no number', (text) => {
    expect(numbersIn(text)).toEqual([]);
  });
});

describe('findNumbers: "within" bounds a number from above', () => {
  test('"to within 20 miles of Tel Aviv" is up to 20', () => {
    const [m] = numbersIn('One rocket landed to within 20 miles of Tel Aviv.').filter((x) => x.value === 20);
    expect(m.amount).toEqual({ min: 0, max: 20, exact: false });
  });
});

describe('findNumbers: vague amounts are wide intervals', () => {
  test.each<[string, string]>([
    ['dozens of people', 'dozens'],
    ['scores of homes', 'scores'],
    ['a handful of residents', 'a handful'],
    ['hundreds of people', 'hundreds'],
    ['tens of thousands of people', 'tens of thousands'],
    ['a couple of cars', 'a couple'],
  ])('when %j then a wide, inexact interval', (text, vague) => {
    const m = onlyNumber(text);
    expect(m.vague).toBe(vague);
    expect(m.amount.exact).toBe(false);
    expect(m.amount.max! / m.amount.min!).toBeGreaterThanOrEqual(1.5);
  });

  test('"dozens" lies above a dozen and "tens of thousands" above ten thousand', () => {
    expect(onlyNumber('dozens of people').amount.min).toBeGreaterThanOrEqual(24);
    expect(onlyNumber('tens of thousands of people').amount.min).toBeGreaterThanOrEqual(10000);
  });
});

describe('findNumbers: numbers that are names or codes are not amounts', () => {
  test.each([
    'Air Force Two',
    'an F-16 fighter',
    'the COVID-19 pandemic',
    'a Catch-22 for the mayor',
    'a G7 summit',
    'Apollo Eleven',
  ])('%j has no number', (text) => {
    expect(numbersIn(text)).toEqual([]);
  });

  test('"six AK 47 rifles" counts six: the 47 is part of the model', () => {
    expect(numbersIn('six AK 47 rifles').map((m) => m.value)).toEqual([6]);
  });

  test('"one of the" is not a count of one', () => {
    // The numbers stage may read "one"; the quantity kind must not make it a claim (see kinds/quantity).
    for (const m of numbersIn('She was one of the first to arrive.')) expect(m.value).toBe(1);
  });
});

describe('findNumbers: ordinal words', () => {
  test.each([
    ['in the sixth round', 6],
    ['a twelfth term', 12],
  ])('%j is an ordinal', (text, value) => {
    expect([onlyNumber(text).value, onlyNumber(text).ordinal]).toEqual([value, true]);
  });

  test.each(['a third of voters', 'two fifths', 'on Fifth Avenue', 'the first lady'])('%j has no ordinal', (text) => {
    expect(numbersIn(text).filter((m) => m.ordinal)).toEqual([]);
  });
});

describe('toInterval', () => {
  test('a firm value is an exact point', () => {
    expect(toInterval(12, 0)).toEqual({ min: 12, max: 12, exact: true });
  });
  test('a rounded value spans half its precision either side', () => {
    expect(toInterval(1.5e6, 1e5)).toEqual({ min: 1.45e6, max: 1.55e6, exact: false });
  });
  test('hedges bend the interval', () => {
    expect(toInterval(100, 0, 'over')).toEqual({ min: 100, max: null, exact: false });
    expect(toInterval(100, 0, 'at-most')).toEqual({ min: 0, max: 100, exact: false });
    expect(toInterval(100, 0, 'about').min).toBeLessThan(100);
    expect(toInterval(100, 0, 'about').max).toBeGreaterThan(100);
  });
});

describe('formatNumber and describeMention', () => {
  test.each<[number, string]>([
    [5000, '5,000'],
    [1.5e6, '1.5 million'],
    [2.3e9, '2.3 billion'],
    [2.5, '2.5'],
    [1204.5, '1,204.5'],
  ])('%d reads as %j', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  test('a mention is described with its hedge, range or vague word', () => {
    const plain = (n: number) => String(n);
    expect(describeMention(onlyNumber('over 5,000'), plain)).toBe('over 5000');
    expect(describeMention(onlyNumber('30 to 41 months'), plain)).toBe('30–41');
    expect(describeMention(onlyNumber('dozens of people'), plain)).toMatch(/^dozens \(\d+–\d+\)$/);
  });
});

describe('findNumbers: a unit named by an article, a scale joined by a hyphen', () => {
  const only = (text: string) => {
    const doc = docOf(text);
    return findNumbers(doc.tokens, 0, doc.tokens.length);
  };
  test('"less than an hour" is one, under a hedge; "for a day" alone is no number', () => {
    expect(only('The summit lasted less than an hour.').map((m) => m.amount)).toEqual([{ min: 0, max: 1, exact: false }]);
    expect(only('He spoke for a day.')).toEqual([]);
  });
  test('"a 50-billion-euro deal" is 50 billion', () => {
    expect(only('They agreed a 50-billion-euro deal.').map((m) => m.value)).toEqual([50e9]);
  });
});

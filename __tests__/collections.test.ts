import { groupBy, numberOf } from '../src/collections';

describe('groupBy', () => {
  test('keeps the items of each key in order, and the keys in the order first met', () => {
    const groups = groupBy(['kyiv', 'rome', 'kiev', 'paris', 'rio'], (w) => w[0]);
    expect([...groups]).toEqual([
      ['k', ['kyiv', 'kiev']],
      ['r', ['rome', 'rio']],
      ['p', ['paris']],
    ]);
  });
});

describe('numberOf', () => {
  test('numbers keys from 0 in the order met, and gives a key met again its number', () => {
    const numbers = new Map<string, number>();
    expect(['said', 'call', 'said', 'hours', 'call'].map((k) => numberOf(numbers, k))).toEqual([0, 1, 0, 2, 1]);
  });
});

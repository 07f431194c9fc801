import { groupBy, listSharer, numberOf } from '../src/collections';

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

describe('listSharer', () => {
  test('gives the first list equal to the one given, and a list of other words back as it is', () => {
    const share = listSharer();
    const first = share(['talks', 'begin']);
    expect(share(['talks', 'begin'])).toBe(first);
    expect(share(['talks', 'ended'])).not.toBe(first);
    expect(share(['talks', 'ended'])).toEqual(['talks', 'ended']);
  });

  test('tells apart lists whose words joined would read alike', () => {
    const share = listSharer();
    expect(share(['new york'])).not.toBe(share(['new', 'york']));
    expect(share(['a', 'b'])).not.toBe(share(['a,b']));
    const [withNul, other] = [['x', '', '\u0000'], ['x', '\u0000', '']];
    expect(share(withNul)).toBe(withNul);
    expect(share(other)).toEqual(['x', '\u0000', '']);
  });

  test('freezes the lists it shares, so no holder can change them under the others', () => {
    const share = listSharer();
    expect(Object.isFrozen(share(['ceasefire']))).toBe(true);
  });
});

import { groupDigits } from '../../src/normalise/numbers';

// groupDigits stands in for toLocaleString('en-US', { maximumFractionDigits: 2 }) to spare the CLI
// ICU's start-up: it must write every number the same way.
describe('groupDigits writes numbers as en-US toLocaleString with two decimals at most', () => {
  const icu = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

  test.each([0, 12, 1000, 2300, 2.5, 1.005, 999.995, 0.125, 1234567.891, -1234.5, -0.001, 0.1 + 0.2, 5e-7, 1e21])('%p', (n) => {
    expect(groupDigits(n)).toBe(icu(n));
  });

  test('when 20,000 numbers of every size then the same text as ICU', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 20000; i++) {
      const n = (Math.round(random() * [1, 10, 1e3, 1e6, 1e9][i % 5] * 1000) / [1, 10, 100, 1000, 8][i % 5]) * (i % 7 ? 1 : -1);
      expect(groupDigits(n)).toBe(icu(n));
    }
  });
});

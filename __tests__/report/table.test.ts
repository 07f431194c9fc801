import { renderTable } from '../../src/report/table';
import { PLAIN } from '../../src/report/style';
import type { Style } from '../../src/report/style';
import { ESCAPE, lastIndexWhere, report } from '../helpers/report';

// ANSI codes as chalk writes them at level 1, so cli-table3 measures the cells as a terminal would.
// Like chalk, each joins every argument it is given: a renderer must pass one string, not map().
const sgr =
  (on: number, off: number) =>
  (...parts: unknown[]) =>
    `\u001b[${on}m${parts.join(' ')}\u001b[${off}m`;
const ANSI: Style = { agree: sgr(32, 39), diverge: sgr(31, 39), only: sgr(2, 22), dim: sgr(2, 22), bold: sgr(1, 22), claim: sgr(7, 27) };

const lines = (text: string) => text.trimEnd().split('\n');

describe('renderTable', () => {
  const r = report();

  test('one row per fact with kind, verdict, each source’s words and the reason', () => {
    const out = renderTable(r, PLAIN, { width: 160 });
    const row = lines(out).find((l) => l.includes('two-hour discussion'))!;
    expect(row).toMatch(/duration/);
    expect(row).toMatch(/diverge/);
    expect(row).toMatch(/two and a half hours/);
    expect(row).toMatch(/2 h vs 2 h 30 min/);
  });

  test('the summary line comes first, and again under the table', () => {
    const { facts, agree, diverge, only } = r.summary;
    const summary = `${facts} facts: ${agree} agree, ${diverge} diverge, ${only} in one source only`;
    const all = lines(renderTable(r, PLAIN, { width: 160 }));
    expect(all[0]).toBe(summary);
    expect(all[lastIndexWhere(all, (l) => l.startsWith('└')) + 1]).toBe(summary);
  });

  test('without colour there are no escape codes at all (cli-table3 colours nothing itself)', () => {
    expect(renderTable(r, PLAIN, { width: 120 })).not.toMatch(ESCAPE);
  });

  test('colour goes through the style: diverge red, agree green, only dim', () => {
    const out = renderTable(r, ANSI, { width: 200 });
    expect(out).toContain('\u001b[31mdiverge\u001b[39m');
    expect(out).toContain('\u001b[32magree\u001b[39m');
    expect(out).toContain('\u001b[2monly\u001b[22m');
  });

  test('escape codes do not count towards the width: the coloured table is laid out like the plain one', () => {
    // A claim in its sentence is reversed in colour and in [brackets] without.
    const strip = (s: string) => s.replace(/\u001b\[7m/g, '[').replace(/\u001b\[27m/g, ']').replace(/\u001b\[\d+m/g, '');
    expect(strip(renderTable(r, ANSI, { width: 160 }))).toBe(renderTable(r, PLAIN, { width: 160 }));
  });

  test('--explain adds why the claims were aligned', () => {
    const plain = renderTable(r, PLAIN, { width: 200 });
    const explained = renderTable(r, PLAIN, { width: 200, explain: true });
    expect(r.findings.find((x) => x.status === 'diverge')!.alignment).toMatch(/similarity/);
    expect(explained).toMatch(/similarity/);
    expect(plain).not.toMatch(/similarity/);
  });

  test.each([80, 100, 120, 160, 200])('fits a terminal %d columns wide', (width) => {
    for (const l of lines(renderTable(r, PLAIN, { width }))) expect(l.length).toBeLessThanOrEqual(width);
  });
});

import { renderMarkdown } from '../../src/report/markdown';
import { ESCAPE, lastIndexWhere, report } from '../helpers/report';

describe('renderMarkdown', () => {
  const r = report();
  const out = renderMarkdown(r, { explain: false });
  const rows = out.split('\n').filter((l) => l.startsWith('|'));

  test('a GitHub table: a header, a separator, then one row per fact', () => {
    expect(rows[0]).toMatch(/^\| kind \| verdict \|.* A: .* \| B: .* \| reason \|$/);
    expect(rows[1]).toMatch(/^\|( --- \|)+$/);
    expect(rows).toHaveLength(r.findings.length + 2);
  });

  test('every row has as many cells as the header: pipes in claims are escaped', () => {
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    for (const l of rows) expect(cells(l)).toBe(cells(rows[0]));
    expect(out).toContain('We \\| will');
  });

  test('Markdown in claims is escaped, so "*rebuild*" is not made italic', () => {
    expect(out).toContain('\\*rebuild\\*');
  });

  test('a divergence is in bold, with its reason', () => {
    expect(rows.find((l) => l.includes('two-hour discussion'))).toMatch(/\*\*diverge\*\*.*2 h vs 2 h 30 min/);
  });

  test('the summary line follows the table, and there are no escape codes', () => {
    const all = out.split('\n');
    const lastRow = lastIndexWhere(all, (l) => l.startsWith('| '));
    expect(all[lastRow + 2]).toMatch(/^\d+ facts: \d+ agree, \d+ diverge, \d+ in one source only$/);
    expect(out).not.toMatch(ESCAPE);
  });
});

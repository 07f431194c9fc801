import { csvField, csvRows, renderCsv } from '../../src/report/csv';
import { renderAuditCsv } from '../../src/report/audit-csv';
import { withAudit } from '../../src/audit';
import { sourceCell } from '../../src/report/cells';
import { parseCsv } from '../helpers/csv';
import { reportOf } from '../helpers/fixtures';

describe('csvField: RFC 4180 quoting', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['said "as long as it takes."', '"said ""as long as it takes."""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('%j → %j', (field, quoted) => expect(csvField(field)).toBe(quoted));

  test('records end in CRLF', () => expect(csvRows([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n'));
});

describe('CSV of real reports reads back to the same cells', () => {
  // courier.txt quotes with straight double quotes and its statements hold commas.
  const { report } = reportOf('lineage');

  test('compare: one record per finding, each source’s words intact', () => {
    const rows = parseCsv(renderCsv(report));
    expect(rows[0]).toEqual(['id', 'kind', 'verdict', 'relation', 'sources', 'independent', 'A: courier.txt', 'B: herald.txt', 'C: wire.txt', 'reason']);
    expect(rows).toHaveLength(report.findings.length + 1);
    report.findings.forEach((f, i) => {
      expect(rows[i + 1].slice(6, 9)).toEqual(['A', 'B', 'C'].map((s) => sourceCell(f, s)));
      expect(rows[i + 1][5]).toBe(String(f.independent));
    });
    expect(rows.flat().some((cell) => cell.includes('"'))).toBe(true);
  });

  test('audit: the matrix with majority, against and divergent columns', () => {
    const audited = withAudit(report);
    const rows = parseCsv(renderAuditCsv(audited, {}));
    expect(rows[0].slice(-3)).toEqual(['majority', 'against', 'divergent']);
    audited.audit.facts.forEach((fact, i) => expect(rows[i + 1].slice(-3)).toEqual([fact.majority ?? '', fact.against.join(' '), fact.divergent.join(' ')]));
  });
});

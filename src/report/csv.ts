import type { Report } from '../types';
import { sourceCell, sourceLabel } from './cells';

/** One field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
export const csvField = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** Rows as RFC 4180 CSV: fields joined by commas, every record ended by CRLF. */
export const csvRows = (rows: string[][]) => rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');

/** The findings, one record each, with every source's words in its own column. */
export function renderCsv(report: Report): string {
  const head = ['id', 'kind', 'verdict', 'relation', 'sources', 'independent', ...report.sources.map(sourceLabel), 'reason'];
  const rows = report.findings.map((f) => [
    f.id,
    f.kind,
    f.status,
    f.relation ?? '',
    String(f.sources.length),
    String(f.independent ?? ''),
    ...report.sources.map((s) => sourceCell(f, s.id)),
    f.reason,
  ]);
  return csvRows([head, ...rows]);
}

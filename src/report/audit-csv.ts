import type { AuditedReport } from '../types';
import { sourceCell, sourceLabel } from './cells';
import { matrixRows, shownSources } from './audit-cells';
import { csvRows } from './csv';

/** The coverage matrix as RFC 4180 CSV: one record per fact, one column per source. */
export function renderAuditCsv(report: AuditedReport, options: { columns?: string[] }): string {
  const shown = shownSources(report, options.columns);
  const head = ['id', 'kind', 'verdict', 'sources', 'independent', ...shown.map(sourceLabel), 'majority', 'against', 'divergent'];
  const rows = matrixRows(report, shown).map(({ finding, fact }) => [
    finding.id,
    finding.kind,
    finding.status,
    String(finding.sources.length),
    String(finding.independent ?? ''),
    ...shown.map((s) => sourceCell(finding, s.id)),
    fact.majority ?? '',
    fact.against.join(' '),
    fact.divergent.join(' '),
  ]);
  return csvRows([head, ...rows]);
}

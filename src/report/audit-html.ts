import type { AuditedReport } from '../types';
import { majorityText, matrixRows, showsMajority, shownSources, statRows } from './audit-cells';
import { findingHead, findingRow, heading, htmlTable, page, sourceSections, textRow } from './html-page';

/** The coverage matrix, each source's statistics, and the sources' texts, as one HTML page. */
export function renderAuditHtml(report: AuditedReport, options: { texts: Record<string, string>; columns?: string[] }): string {
  const shown = shownSources(report, options.columns);
  const majority = showsMajority(report);
  const rows = matrixRows(report, shown).map(({ finding, fact }) => findingRow(finding, shown, majority ? [majorityText(fact)] : [], fact.divergent));
  const stats = statRows(report, shown);
  return page(`factdiff audit: ${report.sources.length} sources`, [
    ...heading(report, 'factdiff audit'),
    '<h2>Coverage</h2>',
    ...htmlTable(findingHead(shown, majority ? ['majority'] : []), rows),
    '<h2>Sources</h2>',
    ...htmlTable(stats[0], stats.slice(1).map(textRow)),
    ...sourceSections(report, options.texts, shown.map((s) => s.id)),
  ]);
}

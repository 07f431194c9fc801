import type { AuditedReport } from '../types';
import { sourceCell, sourceLabel, supportText } from './cells';
import { majorityText, matrixRows, showsMajority, shownSources, statRows } from './audit-cells';
import { escapeCell, findingsSection, markdownTable, verdictText } from './markdown';

/** The coverage matrix and each source's statistics as GitHub-flavoured Markdown. */
export function renderAuditMarkdown(report: AuditedReport, options: { columns?: string[] }): string {
  const shown = shownSources(report, options.columns);
  const majority = showsMajority(report);
  const head = ['fact', 'kind', 'verdict', 'support', ...shown.map(sourceLabel), ...(majority ? ['majority'] : [])];
  const rows = matrixRows(report, shown).map(({ finding, fact }) => [
    finding.id,
    finding.kind,
    verdictText(finding),
    supportText(finding),
    ...shown.map((s) => {
      const words = escapeCell(sourceCell(finding, s.id));
      return fact.divergent.includes(s.id) ? `**✗ ${words}**` : words;
    }),
    ...(majority ? [escapeCell(majorityText(fact))] : []),
  ]);
  const stats = statRows(report, shown);
  return [
    ...findingsSection(`# factdiff audit: ${report.sources.length} sources`, head, rows, report),
    '## Sources',
    '',
    ...markdownTable(stats[0], stats.slice(1)),
    '',
  ].join('\n');
}

import type { AuditedReport } from '../types';
import { sourceCell, sourceLabel, summaryLine, supportText } from './cells';
import { majorityText, matrixRows, shownSources, statRows } from './audit-cells';
import { escapeCell, lineageList } from './markdown';

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [line(head), line(head.map(() => '---')), ...rows.map(line)];

/** The coverage matrix and each source's statistics as GitHub-flavoured Markdown. */
export function renderAuditMarkdown(report: AuditedReport, options: { columns?: string[] }): string {
  const shown = shownSources(report, options.columns);
  const majority = report.sources.length >= 3;
  const head = ['fact', 'kind', 'verdict', 'support', ...shown.map(sourceLabel), ...(majority ? ['majority'] : [])];
  const rows = matrixRows(report, shown).map(({ finding, fact }) => [
    finding.id,
    finding.kind,
    finding.status === 'diverge' ? '**diverge**' : finding.status,
    supportText(finding),
    ...shown.map((s) => {
      const words = escapeCell(sourceCell(finding, s.id));
      return fact.divergent.includes(s.id) ? `**✗ ${words}**` : words;
    }),
    ...(majority ? [escapeCell(majorityText(fact))] : []),
  ]);
  const stats = statRows(report, shown);
  return [
    `# factdiff audit: ${report.sources.length} sources`,
    '',
    ...table(head.map(escapeCell), rows),
    '',
    summaryLine(report),
    ...lineageList(report),
    '',
    '## Sources',
    '',
    ...table(stats[0], stats.slice(1)),
    '',
  ].join('\n');
}

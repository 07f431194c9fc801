import type { Report } from '../types';
import { sourceCell, sourceLabel, summaryLine } from './cells';

const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([<>*_`[\]])/g, '\\$1');

/** The findings as a GitHub-flavoured Markdown table, with a summary line. */
export function renderMarkdown(report: Report, options: { explain: boolean }): string {
  const head = ['kind', 'verdict', ...report.sources.map(sourceLabel), 'reason'];
  const rows = report.findings.map((f) => [
    f.kind,
    f.status === 'diverge' ? '**diverge**' : f.status,
    ...report.sources.map((s) => escapeCell(sourceCell(f, s.id))),
    escapeCell(options.explain ? `${f.reason} — ${f.alignment}` : f.reason),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# factdiff: ${report.sources.map(sourceLabel).join(', ')}`,
    '',
    line(head.map(escapeCell)),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    summaryLine(report),
    '',
  ].join('\n');
}

import type { Report } from '../types';
import { lineageLines, sourceCell, sourceLabel, summaryLine, supportText } from './cells';

/** A table cell's text with Markdown's own characters escaped. */
export const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([<>*_`[\]])/g, '\\$1');

/** Which sources print one text, as a Markdown list after a blank line; nothing when none do. */
export function lineageList(report: Report): string[] {
  const lines = lineageLines(report);
  return lines.length ? ['', ...lines.map((l) => `- ${l}`)] : [];
}

/** The findings as a GitHub-flavoured Markdown table, with a summary line. */
export function renderMarkdown(report: Report, options: { explain: boolean }): string {
  const head = ['kind', 'verdict', 'support', ...report.sources.map(sourceLabel), 'reason'];
  const rows = report.findings.map((f) => [
    f.kind,
    f.status === 'diverge' ? '**diverge**' : f.status,
    supportText(f),
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
    ...lineageList(report),
    '',
  ].join('\n');
}

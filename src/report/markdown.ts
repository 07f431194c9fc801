import type { Finding, Report } from '../types';
import { lineageLines, sourceCell, sourceLabel, summaryLine, supportText } from './cells';
import { deskOrder } from './order';
import { contextHeadline, contextTitle, findingsInContext, lineText } from './context';

/** A table cell's text with Markdown's own characters escaped. */
export const escapeCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([<>*_`[\]])/g, '\\$1');

/** A finding's verdict, a divergence in bold. */
export const verdictText = (f: Finding) => (f.status === 'diverge' ? '**diverge**' : f.status);

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A GitHub-flavoured Markdown table: the head (cells as given), its rule, the rows. */
export const markdownTable = (head: string[], rows: string[][]) => [line(head), line(head.map(() => '---')), ...rows.map(line)];

/** Which sources print one text, as a Markdown list after a blank line; nothing when none do. */
function lineageList(report: Report): string[] {
  const lines = lineageLines(report);
  return lines.length ? ['', ...lines.map((l) => `- ${l}`)] : [];
}

/** A title, the findings' table (head escaped here), the summary and the lineage, ending in a blank line. */
export function findingsSection(title: string, head: string[], rows: string[][], report: Report): string[] {
  return [title, '', ...markdownTable(head.map(escapeCell), rows), '', summaryLine(report), ...lineageList(report), ''];
}

/** Options of the Markdown report. */
export interface MarkdownOptions {
  explain: boolean;
  /** Each source's text by id, to show claims in their sentences. */
  texts?: Record<string, string>;
  /** Show every finding in context, not only the divergences. */
  context?: boolean;
}

/** The findings as a GitHub-flavoured Markdown table, divergences first, with a summary line; then each divergence in context. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const head = ['kind', 'verdict', 'support', ...report.sources.map(sourceLabel), 'reason'];
  const rows = deskOrder(report.findings).map((f) => [
    f.kind,
    verdictText(f),
    supportText(f),
    ...report.sources.map((s) => escapeCell(sourceCell(f, s.id))),
    escapeCell(options.explain ? `${f.reason} — ${f.alignment}` : f.reason),
  ]);
  return [...findingsSection(`# factdiff: ${report.sources.map(sourceLabel).join(', ')}`, head, rows, report), ...contextSection(report, options)].join('\n');
}

/** Each finding shown in context as a heading and a list of its sentences, the claims in bold. */
function contextSection(report: Report, options: MarkdownOptions): string[] {
  const shown = findingsInContext(report, options.texts ?? {}, !!options.context);
  if (shown.length === 0) return [];
  const format = { claim: (s: string) => `**${escapeCell(s)}**`, words: escapeCell };
  return [
    `## ${contextTitle(!!options.context)}`,
    '',
    ...shown.flatMap(({ finding, lines }) => [
      `### ${escapeCell(contextHeadline(finding))}`,
      '',
      ...lines.map((line) => `- ${escapeCell(sourceLabel(line.source))}: ${lineText(line, format)}`),
      '',
    ]),
  ];
}

import Table from 'cli-table3';
import type { Finding, Report } from '../types';
import { lineageLines, shorten, sourceCell, sourceLabel, summaryLine, supportText } from './cells';
import type { Style } from './style';

export interface TableOptions {
  /** Terminal width in columns; the table is laid out to fit it. */
  width: number;
  /** Add, under each row, why its claims were aligned. */
  explain?: boolean;
}

const KIND_WIDTH = 10;
export const VERDICT_WIDTH = 9;
// Wide enough for "12 sources," so "4 sources, 2 independent" wraps onto two lines.
export const SUPPORT_WIDTH = 14;

export function verdictCell(f: Finding, style: Style): string {
  if (f.status === 'diverge') return style.diverge('diverge');
  if (f.status === 'agree') return style.agree('agree');
  return style.only('only');
}

/** The findings as a terminal table: kind, verdict, each source's words, and the reason. */
export function renderTable(report: Report, style: Style, options: TableOptions): string {
  const n = report.sources.length;
  // Borders take 3 columns per cell plus one; the rest is shared by the source and reason columns.
  const free = Math.max(20 * (n + 1), options.width - KIND_WIDTH - VERDICT_WIDTH - SUPPORT_WIDTH - 3 * (n + 4) - 1);
  const textWidth = Math.max(12, Math.floor(free / (n + 1)));
  const table = new Table({
    head: ['kind', 'verdict', 'support', ...report.sources.map((s) => shorten(sourceLabel(s), textWidth)), 'reason'].map(style.bold),
    colWidths: [KIND_WIDTH, VERDICT_WIDTH, SUPPORT_WIDTH, ...report.sources.map(() => textWidth + 2), textWidth + 2],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const f of report.findings) {
    const reason = options.explain ? `${f.reason}\n${style.dim(f.alignment)}` : f.reason;
    table.push([f.kind, verdictCell(f, style), supportText(f), ...report.sources.map((s) => shorten(sourceCell(f, s.id), textWidth * 3)), f.status === 'only' ? style.dim(reason) : reason]);
  }
  return [table.toString(), summaryLine(report), ...lineageLines(report), ''].join('\n');
}

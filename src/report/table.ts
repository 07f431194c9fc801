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

/** Below this width the support column gives its room to the sources' words. */
const SUPPORT_FROM_WIDTH = 110;
const MIN_TEXT_COLUMN = 8;

/** The findings as a terminal table: kind, verdict, support, each source's words, and the reason. */
export function renderTable(report: Report, style: Style, options: TableOptions): string {
  const n = report.sources.length;
  const withSupport = options.width >= SUPPORT_FROM_WIDTH;
  const fixed = [KIND_WIDTH, VERDICT_WIDTH, ...(withSupport ? [SUPPORT_WIDTH] : [])];
  // One border character before each column and one after the last; the rest is shared by the
  // source and reason columns, whose widths include one space of padding either side.
  const borders = fixed.length + n + 2;
  const column = Math.max(MIN_TEXT_COLUMN, Math.floor((options.width - borders - fixed.reduce((a, b) => a + b, 0)) / (n + 1)));
  const textWidth = column - 2;
  const table = new Table({
    head: ['kind', 'verdict', ...(withSupport ? ['support'] : []), ...report.sources.map((s) => shorten(sourceLabel(s), textWidth)), 'reason'].map((h) => style.bold(h)),
    colWidths: [...fixed, ...report.sources.map(() => column), column],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const f of report.findings) {
    const reason = options.explain ? `${f.reason}\n${style.dim(f.alignment)}` : f.reason;
    const support = withSupport ? [supportText(f)] : [];
    table.push([f.kind, verdictCell(f, style), ...support, ...report.sources.map((s) => shorten(sourceCell(f, s.id), textWidth * 3)), f.status === 'only' ? style.dim(reason) : reason]);
  }
  return [table.toString(), summaryLine(report), ...lineageLines(report), ''].join('\n');
}

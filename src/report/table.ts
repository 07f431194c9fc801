import Table from 'cli-table3';
import type { Finding, Report } from '../types';
import { lineageLines, shorten, sourceCell, sourceLabel, summaryLine, supportText } from './cells';
import type { Style } from './style';
import { deskOrder } from './order';
import { contextHeadline, contextTitle, findingsInContext, lineText } from './context';

export interface TableOptions {
  /** Terminal width in columns; the table is laid out to fit it. */
  width: number;
  /** Add, under each row, why its claims were aligned. */
  explain?: boolean;
  /** Each source's text by id, to show claims in their sentences. */
  texts?: Record<string, string>;
  /** Show every finding in context, not only the divergences. */
  context?: boolean;
}

const KIND_WIDTH = 10;
export const VERDICT_WIDTH = 9;
// Wide enough for "12 sources," so "4 sources, 2 independent" wraps onto two lines.
export const SUPPORT_WIDTH = 14;

/** Text in the colour of a finding's verdict. */
export const inVerdictColour = (f: Finding, style: Style, text: string) => style[f.status](text);

export const verdictCell = (f: Finding, style: Style) => inVerdictColour(f, style, f.status);

/** Below this width the support column gives its room to the sources' words. */
const SUPPORT_FROM_WIDTH = 110;
const MIN_TEXT_COLUMN = 8;

/**
 * The findings as a terminal table (kind, verdict, support, each source's words, and the reason),
 * divergences first, between two summary lines; then each divergence in context.
 */
export function renderTable(report: Report, style: Style, options: TableOptions): string {
  return [summaryLine(report), findingsTable(report, style, options), summaryLine(report), ...lineageLines(report), ...contextBlocks(report, style, options), ''].join('\n');
}

function findingsTable(report: Report, style: Style, options: TableOptions): string {
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
  for (const f of deskOrder(report.findings)) {
    const reason = options.explain ? `${f.reason}\n${style.dim(f.alignment)}` : f.reason;
    const support = withSupport ? [supportText(f)] : [];
    table.push([f.kind, verdictCell(f, style), ...support, ...report.sources.map((s) => shorten(sourceCell(f, s.id), textWidth * 3)), f.status === 'only' ? style.dim(reason) : reason]);
  }
  return table.toString();
}

/** After the table, one block per finding shown in context: its headline, then each source's sentence. */
function contextBlocks(report: Report, style: Style, options: TableOptions): string[] {
  const shown = findingsInContext(report, options.texts ?? {}, !!options.context);
  if (shown.length === 0) return [];
  return [
    '',
    style.bold(contextTitle(!!options.context)),
    ...shown.flatMap(({ finding, lines }) => [
      '',
      inVerdictColour(finding, style, contextHeadline(finding)),
      ...lines.map((line) => `  ${style.bold(sourceLabel(line.source))}: ${lineText(line, { claim: style.claim, words: (s) => s })}`),
    ]),
  ];
}

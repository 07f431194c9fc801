import Table from 'cli-table3';
import type { AuditedReport, ReportSource } from '../types';
import { lineageLines, shorten, sourceCell, sourceLabel, summaryLine, supportText } from './cells';
import { majorityText, matrixRows, showsMajority, shownSources, statRows, type MatrixRow } from './audit-cells';
import { SUPPORT_WIDTH, VERDICT_WIDTH, verdictCell } from './table';
import type { Style } from './style';

export interface AuditTableOptions {
  /** Terminal width in columns; wider matrices are cut into blocks of source columns. */
  width: number;
  /** Source ids to show as columns; all when absent. */
  columns?: string[];
}

// "F123" over "statement".
const FACT_WIDTH = 11;
const MAJORITY_WIDTH = 22;
/** Narrowest source column, padding included, before columns move to another block. */
const MIN_CELL = 14;
const MAX_CELL = 34;
/** A cell shows at most this many lines of a source's words. */
const CELL_LINES = 3;

/** The widths of the columns around the sources': fact, verdict, support, and the majority. */
const fixedWidths = (majority: boolean) => [FACT_WIDTH, VERDICT_WIDTH, SUPPORT_WIDTH, ...(majority ? [MAJORITY_WIDTH] : [])];

/** Source columns per block and their width, so each block fits the terminal. */
function layout(width: number, fixed: number[], count: number): { perBlock: number; cell: number } {
  // Each column costs its width plus one border; the table adds one border more.
  const free = width - fixed.reduce((sum, w) => sum + w + 1, 0) - 1;
  const perBlock = Math.max(1, Math.min(count, Math.floor(free / (MIN_CELL + 1))));
  return { perBlock, cell: Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(free / perBlock) - 1)) };
}

function block(rows: MatrixRow[], sources: ReportSource[], cell: number, majority: boolean, style: Style): string {
  const fixed = fixedWidths(majority);
  const table = new Table({
    head: ['fact', 'verdict', 'support', ...sources.map((s) => shorten(sourceLabel(s), cell - 2)), ...(majority ? ['majority'] : [])].map((h) => style.bold(h)),
    colWidths: [...fixed.slice(0, 3), ...sources.map(() => cell), ...fixed.slice(3)],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const { finding, fact } of rows) {
    const cells = sources.map((s) => {
      const words = shorten(sourceCell(finding, s.id), (cell - 2) * CELL_LINES - 2);
      return fact.divergent.includes(s.id) ? style.diverge(`✗ ${words}`) : words;
    });
    table.push([`${finding.id}\n${finding.kind}`, verdictCell(finding, style), supportText(finding), ...cells, ...(majority ? [majorityText(fact)] : [])]);
  }
  return table.toString();
}

/**
 * The coverage matrix (facts by sources, ✗ on divergent cells, the majority reading with three or
 * more sources), then each source's statistics. Columns that do not fit the width go to further
 * blocks, each repeating the fact columns.
 */
export function renderAuditTable(report: AuditedReport, style: Style, options: AuditTableOptions): string {
  const shown = shownSources(report, options.columns);
  const rows = matrixRows(report, shown);
  const majority = showsMajority(report);
  const { perBlock, cell } = layout(options.width, fixedWidths(majority), shown.length);
  const blocks: string[] = [];
  for (let i = 0; i < shown.length; i += perBlock) {
    const sources = shown.slice(i, i + perBlock);
    const title = shown.length > perBlock ? [`sources ${sources[0].id}–${sources[sources.length - 1].id} (${blocks.length + 1} of ${Math.ceil(shown.length / perBlock)})`] : [];
    blocks.push([...title, block(rows, sources, cell, majority, style)].join('\n'));
  }
  const [statHead, ...statBody] = statRows(report, shown);
  const stats = new Table({ head: statHead.map((h) => style.bold(h)), style: { head: [], border: [] } });
  stats.push(...statBody);
  return [...blocks, summaryLine(report), ...lineageLines(report), '', stats.toString(), ''].join('\n');
}

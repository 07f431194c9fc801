import Table from 'cli-table3';
import type { Style } from '../report/style';
import { shorten } from '../report/cells';
import type { BatchEvent, BatchResult } from './types';

/** Independent reports of an event: its wire-copy families. */
export const independentOf = (event: BatchEvent) => event.report.families?.length ?? event.sources.length;

/** The index's columns and, for each event of two or more reports, its cells. */
export function indexRows(result: BatchResult): string[][] {
  const covered = result.events.filter((e) => e.sources.length > 1);
  return [
    ['event', 'reports', 'independent', 'diverge', 'label'],
    ...covered.map((e) => [e.id, String(e.sources.length), String(independentOf(e)), String(e.report.summary.diverge), e.label]),
  ];
}

/** Articles no other report covers: the only article of each event of one. */
export const uncovered = (result: BatchResult) => result.events.filter((e) => e.sources.length === 1);

/** "12 events of 2 reports or more (915 articles); 3 with divergences; 40 articles alone". */
export function batchSummary(result: BatchResult): string {
  const covered = result.events.filter((e) => e.sources.length > 1);
  const articles = result.events.reduce((n, e) => n + e.sources.length, 0);
  const divergent = covered.filter((e) => e.report.summary.diverge > 0).length;
  return `${covered.length} events of 2 reports or more, ${divergent} with divergences; ${uncovered(result).length} articles no other report covers (${articles} articles in all)`;
}

const LABEL_MIN = 20;

/** The index as a terminal table, then the articles no other report covers, one a line. */
export function renderBatchTable(result: BatchResult, style: Style, width: number): string {
  const [head, ...rows] = indexRows(result);
  // Fixed columns (id, three counts) and their borders; the label takes what is left.
  const labelWidth = Math.max(LABEL_MIN, width - (7 + 9 + 13 + 9) - 6);
  const table = new Table({ head: head.map((h) => style.bold(h)), colWidths: [7, 9, 13, 9, labelWidth], wordWrap: true, style: { head: [], border: [] } });
  for (const [id, reports, independent, diverge, label] of rows) table.push([id, reports, independent, Number(diverge) > 0 ? style.diverge(diverge) : diverge, shorten(label, labelWidth - 2)]);
  const alone = uncovered(result).map((e) => `  ${e.id}  ${e.sources[0].path}  ${style.dim(e.label)}`);
  return [...(rows.length ? [table.toString()] : []), batchSummary(result), ...(alone.length ? ['', 'Articles no other report covers:', ...alone] : []), ''].join('\n');
}

/** Indents every line but the first by `spaces`, so a value pretty-printed alone nests in a larger one. */
const nest = (json: string, spaces: string) => json.replace(/\n/g, `\n${spaces}`);

/** The result as pretty JSON, one piece per event, so a large batch is never one string. The pieces joined are JSON.stringify(result, null, 2). */
export function* batchJsonPieces(result: BatchResult): Generator<string> {
  const { events, ...head } = result;
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "events": [`;
  for (const [i, event] of events.entries()) yield `${i ? ',' : ''}\n    ${nest(JSON.stringify(event, null, 2), '    ')}`;
  yield events.length ? '\n  ]\n}\n' : ']\n}\n';
}

/** One event as one line of JSON, for --jsonl. */
export const eventLine = (event: BatchEvent) => `${JSON.stringify(event)}\n`;

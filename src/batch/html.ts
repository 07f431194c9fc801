import type { BatchEvent, BatchResult } from './types';
import { escapeHtml } from '../report/escape';
import { htmlTable, page } from '../report/html-page';
import { renderHtml } from '../report/html';
import { batchSummary, independentOf } from './render';

/** The file an event's report is written to, beside the index. */
export const eventFile = (event: Pick<BatchEvent, 'id'>) => `${event.id}.html`;

/** One event's report page: the comparison of its articles, with their texts. */
export const eventPage = (event: BatchEvent, texts: Record<string, string>) => renderHtml(event.report, { texts, explain: false });

/** The index page: a row per event, linking its page, then the articles alone. Escaped, no script. */
export function renderBatchIndex(result: BatchResult): string {
  const row = (e: BatchEvent) =>
    `<tr><td><a href="${escapeHtml(eventFile(e))}">${escapeHtml(e.id)}</a></td><td>${e.sources.length}</td><td>${independentOf(e)}</td><td>${e.report.summary.diverge}</td><td>${escapeHtml(e.label)}</td></tr>`;
  const [covered, alone] = [result.events.filter((e) => e.sources.length > 1), result.events.filter((e) => e.sources.length === 1)];
  return page(`factdiff batch: ${result.events.length} events`, [
    `<h1>factdiff batch: ${result.events.length} events</h1>`,
    `<p class="meta">${escapeHtml(batchSummary(result))}</p>`,
    '<h2>Events</h2>',
    ...htmlTable(['event', 'reports', 'independent', 'diverge', 'label'], covered.map(row)),
    '<h2>Articles no other report covers</h2>',
    ...htmlTable(['event', 'reports', 'independent', 'diverge', 'title'], alone.map(row)),
  ]);
}

import type { Report } from '../types';
import { sourceLabel } from './cells';
import { findingHead, findingRow, heading, htmlTable, page, sourceSections } from './html-page';

/** The findings table and every source's text with its claims highlighted, as one HTML page. */
export function renderHtml(report: Report, options: { texts: Record<string, string>; explain: boolean }): string {
  const rows = report.findings.map((f) => findingRow(f, report.sources, [options.explain ? `${f.reason} — ${f.alignment}` : f.reason]));
  return page(`factdiff: ${report.sources.map(sourceLabel).join(', ')}`, [
    ...heading(report, 'factdiff comparison'),
    '<h2>Findings</h2>',
    ...htmlTable(findingHead(report.sources, ['reason']), rows),
    ...sourceSections(report, options.texts),
  ]);
}

import type { Report } from '../types';
import { sourceLabel } from './cells';
import { escapeHtml } from './escape';
import { findingHead, findingRow, heading, htmlTable, page, sourceSections } from './html-page';
import { deskOrder } from './order';
import { contextHeadline, contextTitle, findingsInContext, lineText } from './context';

/** Options of the HTML report. */
export interface HtmlOptions {
  /** Each source's text by id, shown with its claims highlighted. */
  texts: Record<string, string>;
  explain: boolean;
  /** Show every finding in context, not only the divergences. */
  context?: boolean;
}

/**
 * One HTML page: the divergences in context (the sentence each source says it in, the claim
 * marked), then the findings table, divergences first, then every source's text with its claims
 * highlighted.
 */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const rows = deskOrder(report.findings).map((f) => findingRow(f, report.sources, [options.explain ? `${f.reason} — ${f.alignment}` : f.reason]));
  return page(`factdiff: ${report.sources.map(sourceLabel).join(', ')}`, [
    ...heading(report, 'factdiff comparison'),
    ...contextSection(report, options),
    '<h2>Findings</h2>',
    ...htmlTable(findingHead(report.sources, ['reason']), rows),
    ...sourceSections(report, options.texts),
  ]);
}

/** Each finding shown in context: its headline, linking to its row, over each source's sentence. */
function contextSection(report: Report, options: HtmlOptions): string[] {
  const shown = findingsInContext(report, options.texts, !!options.context);
  if (shown.length === 0) return [];
  const format = { claim: (s: string) => `<mark class="claim">${escapeHtml(s)}</mark>`, words: escapeHtml };
  return [
    `<h2 id="in-context">${escapeHtml(contextTitle(!!options.context))}</h2>`,
    ...shown.map(({ finding, lines }) =>
      [
        `<div class="context-finding v-${finding.status}">`,
        `<h3><a href="#${finding.id}">${escapeHtml(contextHeadline(finding))}</a></h3>`,
        '<ul>',
        ...lines.map((line) => `<li><span class="label">${escapeHtml(sourceLabel(line.source))}</span>: ${lineText(line, format)}</li>`),
        '</ul>',
        '</div>',
      ].join(''),
    ),
  ];
}

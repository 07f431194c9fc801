import type { Finding, Report, ReportSource } from '../types';
import { escapeHtml } from './escape';
import { claimLinks, highlight, marksOf } from './marks';
import { lineageLines, sourceLabel, summaryLine, supportText } from './cells';

// Inline and self-contained: the page is one file that works offline, with no scripts at all.
const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 1.5rem auto; max-width: 1300px; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta { color: #555; margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { border: 1px solid #d0d0d0; padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: #f2f2f2; position: sticky; top: 0; }
td.verdict { font-weight: 600; white-space: nowrap; }
tr.v-agree td.verdict { color: #17702b; } tr.v-diverge td.verdict { color: #b00020; } tr.v-only td.verdict { color: #777; }
tr.v-diverge { background: #fff5f5; }
td.divergent { background: #ffd9d9; font-weight: 600; }
td.support, td.id { white-space: nowrap; color: #444; }
td a, mark a { color: inherit; text-decoration: none; }
mark.claim { background: #ffe08a; font-weight: 600; }
td a { border-bottom: 1px dotted #888; }
.source { border: 1px solid #ddd; border-radius: 4px; padding: .8rem 1rem; background: #fcfcfc; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.v-agree { background: #c9efd1; } mark.v-diverge { background: #ffb8b8; box-shadow: inset 0 -2px #b00020; } mark.v-only { background: #e8e8e8; }
mark mark { box-shadow: inset 0 -2px #555; }
:target { outline: 3px solid #f0a000; }
.legend mark { padding: 0 .3rem; }
.context-finding { border-left: 4px solid #ccc; padding: .1rem 0 .1rem .8rem; margin: 1rem 0; }
.context-finding.v-diverge { border-color: #b00020; } .context-finding.v-agree { border-color: #17702b; }
.context-finding h3 { font-size: 1rem; margin: .2rem 0 .4rem; } .context-finding h3 a { color: inherit; }
.context-finding ul { margin: 0; padding-left: 1.2rem; } .context-finding li { margin: .25rem 0; }
.context-finding .label { font-weight: 600; }
`;

/** One self-contained HTML page: inline CSS, no outside assets, no scripts. */
export function page(title: string, body: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The heading: sources, the summary, which of them print one text, and what the colours mean. */
export function heading(report: Report, what: string): string[] {
  return [
    `<h1>${escapeHtml(what)}: ${report.sources.length} sources</h1>`,
    `<p class="meta">${escapeHtml(summaryLine(report))}</p>`,
    ...lineageLines(report).map((l) => `<p class="meta">${escapeHtml(l)}</p>`),
    '<p class="meta legend">Claims: <mark class="v-agree">agree</mark> <mark class="v-diverge">diverge</mark> <mark class="v-only">one source only</mark>; click a claim to jump to its row, a cell to jump to the claim.</p>',
  ];
}

/** Each source's full text with its claims highlighted; `texts` maps source ids to their text. */
export function sourceSections(report: Report, texts: Record<string, string>, only?: string[]): string[] {
  return report.sources
    .filter((s) => !only || only.includes(s.id))
    .flatMap((s) => {
      const text = texts[s.id] ?? s.text;
      const meta = [s.title, s.path, s.url, s.published && `published ${s.publishedAt ?? s.published}`].filter(Boolean).join(' · ');
      return [
        `<h2 id="source-${s.id}">${escapeHtml(sourceLabel(s))}</h2>`,
        `<p class="meta">${escapeHtml(meta)}</p>`,
        text === undefined ? '<p class="meta">(text not available)</p>' : `<div class="source">${highlight(text, marksOf(report, s.id))}</div>`,
      ];
    });
}

/** A table: a header of plain text over rows already in HTML. */
export const htmlTable = (head: string[], rows: string[]): string[] => [
  '<table>',
  `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
  '<tbody>',
  ...rows,
  '</tbody>',
  '</table>',
];

/** A row of plain-text cells. */
export const textRow = (cells: string[]) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;

/**
 * One finding's row, the target of its claims' links: id, kind, verdict, support, a cell per source
 * linking to that source's claims (marked when divergent), then `extra` plain-text cells.
 */
export function findingRow(f: Finding, sources: ReportSource[], extra: string[], divergent: string[] = []): string {
  return [
    `<tr id="${f.id}" class="v-${f.status}">`,
    `<td class="id">${f.id}</td><td>${f.kind}</td><td class="verdict">${f.status}</td><td class="support">${escapeHtml(supportText(f))}</td>`,
    ...sources.map((s) => `<td${divergent.includes(s.id) ? ' class="divergent"' : ''}>${claimLinks(f, s.id)}</td>`),
    ...extra.map((c) => `<td>${escapeHtml(c)}</td>`),
    '</tr>',
  ].join('');
}

/** The header of a findings table over the given sources, then `extra` headings. */
export const findingHead = (sources: ReportSource[], extra: string[]) => ['#', 'kind', 'verdict', 'support', ...sources.map(sourceLabel), ...extra];

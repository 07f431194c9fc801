import type { AuditedReport, Report } from '../types';
import { jsonPieces } from './json';
import { renderTable } from './table';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html';
import { renderCsv } from './csv';
import { renderAuditTable } from './audit-table';
import { renderAuditMarkdown } from './audit-markdown';
import { renderAuditHtml } from './audit-html';
import { renderAuditCsv } from './audit-csv';
import type { Style } from './style';

export interface RenderOptions {
  style: Style;
  width: number;
  explain: boolean;
  /** Each source's text by id, for formats that show it (HTML) or show claims in their sentences. */
  texts: Record<string, string>;
  /** Show every finding in context, not only the divergences (table, Markdown, HTML). */
  context?: boolean;
  /** Source ids to show as the audit's columns; all when absent. */
  columns?: string[];
}

/** A pure function from a report to text, in pieces written one after another (JSON: one per finding). */
export type Renderer<R extends Report> = (report: R, options: RenderOptions) => Iterable<string>;

/** Every output format of `compare`. */
export const FORMATS: Record<string, Renderer<Report>> = {
  table: (r, o) => [renderTable(r, o.style, o)],
  json: (r) => jsonPieces(r),
  markdown: (r, o) => [renderMarkdown(r, o)],
  html: (r, o) => [renderHtml(r, o)],
  csv: (r) => [renderCsv(r)],
};

/** Every output format of `audit`, the same names as FORMATS. */
export const AUDIT_FORMATS: Record<string, Renderer<AuditedReport>> = {
  table: (r, o) => [renderAuditTable(r, o.style, o)],
  json: (r) => jsonPieces(r),
  markdown: (r, o) => [renderAuditMarkdown(r, o)],
  html: (r, o) => [renderAuditHtml(r, o)],
  csv: (r, o) => [renderAuditCsv(r, o)],
};
export type { Style } from './style';
export { PLAIN } from './style';

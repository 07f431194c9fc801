import type { Report } from '../types';
import { renderJson } from './json';
import { renderTable } from './table';
import { renderMarkdown } from './markdown';
import type { Style } from './style';

export interface RenderOptions {
  style: Style;
  width: number;
  explain: boolean;
}

/** Every output format: a pure function from a report to text. */
export const FORMATS: Record<string, (report: Report, options: RenderOptions) => string> = {
  table: (r, o) => renderTable(r, o.style, { width: o.width, explain: o.explain }),
  json: (r) => renderJson(r),
  markdown: (r, o) => renderMarkdown(r, { explain: o.explain }),
};
export type { Style } from './style';
export { PLAIN } from './style';

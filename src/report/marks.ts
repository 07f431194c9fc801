import type { Finding, Report, Status } from '../types';
import { escapeHtml } from './escape';

/** A claim to highlight in its source's text. */
export interface Mark {
  start: number;
  end: number;
  /** The element id: finding, source and the claim's rank among that source's claims of it. */
  id: string;
  finding: string;
  status: Status;
  /** Shown on hover: the finding's verdict and reason. */
  title: string;
}

/** "F3-A-0": the first claim of source A in finding F3. */
export const markId = (finding: string, source: string, rank: number) => `${finding}-${source}-${rank}`;

/** The claims of one source as marks, across every finding. */
export function marksOf(report: Report, source: string): Mark[] {
  return report.findings.flatMap((f) =>
    f.claims
      .filter((c) => c.source === source)
      .map((c, rank) => ({ start: c.start, end: c.end, id: markId(f.id, source, rank), finding: f.id, status: f.status, title: `${f.id} ${f.status}: ${f.reason}` })),
  );
}

/** Links from a table cell to each distinct wording of one source's claims in a finding. */
export function claimLinks(f: Finding, source: string): string {
  const claims = f.claims.filter((c) => c.source === source);
  return claims
    .map((c, rank) => ({ text: c.text, id: markId(f.id, source, rank) }))
    .filter((c, i, all) => all.findIndex((d) => d.text === c.text) === i)
    .map((c) => `<a href="#${c.id}">${escapeHtml(c.text)}</a>`)
    .join(' / ');
}

/**
 * A source's text, escaped, with its claims in <mark> elements and each stretch of marked text
 * linking back to its finding's row. Claims nest (a date inside a statement), but marks must nest
 * properly in HTML, so a mark that would cross the end of the one around it is cut there; links
 * wrap only plain stretches of text, so they never nest.
 */
export function highlight(text: string, marks: Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Mark[] = [];
  let out = '';
  let pos = 0;
  const emit = (to: number) => {
    if (to <= pos) return;
    const inner = open[open.length - 1];
    const piece = escapeHtml(text.slice(pos, to));
    out += inner ? `<a href="#${inner.finding}">${piece}</a>` : piece;
    pos = to;
  };
  const closeUntil = (offset: number) => {
    while (open.length && open[open.length - 1].end <= offset) {
      emit(open[open.length - 1].end);
      open.pop();
      out += '</mark>';
    }
  };
  for (const mark of sorted) {
    closeUntil(mark.start);
    const parent = open[open.length - 1];
    const end = parent ? Math.min(mark.end, parent.end) : mark.end;
    if (end <= mark.start) continue;
    emit(mark.start);
    out += `<mark id="${mark.id}" class="v-${mark.status}" title="${escapeHtml(mark.title)}">`;
    open.push({ ...mark, end });
  }
  closeUntil(Infinity);
  emit(text.length);
  return out;
}

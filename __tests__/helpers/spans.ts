// The spans contract (docs-architecture.md, STYLE.md §1): every claim carries half-open UTF-16
// offsets into the untouched source text, and `text === source.text.slice(start, end)`.
import type { Report, Span } from '../../src/types';

/** A claim as any stage hands it out: a span in one source, maybe with its line and column. */
type Located = Span & { source: string; line?: number; column?: number };

/** Source id → text. An array is read in source order: report.sources[i].id, else "A", "B", …. */
type Texts = string[] | Record<string, string>;

const letterId = (i: number) => String.fromCharCode(65 + i);

function textsById(report: Report | Located[], texts: Texts): Record<string, string> {
  if (!Array.isArray(texts)) return texts;
  const ids = Array.isArray(report) ? texts.map((_, i) => letterId(i)) : report.sources.map((s) => s.id);
  return Object.fromEntries(texts.map((t, i) => [ids[i], t]));
}

/** Offsets where lines start ("\n", "\r\n" and "\r" end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/**
 * 1-based line and column of an offset, by binary search: counting lines from the start for each
 * claim takes minutes on a 1 MB source with thousands of claims.
 */
function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/**
 * Checks every claim of a report (or a list of claims) against the source texts: offsets inside
 * the text, start < end, text equal to the slice, and line/column (when given) pointing at start.
 * All problems are listed in one failure, so a broken span shows where and what it holds.
 */
export function expectSpansValid(report: Report | Located[], texts: Texts): void {
  const byId = textsById(report, texts);
  const claims: Located[] = Array.isArray(report) ? report : report.findings.flatMap((f) => f.claims);
  const problems: string[] = [];
  const starts = new Map<string, number[]>();
  const startsOf = (id: string, text: string) => starts.get(id) ?? starts.set(id, lineStarts(text)).get(id)!;
  for (const c of claims) {
    const source = byId[c.source];
    const where = `${c.source}[${c.start},${c.end}) ${JSON.stringify(c.text)}`;
    if (source === undefined) {
      problems.push(`${where}: no text given for source ${c.source}`);
      continue;
    }
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= source.length)) {
      problems.push(`${where}: offsets outside the text (length ${source.length}) or empty`);
      continue;
    }
    const slice = source.slice(c.start, c.end);
    if (slice !== c.text) problems.push(`${where}: the source holds ${JSON.stringify(slice)} there`);
    if (c.line !== undefined || c.column !== undefined) {
      const at = lineColumn(startsOf(c.source, source), c.start);
      if (c.line !== at.line || c.column !== at.column) problems.push(`${where}: line ${c.line}:${c.column}, expected ${at.line}:${at.column}`);
    }
  }
  expect(problems).toEqual([]);
}

import type { Finding, Report } from '../types';
import { isCopy } from '../lineage';

/** Shortens text to `max` characters, keeping its start, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** What one source says about a finding's fact: its claims' words, or '' when it is silent. */
export function sourceCell(finding: Finding, source: string): string {
  const texts = [...new Set(finding.claims.filter((c) => c.source === source).map((c) => c.text))];
  return texts.join(' / ');
}

/** "12 facts: 7 agree, 2 diverge, 3 in one source only", and how many are shown when --status left some out. */
export function summaryLine(report: Report): string {
  const { facts, agree, diverge, only } = report.summary;
  const shown = report.findings.length < facts ? `; ${report.findings.length} shown` : '';
  return `${facts} facts: ${agree} agree, ${diverge} diverge, ${only} in one source only${shown}`;
}

/** A source's label in headers: its id and its outlet where known ("A: Reuters"), else its title, else its file name. */
export const sourceLabel = (s: Report['sources'][number]) => `${s.id}: ${s.outlet ?? s.title ?? s.path.split(/[\\/]/).pop()}`;

/** "4 sources, 2 independent": how many sources carry a fact, and how many wire-copy families. */
export function supportText(f: Finding): string {
  const n = f.sources.length;
  if (n === 1) return '1 source';
  return f.independent === undefined ? `${n} sources` : `${n} sources, ${f.independent} independent`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Which sources print one text, in plain words; empty when every source is independent. */
export function lineageLines(report: Report): string[] {
  const copies = (report.shared ?? []).filter(isCopy);
  if (copies.length === 0) return [];
  const pairs = copies.map(
    ({ sources: [a, b], coverage: [ca, cb], passages }) =>
      `${a} and ${b} print one text: ${passages.length} passage${passages.length === 1 ? '' : 's'} shared word for word cover ${percent(ca)} of ${a} and ${percent(cb)} of ${b}`,
  );
  const families = report.families ?? [];
  return [...pairs, `${families.length} independent of ${report.sources.length} sources: ${families.map((f) => f.join('+')).join(', ')}`];
}

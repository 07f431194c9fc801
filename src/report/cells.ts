import type { Finding, Report } from '../types';

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

/** "12 facts: 7 agree, 2 diverge, 3 in one source only". */
export function summaryLine(report: Report): string {
  const { facts, agree, diverge, only } = report.summary;
  return `${facts} facts: ${agree} agree, ${diverge} diverge, ${only} in one source only`;
}

/** A source's label in headers: its id and file name. */
export const sourceLabel = (s: Report['sources'][number]) => `${s.id}: ${s.outlet ?? s.path.split(/[\\/]/).pop()}`;

import type { AuditFact, AuditedReport, Finding, ReportSource } from '../types';
import { sourceLabel } from './cells';
import { MAJORITY_FROM } from '../audit';

/** Whether the audit has a majority column: only a run of three sources or more reads one. */
export const showsMajority = (report: AuditedReport) => report.sources.length >= MAJORITY_FROM;

/** One row of the coverage matrix: a fact and how the sources cover it. */
export interface MatrixRow {
  finding: Finding;
  fact: AuditFact;
}

/** The sources shown as columns: those `columns` names (by id), else all of them. */
export const shownSources = (report: AuditedReport, columns?: string[]): ReportSource[] =>
  columns ? report.sources.filter((s) => columns.includes(s.id)) : report.sources;

/** The facts at least one shown source carries, each with its audit. */
export function matrixRows(report: AuditedReport, shown: ReportSource[]): MatrixRow[] {
  const ids = shown.map((s) => s.id);
  return report.findings
    .map((finding, i) => ({ finding, fact: report.audit.facts[i] }))
    .filter(({ finding }) => finding.sources.some((s) => ids.includes(s)));
}

/** "Katarina Holm; against: B", or '' when no reading has a majority. */
export const majorityText = (fact: AuditFact) =>
  fact.majority === undefined ? '' : fact.against.length ? `${fact.majority}; against: ${fact.against.join(', ')}` : fact.majority;

/** The per-source statistics as rows under a header. */
export function statRows(report: AuditedReport, shown: ReportSource[]): string[][] {
  return [
    ['source', 'facts carried', 'only it carries', 'against the majority'],
    ...shown.map((source) => {
      const s = report.audit.sources.find((a) => a.source === source.id)!;
      return [sourceLabel(source), String(s.carried), String(s.alone), String(s.against)];
    }),
  ];
}

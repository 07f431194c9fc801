import type { Audit, AuditFact, AuditedReport, ClaimValue, Finding, Report } from '../types';
import { contradicts, readingKey } from './readings';

/** The distinct values one source gives for a fact, in the order it gives them. */
function readingsOf(finding: Finding, source: string): ClaimValue[] {
  const values = finding.claims.filter((c) => c.source === source).map((c) => c.value);
  return values.filter((v, i) => values.findIndex((w) => readingKey(w) === readingKey(v)) === i);
}

/** A majority is read only in a run of this many sources or more: of two, neither is a majority. */
export const MAJORITY_FROM = 3;

/**
 * The reading more than half (and at least two) of a fact's sources give, and who contradicts it. Only a divergent
 * fact has sources against the majority: where the comparison found no conflict, none is.
 */
function auditFact(finding: Finding, sourceCount: number): AuditFact {
  const readings = new Map(finding.sources.map((s) => [s, readingsOf(finding, s)]));
  const tally = new Map<string, { value: ClaimValue; sources: number }>();
  for (const values of readings.values()) {
    for (const value of values) {
      const entry = tally.get(readingKey(value)) ?? { value, sources: 0 };
      tally.set(readingKey(value), { ...entry, sources: entry.sources + 1 });
    }
  }
  const top = [...tally.values()].sort((a, b) => b.sources - a.sources)[0];
  // A majority needs two sources at least: one source alone is no majority of anything.
  const majority = sourceCount >= MAJORITY_FROM && top && top.sources >= 2 && top.sources * 2 > finding.sources.length ? top.value : undefined;
  const against =
    majority && finding.status === 'diverge'
      ? finding.sources.filter((s) => readings.get(s)!.every((v) => contradicts(v, majority)))
      : [];
  const divergent = finding.status !== 'diverge' ? [] : majority ? against : finding.sources;
  return { finding: finding.id, ...(majority ? { majority: majority.display } : {}), against, divergent };
}

/** Who carries which fact, who stands alone, and who stands against the majority. Pure. */
export function audit(report: Report): Audit {
  const facts = report.findings.map((f) => auditFact(f, report.sources.length));
  const sources = report.sources.map(({ id }) => ({
    source: id,
    carried: report.findings.filter((f) => f.sources.includes(id)).length,
    alone: report.findings.filter((f) => f.sources.length === 1 && f.sources[0] === id).length,
    against: facts.filter((f) => f.against.includes(id)).length,
  }));
  return { facts, sources };
}

/** The report with its audit attached, as `factdiff audit` prints it. */
export const withAudit = (report: Report): AuditedReport => ({ ...report, audit: audit(report) });

import type { Finding, Report, Status } from '../types';

/** The verdicts in the order a fact-checker reads them: where sources disagree first. */
export const STATUSES: Status[] = ['diverge', 'agree', 'only'];

const independentOf = (f: Finding) => f.independent ?? f.sources.length;

/**
 * The findings in reading order: divergences, then agreements carried by the most independent
 * sources first, then facts of one source; otherwise as the report lists them (kind, then first
 * appearance). The report's ids stay as they are.
 */
export function deskOrder(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => STATUSES.indexOf(f.status);
  return [...findings].sort((a, b) => rank(a) - rank(b) || (a.status === 'agree' ? independentOf(b) - independentOf(a) : 0));
}

/**
 * The report with only the findings of the given verdicts (and their audit facts); the summary
 * still counts every finding, so a reader can tell what was left out.
 */
export function withStatuses<R extends Report>(report: R, statuses: Status[]): R {
  const kept = report.findings.map((f) => statuses.includes(f.status));
  const audit = report.audit && { ...report.audit, facts: report.audit.facts.filter((_, i) => kept[i]) };
  return { ...report, findings: report.findings.filter((_, i) => kept[i]), ...(audit ? { audit } : {}) };
}

import type { Finding, Report, Status } from '../../src/types';
import { deskOrder, withStatuses } from '../../src/report/order';
import { withAudit } from '../../src/audit';
import { report } from '../helpers/report';

const finding = (id: string, status: Status, independent: number): Finding => ({
  id, kind: 'quantity', status, reason: '', alignment: '', sources: ['A', 'B', 'C'].slice(0, status === 'only' ? 1 : 3), independent, claims: [],
});

describe('the desk order', () => {
  test('divergences, then agreements by most independent sources, then facts of one source; else as listed', () => {
    const listed = [finding('F1', 'only', 1), finding('F2', 'agree', 1), finding('F3', 'diverge', 2), finding('F4', 'agree', 3), finding('F5', 'diverge', 1), finding('F6', 'agree', 3)];
    expect(deskOrder(listed).map((f) => f.id)).toEqual(['F3', 'F5', 'F4', 'F6', 'F2', 'F1']);
    expect(listed.map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6']);
  });
});

describe('--status', () => {
  const r: Report = report();

  test('keeps only the findings of the verdicts named, and the summary of every finding', () => {
    const diverging = withStatuses(r, ['diverge']);
    expect(diverging.findings.length).toBeGreaterThan(0);
    expect(diverging.findings.every((f) => f.status === 'diverge')).toBe(true);
    expect(diverging.summary).toEqual(r.summary);
    expect(withStatuses(r, ['agree', 'only']).findings).toHaveLength(r.summary.agree + r.summary.only);
  });

  test('keeps the audit facts of the findings kept, in step', () => {
    const audited = withStatuses(withAudit(r), ['only']);
    expect(audited.audit.facts.map((f) => f.finding)).toEqual(audited.findings.map((f) => f.id));
  });
});

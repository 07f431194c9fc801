import { audit } from '../../src/audit';
import { contradicts } from '../../src/audit/readings';
import type { ClaimValue, Report } from '../../src/types';
import { EVENTS, reportOf } from '../helpers/fixtures';

const name = (n: string): ClaimValue => ({ name: n, display: n });
const count = (min: number, max: number | null, exact = true): ClaimValue => ({ amount: { min, max, exact }, unit: 'people', display: `${min}` });

describe('contradicts: which readings stand against each other', () => {
  test('"19 people" and "at least 31" cannot both be true', () => expect(contradicts(count(19, 19), count(31, null, false))).toBe(true));
  test('"31" and "more than 30" can', () => expect(contradicts(count(31, 31), count(30, null, false))).toBe(false));
  test('"Katharina Holm" against "Katarina Holm" is another spelling', () => expect(contradicts(name('Katharina Holm'), name('Katarina Holm'))).toBe(true));
  test('"Holm" only shortens "Katarina Holm"', () => expect(contradicts(name('Holm'), name('Katarina Holm'))).toBe(false));
});

describe('audit of the Brenmoor flood (A daily, B herald, C wire)', () => {
  const { report } = reportOf('events/brenmoor-flood');
  const result = audit(report);
  const factOf = (id: string) => result.facts.find((f) => f.finding === id)!;
  const holm = report.findings.find((f) => f.kind === 'person' && f.claims.some((c) => c.value.name === 'Katharina Holm'))!;

  test('the mayor’s name: two spell it Katarina, the herald stands against them', () => {
    expect(holm.status).toBe('diverge');
    expect(factOf(holm.id)).toEqual({ finding: holm.id, majority: 'Katarina Holm', against: ['B'], divergent: ['B'] });
  });

  test('a divergence with no majority marks every source that carries it', () => {
    const split = report.findings.filter((f) => f.status === 'diverge' && factOf(f.id).majority === undefined);
    expect(split.length).toBeGreaterThan(0);
    for (const f of split) expect(factOf(f.id).divergent).toEqual(f.sources);
  });

  test('no source stands against anything where the sources agree', () => {
    for (const f of report.findings.filter((x) => x.status !== 'diverge')) expect(factOf(f.id).against).toEqual([]);
  });

  test('one source alone is no majority', () => {
    for (const f of report.findings.filter((x) => x.sources.length === 1)) expect(factOf(f.id).majority).toBeUndefined();
  });

  test('per source: facts carried, facts only it carries, facts against the majority', () => {
    for (const s of result.sources) {
      expect(s.carried).toBe(report.findings.filter((f) => f.sources.includes(s.source)).length);
      expect(s.alone).toBe(report.findings.filter((f) => f.sources.length === 1 && f.sources[0] === s.source).length);
    }
    expect(result.sources.map((s) => s.against)).toEqual([0, 1, 0]);
    expect(result.sources.reduce((n, s) => n + s.alone, 0)).toBe(report.summary.only);
  });
});

describe('audit of every event', () => {
  test.each(EVENTS)('%s: one audit row per finding, in order, and only divergent facts have marked cells', (event) => {
    const { report } = reportOf(`events/${event}`);
    const result = audit(report);
    expect(result.facts.map((f) => f.finding)).toEqual(report.findings.map((f) => f.id));
    report.findings.forEach((f, i) => expect(result.facts[i].divergent.length > 0).toBe(f.status === 'diverge'));
  });

  test('with two sources there is never a majority', () => {
    const two: Report = reportOf('events/brenmoor-flood/daily.txt', 'events/brenmoor-flood/wire.txt').report;
    expect(audit(two).facts.every((f) => f.majority === undefined)).toBe(true);
  });
});

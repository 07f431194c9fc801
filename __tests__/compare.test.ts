import { compare } from '../src';
import { compareTexts, findingsOf } from './helpers/claims';
import type { Finding, KindName, Report } from '../src/types';

/** The one finding of a kind that both sources carry. */
function jointFinding(report: Report, kind: KindName): Finding {
  const joint = findingsOf(report, kind).filter((f) => f.sources.length > 1);
  expect(joint.map((f) => f.claims.map((c) => c.text))).toHaveLength(1);
  return joint[0];
}

describe('compare: verdicts', () => {
  test('"two hours" vs "two and a half hours" diverge, with the reason "2 h vs 2 h 30 min"', () => {
    const f = jointFinding(compareTexts('The two leaders held a two-hour discussion on Monday.', 'The two leaders spent two and a half hours talking on Monday.'), 'duration');
    expect(f).toMatchObject({ status: 'diverge', relation: 'conflict', sources: ['A', 'B'] });
    expect(f.reason).toBe('2 h vs 2 h 30 min');
  });

  test('"about 2 hours" vs "two hours" agree', () => {
    const f = jointFinding(compareTexts('The leaders spoke for about 2 hours on Monday.', 'The leaders spoke for two hours on Monday.'), 'duration');
    expect(f.status).toBe('agree');
  });

  test('"about 2 hours" vs "two hours" are compatible', () => {
    const f = jointFinding(compareTexts('The leaders spoke for about 2 hours on Monday.', 'The leaders spoke for two hours on Monday.'), 'duration');
    expect(f.relation).toBe('compatible');
  });

  test('"$80,000" vs "more than $80,000" are compatible', () => {
    const f = jointFinding(compareTexts('A judge fined the firm $80,000 on Monday.', 'A judge fined the firm more than $80,000 on Monday.'), 'quantity');
    expect(f).toMatchObject({ status: 'agree', relation: 'compatible' });
  });

  test('"30 months" vs "two and a half years" are equal', () => {
    const f = jointFinding(compareTexts('Judge Anna Marsh jailed him for 30 months on Friday.', 'Judge Anna Marsh jailed him for two and a half years on Friday.'), 'duration');
    expect(f).toMatchObject({ status: 'agree', relation: 'equal' });
  });

  test('"a 20-page ruling" vs "a 21-page ruling" diverge', () => {
    const f = jointFinding(compareTexts('The judge issued a 20-page ruling on Friday.', 'The judge issued a 21-page ruling on Friday.'), 'quantity');
    expect(f).toMatchObject({ status: 'diverge', relation: 'conflict' });
  });

  test('"in her 40s" vs 47 is more-specific, and agrees', () => {
    const f = jointFinding(compareTexts('Jane Roe, 47, was arrested on Monday.', 'Jane Roe, a woman in her 40s, was arrested on Monday.'), 'quantity');
    expect(f).toMatchObject({ status: 'agree', relation: 'more-specific' });
  });

  test('"Giorgia Meloni" vs "Georgia Meloni" diverge on spelling', () => {
    const f = jointFinding(compareTexts('Prime Minister Giorgia Meloni welcomed the offer.', 'Prime Minister Georgia Meloni welcomed the offer.'), 'person');
    expect(f).toMatchObject({ status: 'diverge', relation: 'conflict' });
    expect(f.reason).toMatch(/Giorgia Meloni.*Georgia Meloni/);
  });

  test.each<[string, string]>([
    ['Ursula von der Leyen', 'Ursula von Der Leyen'],
    ['Carlos Nuñez', 'Carlos Nunez'],
  ])('"%s" vs "%s" agree (case and accents only)', (a, b) => {
    const f = jointFinding(compareTexts(`Commission chief ${a} welcomed the offer.`, `Commission chief ${b} welcomed the offer.`), 'person');
    expect(f).toMatchObject({ status: 'agree', relation: 'equal' });
  });

  test('"Donald Trump" and "Melania Trump" are two facts, each in one source', () => {
    const report = compareTexts('Donald Trump signed the bill.', 'Melania Trump signed the bill.');
    expect(findingsOf(report, 'person').map((f) => [f.status, f.claims.map((c) => c.text)])).toEqual([
      ['only', ['Donald Trump']],
      ['only', ['Melania Trump']],
    ]);
  });

  test('killed vs injured never make a divergence', () => {
    const report = compareTexts('Ten people were killed in the blast.', 'Twelve people were injured in the blast.');
    expect(findingsOf(report, 'quantity').every((f) => f.status === 'only')).toBe(true);
  });

  test('a value tied to an earlier date is not compared with the main event’s', () => {
    const report = compareTexts(
      'The presidents spoke by phone for two hours on Monday.',
      'The presidents spoke by phone on Monday. On March 18 the presidents spoke by phone for about 3 hours.',
    );
    expect(report.summary.diverge).toBe(0);
  });

  test('"Sept. 3" and "September 3" agree; "Kyiv" and "Kiev" agree', () => {
    expect(jointFinding(compareTexts('The fire began on Sept. 3 near the dam.', 'The fire began on September 3 near the dam.'), 'date').status).toBe('agree');
    expect(jointFinding(compareTexts('The talks were held in Kyiv.', 'The talks were held in Kiev.'), 'place').status).toBe('agree');
  });

  test('"Monday" resolved by the publication date agrees with the same calendar day', () => {
    const report = compareTexts({ text: 'The leaders spoke on Monday.', published: '2025-05-20' }, { text: 'The leaders spoke on May 19.', published: '2025-05-20' });
    expect(jointFinding(report, 'date').status).toBe('agree');
  });
});

describe('compare: quotes by wording', () => {
  const said = (q: string) => `Mayor Ann Lee said: "${q}"`;
  test.each<[string, string, string, RegExp]>([
    ['We will rebuild this town.', 'We will rebuild this town.', 'equal', /verbatim/],
    ['We will rebuild this town stone by stone.', 'We will rebuild this town.', 'compatible', /trimmed/],
    ['We will rebuild this town.', 'We are going to rebuild the town.', 'reworded', /going/],
  ])('%j vs %j → %s', (a, b, relation, reason) => {
    const f = jointFinding(compareTexts(said(a), said(b)), 'quote');
    expect(f.status).toBe('agree');
    expect(f.relation).toBe(relation);
    expect(f.reason).toMatch(reason);
  });
});

describe('compare: the report', () => {
  const report = compareTexts('The two leaders held a two-hour discussion in Rome on Monday.', 'The two leaders spent two and a half hours talking in Rome on Monday.', 'The leaders met in Rome.');

  test('findings are numbered in output order and the summary adds up', () => {
    expect(report.findings.map((f) => f.id)).toEqual(report.findings.map((_, i) => `F${i + 1}`));
    const { facts, agree, diverge, only } = report.summary;
    expect(facts).toBe(report.findings.length);
    expect(agree + diverge + only).toBe(facts);
  });

  test('a fact in three sources lists all three, in source order', () => {
    expect(jointFinding(report, 'place').sources).toEqual(['A', 'B', 'C']);
  });

  test('only `conflict` makes a divergence, and one-source facts carry no relation', () => {
    for (const f of report.findings) {
      expect(f.status === 'diverge').toBe(f.relation === 'conflict');
      expect(f.status === 'only').toBe(f.relation === undefined);
      expect(f.reason).not.toBe('');
    }
  });

  test('the report is plain data: JSON round-trips it unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('the same input always gives the same report', () => {
    expect(compareTexts('The two leaders held a two-hour discussion in Rome on Monday.', 'The two leaders spent two and a half hours talking in Rome on Monday.', 'The leaders met in Rome.')).toEqual(report);
  });
});

describe('compare: rounded values that round apart', () => {
  test('"fell 12%" and "fell 11 percent" conflict; "48 percent" and "48.2 per cent" agree', () => {
    const a = compare([{ text: 'Revenue fell 12% to $4.1 billion.' }, { text: 'Revenue fell 11 percent to $4.1 billion.' }]);
    expect(a.findings.filter((f) => f.kind === 'quantity').map((f) => [f.status, f.reason])).toEqual([
      ['diverge', '12% vs 11%'],
      ['agree', 'both $4.1 billion'],
    ]);
    const b = compare([{ text: 'Turnout was 48 percent in the vote.' }, { text: 'Turnout was 48.2 per cent in the vote.' }]);
    expect(b.findings.find((f) => f.kind === 'quantity')?.status).toBe('agree');
  });
});

import { jsonPieces, renderJson } from '../../src/report/json';
import { expectSpansValid } from '../helpers/spans';
import { report, TEXTS } from '../helpers/report';
import { compareTexts } from '../helpers/claims';

describe('renderJson', () => {
  const r = report();
  const out = renderJson(r);

  test('is the report itself, two-space indented, ending in one newline', () => {
    expect(out).toBe(`${JSON.stringify(r, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(r);
    expect(out).toMatch(/^\{\n {2}"/);
    expect(out.endsWith('}\n')).toBe(true);
  });

  test('carries the tool, version, each claim’s normalised value and each finding’s reason', () => {
    const parsed = JSON.parse(out);
    expect(parsed.tool).toBe('factdiff');
    expect(parsed.version).toMatch(/^\d+\.\d+\.\d+/);
    const f = parsed.findings.find((x: { status: string }) => x.status === 'diverge');
    expect(f.reason).toBe('2 h vs 2 h 30 min');
    expect(f.claims.map((c: { value: { display: string } }) => c.value.display)).toEqual(['2 h', '2 h 30 min']);
    expectSpansValid(parsed, TEXTS);
  });

  test('comes in pieces, one per finding at least, so a large report is never one string', () => {
    const pieces = [...jsonPieces(r)];
    expect(pieces.length).toBeGreaterThan(r.findings.length);
    expect(pieces.filter((p) => p.includes('"reason"')).length).toBe(r.findings.length);
  });

  test('is byte-identical for one input', () => {
    expect(renderJson(report())).toBe(out);
  });
});

describe('jsonPieces of a fact carried by many sources', () => {
  // 80 outlets print one sentence: one finding of 80 sources and 80 claims.
  const wire = compareTexts(...Array.from({ length: 80 }, () => 'Floods killed 31 people in Brenmoor on Monday, officials said.'));
  const pieces = [...jsonPieces(wire)];
  const deaths = wire.findings.find((f) => f.kind === 'quantity' && f.claims.length === 80)!;

  test('writes the finding’s long lists in runs of at most 64 elements, joined still JSON.stringify', () => {
    expect(deaths.sources).toHaveLength(80);
    expect(pieces.join('')).toBe(`${JSON.stringify(wire, null, 2)}\n`);
    const claimsIn = (p: string) => p.split('"rule"').length - 1;
    expect(pieces.filter((p) => claimsIn(p) > 0).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...pieces.map(claimsIn))).toBeLessThanOrEqual(64);
  });
});

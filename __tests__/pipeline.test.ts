// What the pipeline adds to the findings: each claim's sentence, and the time order of diverging sources.
import type { Source } from '../src/types';
import { compareSources } from '../src/pipeline';
import { expectSpansValid } from './helpers/spans';

const TEXTS = ['Crews reached the site at dawn. The collapse at the Orrin mine trapped 5 miners, the company said.', 'The collapse at the Orrin mine trapped 24 miners, the company said.'];
const sourcesAt = (...times: Array<string | undefined>): Source[] =>
  TEXTS.map((text, i) => ({ id: 'AB'[i], path: `${'ab'[i]}.txt`, text, ...(times[i] ? { published: times[i]!.slice(0, 10), publishedAt: times[i] } : {}) }));
const divergence = (sources: Source[]) => compareSources(sources).findings.find((f) => f.status === 'diverge')!;

describe('the time order of diverging sources', () => {
  test('the reason says which source was published later, and by how much', () => {
    expect(divergence(sourcesAt('2025-05-20T08:00:00Z', '2025-05-20T14:00:00Z')).reason).toBe('5 miners vs 24 miners; B published 6 h after A');
    expect(divergence(sourcesAt('2025-05-22T08:00:00Z', '2025-05-20T08:00:00Z')).reason).toBe('5 miners vs 24 miners; A published 2 days after B');
  });

  test('same time, or a source without a time: nothing, or no order, is claimed', () => {
    expect(divergence(sourcesAt('2025-05-20T08:00:00Z', '2025-05-20T08:00:00Z')).reason).toBe('5 miners vs 24 miners; A and B published at the same time');
    expect(divergence(sourcesAt('2025-05-20T08:00:00Z', undefined)).reason).toBe('5 miners vs 24 miners');
  });
});

describe('claims in their sentences', () => {
  test('each claim carries the range of the sentence it stands in, as the text stage cut it', () => {
    const report = compareSources(sourcesAt());
    expectSpansValid(report, TEXTS);
    const claim = report.findings.find((f) => f.status === 'diverge')!.claims[0];
    expect(claim.sentence).toEqual({ start: 32, end: TEXTS[0].length });
    expect(TEXTS[0].slice(claim.sentence!.start, claim.sentence!.end)).toBe('The collapse at the Orrin mine trapped 5 miners, the company said.');
  });
});

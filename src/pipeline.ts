import type { Finding, Report, Source } from './types';
import { analyse } from './text';
import { extractClaims } from './extract';
import { sentenceTerms } from './text/context';
import { buildIdf } from './align/similarity';
import { align } from './align';
import { compareClusters } from './compare';
import { VERSION } from './version';

export const SCHEMA_VERSION = 1;

/**
 * The whole comparison: text → extract → align → compare. Pure: the same sources always give the
 * same report.
 */
export function compareSources(sources: Source[]): Report {
  const docs = sources.map(analyse);
  const claims = docs.flatMap(extractClaims);
  const idf = buildIdf(docs.flatMap((d) => d.sentences.map((s) => sentenceTerms(d, s.index))));
  const findings = compareClusters(align(claims, idf), sources);
  return {
    tool: 'factdiff',
    version: VERSION,
    schemaVersion: SCHEMA_VERSION,
    sources: sources.map(({ text, ...meta }) => ({ ...meta, characters: text.length })),
    findings,
    summary: summarise(findings),
  };
}

function summarise(findings: Finding[]) {
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  return { facts: findings.length, agree: count('agree'), diverge: count('diverge'), only: count('only') };
}

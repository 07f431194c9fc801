import type { Finding, Report, Source } from './types';
import { analyse } from './text';
import { extractClaims } from './extract';
import { sentenceTerms } from './text/context';
import { buildIdf } from './align/similarity';
import { align } from './align';
import { compareClusters } from './compare';
import { families, findShared, independentSupport } from './lineage';
import { VERSION } from './version';

export const SCHEMA_VERSION = 1;

/**
 * The whole comparison: text → extract → align → compare, and lineage beside it (which sources
 * print one text). Pure: the same sources always give the same report.
 */
export function compareSources(sources: Source[]): Report {
  const docs = sources.map(analyse);
  const claims = docs.flatMap(extractClaims);
  const idf = buildIdf(docs.flatMap((d) => d.sentences.map((s) => sentenceTerms(d, s.index))));
  const shared = findShared(sources);
  const lineage = families(sources.map((s) => s.id), shared);
  const findings = compareClusters(align(claims, idf), sources).map((f) => ({ ...f, independent: independentSupport(f, lineage) }));
  return {
    tool: 'factdiff',
    version: VERSION,
    schemaVersion: SCHEMA_VERSION,
    // Extracted text is carried only for HTML pages: for other inputs it is the file itself.
    sources: sources.map(({ text, ...meta }) => ({ ...meta, characters: text.length, ...(meta.format === 'html' ? { text } : {}) })),
    findings,
    summary: summarise(findings),
    families: lineage,
    shared,
  };
}

function summarise(findings: Finding[]) {
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  return { facts: findings.length, agree: count('agree'), diverge: count('diverge'), only: count('only') };
}

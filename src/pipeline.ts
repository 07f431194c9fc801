import type { Claim, Finding, Report, Source } from './types';
import { analyse } from './text';
import { extractClaims } from './extract';
import { sentenceTerms } from './text/context';
import { buildIdf, type Idf } from './align/similarity';
import { align } from './align';
import { compareClusters } from './compare';
import { families, findShared, independentSupport } from './lineage';
import { VERSION } from './version';
import { listSharer, stringSharer } from './collections';

export const SCHEMA_VERSION = 1;

/**
 * The whole comparison: text → extract → align → compare, and lineage beside it (which sources
 * print one text). Pure: the same sources always give the same report.
 */
export function compareSources(sources: Source[]): Report {
  const { claims, idf } = extractAll(sources);
  const shared = findShared(sources);
  const lineage = families(sources.map((s) => s.id), shared);
  const supportOf = independentSupport(lineage);
  const findings = compareClusters(align(claims, idf), sources).map((f) => ({ ...f, independent: supportOf(f) }));
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

/**
 * Every source's claims, and the idf of their sentences' terms. One source at a time: its tokens
 * go once its claims and sentence terms are counted, so a thousand reports hold their claims in
 * memory, not their million tokens nor their fifty thousand sentences. Claims of one sentence
 * reprinted by many outlets share one copy of their context and of their words.
 */
function extractAll(sources: Source[]): { claims: Claim[]; idf: Idf } {
  const claims: Claim[] = [];
  const [sharedContext, sharedWords, shared] = [listSharer(), listSharer(), stringSharer()];
  function* sentencesOfEachSource(): Generator<string[]> {
    for (const source of sources) {
      const doc = analyse(source);
      for (const claim of extractClaims(doc)) {
        claim.context = sharedContext(claim.context);
        if (claim.value.words) claim.value.words = sharedWords(claim.value.words);
        claim.text = shared(claim.text);
        claim.key = shared(claim.key);
        claim.rule = shared(claim.rule);
        claim.value.display = shared(claim.value.display);
        claims.push(claim);
      }
      for (const s of doc.sentences) yield sentenceTerms(doc, s.index);
    }
  }
  const idf = buildIdf(sentencesOfEachSource());
  return { claims, idf };
}

function summarise(findings: Finding[]) {
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  return { facts: findings.length, agree: count('agree'), diverge: count('diverge'), only: count('only') };
}

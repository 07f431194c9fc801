import type { Claim, Finding, Range, Report, Source } from './types';
import { analyse } from './text';
import { extractClaims } from './extract';
import { sentenceTerms } from './text/context';
import { buildIdf, type Idf } from './align/similarity';
import { align } from './align';
import { compareClusters } from './compare';
import { families, findShared, independentSupport } from './lineage';
import { VERSION } from './version';
import { listSharer, stringSharer } from './collections';
import { lastAtOrBefore } from './text/search';
import { minutesBetween } from './normalise/dates';
import { formatMinutes } from './kinds/duration/format';

export const SCHEMA_VERSION = 1;

/**
 * The whole comparison: text → extract → align → compare, and lineage beside it (which sources
 * print one text). Pure: the same sources always give the same report.
 */
export function compareSources(sources: Source[]): Report {
  const readable = sources.map(withoutFrontMatter);
  const { claims, idf, sentences } = extractAll(readable);
  const shared = findShared(readable);
  const lineage = families(sources.map((s) => s.id), shared);
  const supportOf = independentSupport(lineage);
  const timeOrder = timeOrderOf(sources);
  const findings = compareClusters(align(claims, idf), sources).map((f) => ({ ...f, reason: timeOrder(f), independent: supportOf(f) }));
  placeInSentences(findings, sentences);
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
 * The source as the text stage reads it: its front matter blanked out, line breaks kept, so no
 * claim comes from it and every offset, line and column still indexes the file as read.
 */
function withoutFrontMatter(source: Source): Source {
  if (!source.bodyStart) return source;
  const blank = source.text.slice(0, source.bodyStart).replace(/[^\r\n]/g, ' ');
  return { ...source, text: blank + source.text.slice(source.bodyStart) };
}

/** Each source's sentences, as the text stage cut them: where claims' contexts start and end. */
type SentenceRanges = Map<string, Range[]>;

/** Gives each claim of each finding the range of the sentences it stands in, found by its offsets. */
function placeInSentences(findings: Finding[], sentences: SentenceRanges): void {
  for (const finding of findings) {
    for (const claim of finding.claims) {
      const ranges = sentences.get(claim.source)!;
      const first = ranges[lastAtOrBefore(ranges.length, (i) => ranges[i].start, claim.start)];
      const last = ranges[lastAtOrBefore(ranges.length, (i) => ranges[i].start, claim.end - 1)];
      // One sentence's range is shared by its claims: a thousand reports hold a few thousand.
      claim.sentence = first === last ? first : { start: first.start, end: Math.max(last.end, claim.end) };
    }
  }
}

/**
 * A divergent finding's reason with which source was published later, when two or more of its
 * sources give a time ("5 vs 24; B published 6 h after A"): a toll that rises through the day
 * still diverges, but reads differently.
 */
function timeOrderOf(sources: Source[]): (f: Pick<Finding, 'status' | 'reason' | 'sources'>) => string {
  const times = new Map(sources.filter((s) => s.publishedAt).map((s) => [s.id, s.publishedAt!]));
  return (f) => {
    const timed = f.sources.filter((id) => times.has(id));
    if (f.status !== 'diverge' || timed.length < 2) return f.reason;
    const byTime = [...timed].sort((a, b) => minutesBetween(times.get(b)!, times.get(a)!));
    const [first, last] = [byTime[0], byTime[byTime.length - 1]];
    const minutes = Math.round(minutesBetween(times.get(first)!, times.get(last)!));
    return minutes === 0 ? `${f.reason}; ${first} and ${last} published at the same time` : `${f.reason}; ${last} published ${formatMinutes(minutes)} after ${first}`;
  };
}

/**
 * Every source's claims, and the idf of their sentences' terms. One source at a time: its tokens
 * go once its claims and sentence terms are counted, so a thousand reports hold their claims in
 * memory, not their million tokens nor their fifty thousand sentences. Claims of one sentence
 * reprinted by many outlets share one copy of their context and of their words.
 */
function extractAll(sources: Source[]): { claims: Claim[]; idf: Idf; sentences: SentenceRanges } {
  const claims: Claim[] = [];
  const sentences: SentenceRanges = new Map();
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
      sentences.set(source.id, doc.sentences.map(({ start, end }) => ({ start, end })));
      for (const s of doc.sentences) yield sentenceTerms(doc, s.index);
    }
  }
  const idf = buildIdf(sentencesOfEachSource());
  return { claims, idf, sentences };
}

function summarise(findings: Finding[]) {
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  return { facts: findings.length, agree: count('agree'), diverge: count('diverge'), only: count('only') };
}

import type { Source } from '../types';
import { compareSources, SCHEMA_VERSION } from '../pipeline';
import { sourceId } from '../ingest';
import { VERSION } from '../version';
import { groupProfiles } from './group';
import { profileOf } from './profile';
import { eventLabel, stemSpread } from './label';
import type { BatchEvent, BatchResult } from './types';

/** An event before comparison: its id, label and articles. */
export type GroupedEvent = Omit<BatchEvent, 'report'> & { articles: Source[] };

/**
 * The articles grouped into events, most-covered first (then in input order), each numbered and
 * labelled, its articles given the ids they will have in its report ("A", "B", …).
 */
export function groupEvents(sources: Array<Omit<Source, 'id'>>): GroupedEvent[] {
  const profiles = sources.map(profileOf);
  const batch = { spread: stemSpread(profiles), size: sources.length };
  const groups = groupProfiles(profiles).sort((a, b) => b.length - a.length || a[0] - b[0]);
  return groups.map((members, i) => {
    const articles = members.map((m, k) => ({ ...sources[m], id: sourceId(k) }));
    return {
      id: `E${i + 1}`,
      label: eventLabel(articles, members.map((m) => profiles[m]), batch),
      sources: articles.map(({ id, path, title, outlet, published }) => ({ id, path, ...(title ? { title } : {}), ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) })),
      articles,
    };
  });
}

/** Each event compared, one after another, in the order grouped: a stream can write each as it is done. */
export function* compareEvents(events: GroupedEvent[]): Generator<BatchEvent> {
  for (const { articles, ...event } of events) yield { ...event, report: compareSources(articles) };
}

/** Most-covered first, then most divergent, then as numbered. */
const byCoverage = (a: BatchEvent, b: BatchEvent) =>
  b.sources.length - a.sources.length || b.report.summary.diverge - a.report.summary.diverge || Number(a.id.slice(1)) - Number(b.id.slice(1));

/** The batch's result: every event, sorted for the index. */
export function batchResult(events: BatchEvent[]): BatchResult {
  return { tool: 'factdiff', version: VERSION, schemaVersion: SCHEMA_VERSION, events: [...events].sort(byCoverage) };
}

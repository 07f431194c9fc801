// Real reports from fixtures/, read as the CLI reads them (folders in name order, HTML extracted).
import { join } from 'node:path';
import type { Report, Source } from '../../src/types';
import { readSource, sourceId } from '../../src/ingest';
import { expandInputs } from '../../src/ingest/inputs';
import { compareSources } from '../../src/pipeline';

export const ROOT = join(__dirname, '..', '..');
export const EVENTS = ['brenmoor-flood', 'harbridge-cup-final', 'kellbrook-tunnel-vote', 'tarnow-bus-crash', 'whitcombe-sentencing'];

/** The sources of files or folders under fixtures/, ids A, B, … in the order read. */
export function sourcesOf(...paths: string[]): Source[] {
  return expandInputs(paths.map((p) => join(ROOT, 'fixtures', p))).map((path, i) => ({ id: sourceId(i), ...readSource(path, { maxBytes: 1 << 20 }).source }));
}

/** The comparison of files or folders under fixtures/, and the texts it was made from. */
export function reportOf(...paths: string[]): { report: Report; texts: Record<string, string> } {
  const sources = sourcesOf(...paths);
  return { report: compareSources(sources), texts: Object.fromEntries(sources.map((s) => [s.id, s.text])) };
}

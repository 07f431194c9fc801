import type { Report, Source } from '../types';

/** An input of a batch as it is listed in its event: its id in the event's report, and what is known of it. */
export type BatchSource = Pick<Source, 'id' | 'path' | 'title' | 'outlet' | 'published'>;

/** One event of a batch: the articles grouped as reports of it, and their comparison. */
export interface BatchEvent {
  /** "E1", "E2", …: most-covered events first, numbered before they are compared. */
  id: string;
  /** A few words most of its articles share, or the title of its only article. */
  label: string;
  /** Its articles, with the ids they have in `report` ("A", "B", …). */
  sources: BatchSource[];
  /** What `factdiff compare --json` prints for these articles; one article's claims are all `only`. */
  report: Report;
}

/** The whole result of `factdiff batch`: every input in exactly one event. */
export interface BatchResult {
  tool: string;
  version: string;
  schemaVersion: number;
  /** Most-covered first, then most divergent, then by id. */
  events: BatchEvent[];
}

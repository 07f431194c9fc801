// The library API: `import { compare } from 'factdiff'`.
import type { Report, Source } from './types';
import { compareSources } from './pipeline';
import { DEFAULT_MAX_BYTES, readSource, sourceId } from './ingest';

export type * from './types';
export { compareSources } from './pipeline';
export { InputError, readSource } from './ingest';
export { VERSION } from './version';

/** A source given as text rather than a path. */
export interface TextInput {
  text: string;
  /** Shown as the source's path; defaults to its id. */
  path?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
}

/**
 * Compares two or more reports of one event. Inputs are file paths or `{ text }` objects; the
 * result is the same report the CLI prints with --json.
 */
export function compare(inputs: Array<string | TextInput>, options: { date?: string; maxBytes?: number } = {}): Report {
  const sources: Source[] = inputs.map((input, i) => {
    const id = sourceId(i);
    if (typeof input !== 'string') return { id, path: input.path ?? id, text: input.text, ...(input.published ?? options.date ? { published: input.published ?? options.date } : {}) };
    return { id, ...readSource(input, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, date: options.date }).source };
  });
  return compareSources(sources);
}

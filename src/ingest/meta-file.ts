import { readFileSync } from 'node:fs';
import { normalize } from 'node:path';
import { InputError } from './errors';

/** A --meta file: each input path (normalised) with the fields given for it. */
export type MetaFile = Map<string, Record<string, unknown>>;

/** A path as a --meta key matches it: "./a.txt" and "a.txt" are one file. */
export const metaKey = (path: string) => normalize(path);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a --meta file: one JSON object mapping each input path, as given, to its fields
 * (`{ "a.txt": { "published": "2025-05-20", "outlet": "Reuters" } }`). A file that cannot be read
 * or is not such an object stops the run; an entry that is not an object is a warning.
 */
export function readMetaFile(file: string, warnings: string[]): MetaFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const problem = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new InputError(file, `--meta file cannot be read as JSON (${problem})`);
  }
  if (!isObject(parsed)) throw new InputError(file, '--meta file is not a JSON object mapping input paths to their fields');
  const entries = new Map<string, Record<string, unknown>>();
  for (const [path, fields] of Object.entries(parsed)) {
    if (isObject(fields)) entries.set(metaKey(path), fields);
    else warnings.push(`${file}: --meta entry for '${path}' is not an object of fields; ignored`);
  }
  return entries;
}

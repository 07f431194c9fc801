import type { Source } from '../types';
import { parsePublicationTime } from '../normalise/dates';
import { InputError } from './errors';

/** The fields a source's front matter or its --meta entry may give. */
export const METADATA_FIELDS = ['published', 'outlet', 'title', 'url'] as const;

/** What a source says of itself: its publication date and time, outlet, title and address. */
export type Metadata = Pick<Source, 'published' | 'publishedAt' | 'outlet' | 'title' | 'url'>;

const isField = (key: string): key is (typeof METADATA_FIELDS)[number] => (METADATA_FIELDS as readonly string[]).includes(key);

/** A field's value as text: YAML reads `title: 1984` as a number, which is still a title. */
const scalarText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined);

/**
 * The known fields of a source's metadata (`where` says where they were written: "front matter",
 * "--meta meta.json"). An unknown field or one that is not text is a warning and is left out; a
 * `published` that is no real calendar date is an input error, as a wrong date would resolve
 * "Monday" to a wrong day in silence.
 */
export function metadataOf(path: string, where: string, fields: Record<string, unknown>, warnings: string[]): Metadata {
  const metadata: Metadata = {};
  for (const [key, value] of Object.entries(fields)) {
    const text = scalarText(value);
    if (!isField(key)) warnings.push(`${path}: ${where}: unknown field '${key}' (known: ${METADATA_FIELDS.join(', ')}); ignored`);
    else if (text === undefined || text === '') warnings.push(`${path}: ${where}: '${key}' is not a piece of text; ignored`);
    else if (key === 'published') Object.assign(metadata, publicationOf(path, where, text));
    else metadata[key] = text;
  }
  return metadata;
}

function publicationOf(path: string, where: string, text: string): Metadata {
  const time = parsePublicationTime(text);
  if (!time) throw new InputError(path, `${where}: published '${text}' is not a real date (YYYY-MM-DD, or with a time: 2025-05-20T14:05Z)`);
  return time;
}

/** `metadata` over `source`: a declared date replaces a guessed one together with its time. */
export function withMetadata<S extends Metadata>(source: S, metadata: Metadata): S {
  const merged = { ...source, ...metadata };
  if (metadata.published && !metadata.publishedAt) delete merged.publishedAt;
  return merged;
}

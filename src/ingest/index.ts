import { isUtf8 } from 'node:buffer';
import type { Source } from '../types';
import { publicationDate } from './published';
import { InputError } from './errors';
import { overLimit, readFileAtMost, readStdinAtMost } from './read';
import { textWarnings } from './checks';
import { isHtmlPath, readHtml } from './html';
import { readFrontMatter } from './front-matter';
import { metadataOf, withMetadata } from './metadata';
import { metaKey, type MetaFile } from './meta-file';

export { InputError } from './errors';

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Publication date (YYYY-MM-DD) for every source, overriding any found in the text or a page's metadata. */
  date?: string;
  /** A --meta file read: fields for each input path, over any the file itself declares. */
  meta?: { file: string; entries: MetaFile };
  /** Standard input, for the path "-". */
  stdin?: () => Buffer;
}

export interface ReadResult {
  source: Omit<Source, 'id'>;
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function readBytes(path: string, options: ReadOptions): Buffer {
  if (path === '-') return options.stdin ? options.stdin() : readStdinAtMost(options.maxBytes);
  return readFileAtMost(path, options.maxBytes);
}

/** Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark), dropping the byte-order mark. */
export function decode(path: string, bytes: Buffer, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(path, bytes.subarray(2), warnings);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(path, Buffer.from(bytes.subarray(2)), warnings, true);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(path, 'looks like a binary file (it holds NUL bytes), not text');
  const text = bytes.toString('utf8');
  if (!isUtf8(bytes)) warnings.push(`${path}: not valid UTF-8; undecodable bytes were replaced with U+FFFD`);
  return text.replace(/^\uFEFF/, '');
}

/** UTF-16 after its byte-order mark; an odd last byte (a cut file) is dropped with a warning. */
function decodeUtf16(path: string, bytes: Buffer, warnings: string[], bigEndian = false): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (even.length < bytes.length) warnings.push(`${path}: UTF-16 text with an odd number of bytes; the last byte was dropped`);
  return (bigEndian ? even.swap16() : even).toString('utf16le');
}

/**
 * Reads one input: checks it, decodes it, and finds what it says of itself. A source's declared
 * metadata (its --meta entry, then its front matter) beats --date, which beats a page's metadata
 * or a dateline in the text.
 */
export function readSource(path: string, options: ReadOptions): ReadResult {
  const bytes = readBytes(path, options);
  // An injected stdin reader (library, tests) is not held to the limit while reading.
  if (bytes.length > options.maxBytes) throw overLimit(path, bytes.length, options.maxBytes);
  const warnings: string[] = [];
  const text = decode(path, bytes, warnings);
  const source = isHtmlPath(path) ? readHtml(path, text, options.date) : readText(path, text, options.date, warnings);
  const entry = options.meta?.entries.get(metaKey(path));
  const declared = entry ? metadataOf(path, `--meta ${options.meta!.file}`, entry, warnings) : {};
  return { source: withMetadata(source, declared), warnings };
}

/**
 * A text or Markdown file: its front matter, when it has some, gives its metadata and is no report
 * text, but stays in `text` so that every offset indexes the file as read.
 */
function readText(path: string, text: string, date: string | undefined, warnings: string[]): Omit<Source, 'id'> {
  const front = readFrontMatter(path, text, warnings);
  const body = front ? text.slice(front.bodyStart) : text;
  warnings.push(...textWarnings(path, body));
  const published = date ?? publicationDate(body);
  const source = { path, text, ...(published ? { published } : {}), ...(front ? { bodyStart: front.bodyStart } : {}) };
  return front ? withMetadata(source, metadataOf(path, 'front matter', front.fields, warnings)) : source;
}

/** "A", "B", … "Z", "AA", "AB", …: short ids in the order sources were given. */
export function sourceId(index: number): string {
  let id = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) id = String.fromCharCode(65 + ((n - 1) % 26)) + id;
  return id;
}

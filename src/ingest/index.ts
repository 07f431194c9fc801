import { readFileSync, statSync } from 'node:fs';
import type { Source } from '../types';
import { publicationDate } from './published';
import { isHtmlPath, readHtml } from './html';

/** A problem with one input: the CLI prints it as one line and exits 2. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputError';
  }
}

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Publication date (YYYY-MM-DD) for every source, overriding any found in the text. */
  date?: string;
  /** Standard input, for the path "-". */
  stdin?: () => Buffer;
}

export interface ReadResult {
  source: Omit<Source, 'id'>;
  warnings: string[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function readBytes(path: string, options: ReadOptions): Buffer {
  if (path === '-') return (options.stdin ?? (() => readFileSync(0)))();
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (stat.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (stat.size > options.maxBytes) throw new InputError(path, `is ${stat.size} bytes, over the limit of ${options.maxBytes} (--max-bytes)`);
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
}

/** Decodes bytes as UTF-8 (or UTF-16 with a byte-order mark), dropping the byte-order mark. */
export function decode(path: string, bytes: Buffer, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(path, 'looks like a binary file (it holds NUL bytes), not text');
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) warnings.push(`${path}: not valid UTF-8; undecodable bytes were replaced with U+FFFD`);
  return text.replace(/^\uFEFF/, '');
}

/** Reads one input: checks it, decodes it, and finds its publication date. */
export function readSource(path: string, options: ReadOptions): ReadResult {
  const bytes = readBytes(path, options);
  if (bytes.length > options.maxBytes) throw new InputError(path, `is ${bytes.length} bytes, over the limit of ${options.maxBytes} (--max-bytes)`);
  const warnings: string[] = [];
  const text = decode(path, bytes, warnings);
  if (isHtmlPath(path)) return { source: readHtml(path, text, options.date), warnings };
  if (!text.trim()) warnings.push(`${path}: is empty; it carries no claims`);
  const published = options.date ?? publicationDate(text);
  return { source: { path, text, ...(published ? { published } : {}) }, warnings };
}

/** "A", "B", … "Z", "AA", "AB", …: short ids in the order sources were given. */
export function sourceId(index: number): string {
  let id = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) id = String.fromCharCode(65 + ((n - 1) % 26)) + id;
  return id;
}

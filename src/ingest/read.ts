import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors';

const CHUNK = 64 * 1024;

/** Plain words for the errors the file system gives; the code is kept for the rare others. */
const PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
};

/** A file whose size is known to be over the limit. */
export const overLimit = (path: string, size: number, maxBytes: number) => new InputError(path, `is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);

function problem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) throw e;
  return PROBLEMS[code] ?? `cannot read (${code})`;
}

/**
 * The bytes of a file, refusing more than `maxBytes`. Reads by chunks up to the limit rather than
 * trusting the size the file reports: /dev/zero, a pipe or a growing log report none and would
 * otherwise be read until memory runs out.
 */
export function readFileAtMost(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(path, problem(e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(path, PROBLEMS.EISDIR);
    if (stat.size > maxBytes) throw overLimit(path, stat.size, maxBytes);
    return readChunks(path, fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, refusing more than `maxBytes`: `cat /dev/zero | factdiff compare - b.txt` stops. */
export function readStdinAtMost(maxBytes: number): Buffer {
  return readChunks('-', 0, maxBytes);
}

/** One buffer to read every file into: a fresh 64 KB one per file would be a thousand for a thousand reports. */
const scratch = Buffer.allocUnsafe(CHUNK);

function readChunks(path: string, fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, scratch, 0, Math.min(CHUNK, maxBytes + 1 - total), null);
    } catch (e) {
      // A non-blocking pipe with nothing in it yet: wait for the writer.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw new InputError(path, problem(e));
    }
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(Buffer.from(scratch.subarray(0, n)));
    total += n;
    if (total > maxBytes) throw new InputError(path, `is over the limit of ${maxBytes} bytes (--max-bytes)`);
  }
}

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors';

/** Files a folder given as input expands to: reports as text, Markdown or saved web pages. */
const REPORT_FILE = /\.(txt|md|html?)$/i;

/**
 * The inputs as files: each folder replaced by its report files, sorted by name (not recursive);
 * files and "-" kept as given. A path that does not exist is kept, for reading to report.
 */
export function expandInputs(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (path === '-' || !isFolder(path)) return [path];
    const files = readdirSync(path)
      .filter((name) => REPORT_FILE.test(name))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => !isFolder(file));
    if (!files.length) throw new InputError(path, 'is a folder with no .txt, .md or .html files');
    return files;
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Missing or unreadable: readSource reports it with the reason.
    return false;
  }
}

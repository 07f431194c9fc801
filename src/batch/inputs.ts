import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../types';
import { decode, InputError } from '../ingest';

/** Files a folder holds that are read as articles: text, Markdown, saved web pages. */
const ARTICLE_FILE = /\.(txt|md|html?)$/i;

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Missing or unreadable: reading it reports why.
    return false;
  }
};

/** A folder's article files, its subfolders' included, sorted by path. */
function articleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => ({ path: join(folder, entry.name), entry }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .flatMap(({ path, entry }) => (entry.isDirectory() ? articleFiles(path) : ARTICLE_FILE.test(entry.name) ? [path] : []));
}

/** The inputs as files: each folder replaced by every article file in it, at any depth; files and "-" as given. */
export function expandBatchInputs(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (path === '-' || !isFolder(path)) return [path];
    const files = articleFiles(path);
    if (!files.length) throw new InputError(path, 'is a folder with no .txt, .md or .html files, at any depth');
    return files;
  });
}

/** One line of JSON-lines input: an article. */
interface ArticleLine {
  text: string;
  path?: string;
  published?: string;
  outlet?: string;
  title?: string;
}

const OPTIONAL_FIELDS = ['path', 'published', 'outlet', 'title'] as const;

/** Why a parsed line is not an article, or undefined when it is one. */
function problemOf(line: unknown): string | undefined {
  if (typeof line !== 'object' || line === null || Array.isArray(line)) return 'is not a JSON object';
  const fields = line as Record<string, unknown>;
  if (typeof fields.text !== 'string') return 'has no "text" string';
  const wrong = OPTIONAL_FIELDS.find((f) => fields[f] !== undefined && typeof fields[f] !== 'string');
  if (wrong) return `has a "${wrong}" that is not a string`;
  if (fields.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(fields.published as string)) return `has "published" not as YYYY-MM-DD`;
  return undefined;
}

/**
 * Articles from JSON lines (`{"text", "path"?, "published"?, "outlet"?, "title"?}` a line; blank
 * lines skipped). An article without a path is named by its line: "-:3". A bad line stops the
 * run with its line number: a feed cut short or mixed up is better refused than half read.
 */
export function articlesFromJsonLines(bytes: Buffer): { articles: Array<Omit<Source, 'id'>>; warnings: string[] } {
  const warnings: string[] = [];
  const lines = decode('-', bytes, warnings).split('\n');
  const articles: Array<Omit<Source, 'id'>> = [];
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      throw new InputError(`-:${i + 1}`, 'is not valid JSON (batch - reads one {"text": …} object a line)');
    }
    const problem = problemOf(line);
    if (problem) throw new InputError(`-:${i + 1}`, problem);
    const { text, path, published, outlet, title } = line as ArticleLine;
    articles.push({ path: path ?? `-:${i + 1}`, text, ...(published ? { published } : {}), ...(outlet ? { outlet } : {}), ...(title ? { title } : {}) });
  });
  return { articles, warnings };
}

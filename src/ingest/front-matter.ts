/** A block of YAML fields at the top of a file, and where the report's own text starts. */
export interface FrontMatter {
  fields: Record<string, unknown>;
  /** Offset of the first character after the closing `---` line. */
  bodyStart: number;
}

type YamlModule = { parse(text: string): unknown };

// Front matter as static-site generators write it: a first line of `---`, YAML, a line of `---`
// (or `...`, YAML's own end of document).
const OPENING = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/gm;

const firstLine = (text: string) => text.split(/\r?\n/, 1)[0];

/**
 * The front matter a text starts with, if any. A block that never closes is read as text (there
 * is no telling where it would end); one that is not YAML, or not a mapping of fields, is still
 * front matter and not report text, with its fields left out. Each problem is a warning naming
 * the file. `yaml` is required here, on first use, so that a file without front matter never
 * loads it.
 */
export function readFrontMatter(path: string, text: string, warnings: string[]): FrontMatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  CLOSING.lastIndex = opening[0].length;
  const closing = CLOSING.exec(text);
  if (!closing) {
    warnings.push(`${path}: front matter opened by '---' is never closed by another '---' line; read as text`);
    return undefined;
  }
  const bodyStart = closing.index + closing[0].length;
  const fields = yamlFields(path, text.slice(opening[0].length, closing.index), warnings);
  return { fields, bodyStart };
}

function yamlFields(path: string, block: string, warnings: string[]): Record<string, unknown> {
  const { parse } = require('yaml') as YamlModule;
  let parsed: unknown;
  try {
    parsed = parse(block);
  } catch (e) {
    warnings.push(`${path}: front matter is not YAML (${firstLine(e instanceof Error ? e.message : String(e))}); its fields are ignored`);
    return {};
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    warnings.push(`${path}: front matter is not a list of 'field: value' lines; ignored`);
    return {};
  }
  return parsed as Record<string, unknown>;
}

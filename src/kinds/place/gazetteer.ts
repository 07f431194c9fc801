import gazetteer from './gazetteer.json';

/**
 * The gazetteer built by scripts/build-gazetteer.mjs: two sorted lists of tab-separated lines,
 * searched by bisection. Nothing is built from them at start, so ten thousand places load as
 * fast as a few hundred.
 */

/** The index of the first line not below `key` in code-unit order. */
function lowerBound(lines: readonly string[], key: string): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fields after the first of the line whose first field is `key`, or null. */
function fieldsOf(lines: readonly string[], key: string): string[] | null {
  const line = lines[lowerBound(lines, `${key}\t`)];
  return line?.startsWith(`${key}\t`) ? line.slice(key.length + 1).split('\t') : null;
}

/** The place an alias (normalised as aliasKey) names. */
export const placeOfAlias = (alias: string): string | undefined => fieldsOf(gazetteer.aliases, alias)?.[0];

/** Whether some alias is this word or begins with it: most capitalised words start none. */
export function startsAnAlias(word: string): boolean {
  const line = gazetteer.aliases[lowerBound(gazetteer.aliases, `${word}\t`)];
  // Tab sorts before space, so "kyiv\t…" comes before "kyiv oblast\t…", and both before "kyivan".
  return !!line && (line.startsWith(`${word}\t`) || line.startsWith(`${word} `));
}

export interface PlaceEntry {
  name: string;
  /** The country it lies in; empty for a country or a region. */
  country: string;
  /** A town taken for a place only where the text says it is one. */
  minor: boolean;
}

export function placeEntry(id: string): PlaceEntry | null {
  const fields = fieldsOf(gazetteer.places, id);
  return fields && { name: fields[0], country: fields[1] ?? '', minor: fields[2] === 'minor' };
}

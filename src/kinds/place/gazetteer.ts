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

// News repeats its names: each alias and place looked up is remembered, up to this many.
const MAX_REMEMBERED = 50_000;

function rememberedBy<T>(lookUp: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const value = lookUp(key);
    if (memo.size < MAX_REMEMBERED) memo.set(key, value);
    return value;
  };
}

/** The place an alias (normalised as aliasKey) names. */
export const placeOfAlias = rememberedBy((alias: string): string | undefined => fieldsOf(gazetteer.aliases, alias)?.[0]);

/** Whether some alias is this word or begins with it: most capitalised words start none. */
export function startsAnAlias(word: string): boolean {
  const line = gazetteer.aliases[lowerBound(gazetteer.aliases, `${word}\t`)];
  // Tab sorts before space, so "kyiv\t…" comes before "kyiv oblast\t…", and both before "kyivan".
  return !!line && (line.startsWith(`${word}\t`) || line.startsWith(`${word} `));
}

/** The ids of the cities of a country ("country:CH"), in id order. */
export const citiesOf = rememberedBy((country: string): string[] => {
  const prefix = `city:${country.slice(country.indexOf(':') + 1)}:`;
  const lines = gazetteer.places.slice(lowerBound(gazetteer.places, prefix), lowerBound(gazetteer.places, `${prefix}\uffff`));
  return lines.map((line) => line.slice(0, line.indexOf('\t')));
});

export interface PlaceEntry {
  name: string;
  /** The country it lies in, named in its id ("city:UA:kyiv"); empty for a country or a region. */
  country: string;
  /** A city's latitude and longitude, in degrees. */
  at: [number, number] | null;
  /** A town taken for a place only where the text says it is one. */
  minor: boolean;
}

export const placeEntry = rememberedBy((id: string): PlaceEntry | null => {
  const fields = fieldsOf(gazetteer.places, id);
  if (!fields) return null;
  const at = fields[1] ? (fields[1].split(' ').map(Number) as [number, number]) : null;
  const [type, code] = id.split(':');
  const country = type === 'city' || type === 'state' ? `country:${code}` : '';
  return { name: fields[0], country, at, minor: fields[2] === 'minor' };
});

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in kilometres. */
export function distanceKm([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const h = Math.sin(radians(lat2 - lat1) / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

import type { Doc } from '../types';
import type { Measure } from './measures';
import { foldCase, startsUpper } from '../text/tokens';

/** Compass points, in degrees clockwise from north. */
const DEGREES: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };
/** The eight compass points: "north" … "northwest". */
export const COMPASS_POINTS = Object.keys(DEGREES);
const PLACE_KINDS = new Set(['town', 'city', 'village', 'district', 'capital', 'port']);

/** Which way a distance lies from a named place: "55 kilometres (34 miles) west of the town of Bireun". */
export interface Bearing {
  /** "west" */
  bearing: string;
  /** Token of the compass word. */
  at: number;
  /** The place, case folded: "bireun". */
  place: string;
  /** The place's first token, and one past its last. */
  placeFrom: number;
  to: number;
}

/** The bearing written after a measured distance, past the outlet's own conversion ("(34 miles)"), if any. */
export function bearingAfter(doc: Doc, m: Measure, sentenceEnd: number): Bearing | undefined {
  const t = doc.tokens;
  let k = m.unit.end;
  if (t[k]?.text === '(') {
    while (k < sentenceEnd && t[k].text !== ')') k++;
    k++;
  }
  const at = k;
  const bearing = t[k]?.norm;
  if (!(bearing in DEGREES) || t[k + 1]?.norm !== 'of') return undefined;
  k += 2;
  if (t[k]?.norm === 'the' && PLACE_KINDS.has(t[k + 1]?.norm ?? '') && t[k + 2]?.norm === 'of') k += 3;
  const from = k;
  while (k < sentenceEnd && startsUpper(t[k].text)) k++;
  if (k === from) return undefined;
  return { bearing, at, place: foldCase(t.slice(from, k).map((x) => x.text).join(' ')), placeFrom: from, to: k };
}

/** Degrees between two compass points, at their closest: west and south are 90 apart. */
export function degreesApart(a: string, b: string): number {
  const d = Math.abs(DEGREES[a] - DEGREES[b]) % 360;
  return Math.min(d, 360 - d);
}

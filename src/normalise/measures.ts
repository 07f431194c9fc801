import type { Doc } from '../types';
import { findNumbers, type NumberMention } from './numbers';
import { isBareAge, readUnit, type UnitReading } from './units';
import { startsUpper } from '../text/tokens';

/** A number with what it measures. */
export interface Measure {
  mention: NumberMention;
  unit: UnitReading;
}

const cache = new WeakMap<Doc, Measure[]>();

// "5 p.m.", "10:30": clock times are read by the date kind, never as amounts.
const isClockTime = (doc: Doc, end: number) => /^(a\.?m\.?|p\.?m\.?|:|GMT|ET|BST|CET|UTC)$/i.test(doc.tokens[end]?.text ?? '');

// "the 88th minute", "on 17 minutes": a moment of a match, read by the date kind.
const isMatchMinute = (doc: Doc, m: NumberMention) =>
  /^minutes?$/.test(doc.tokens[m.end]?.norm === '-' ? doc.tokens[m.end + 1]?.norm ?? '' : doc.tokens[m.end]?.norm ?? '') &&
  (m.ordinal === true || doc.tokens[m.start - 1]?.norm === 'on');

const STREET = /^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|highway|hwy|route)$/;

// "418 Marlowe Street", "the 400 block of Marlowe Street": a place, not an amount.
function isAddress(doc: Doc, m: NumberMention): boolean {
  const next = doc.tokens[m.end];
  if (!next || m.numberStart !== m.start) return false;
  if (next.norm === 'block') return true;
  for (let k = m.end; k < Math.min(doc.tokens.length, m.end + 3) && startsUpper(doc.tokens[k].text); k++) {
    if (STREET.test(doc.tokens[k].norm.replace(/\.$/, ''))) return k > m.end;
  }
  return false;
}

/** Every number of a source with its unit, read once and shared by the numeric kinds. */
export function measures(doc: Doc): Measure[] {
  let found = cache.get(doc);
  if (!found) {
    found = [];
    for (const sentence of doc.sentences) {
      let taken = sentence.firstToken;
      for (const mention of findNumbers(doc.tokens, sentence.firstToken, sentence.endToken)) {
        // The "2" of "6-foot-2" was read with the unit of the number before it.
        if (mention.start < taken || isClockTime(doc, mention.end) || isMatchMinute(doc, mention) || isAddress(doc, mention)) continue;
        const unit = readUnit(doc.tokens, mention, sentence.endToken);
        if (mention.fractionEnd !== undefined) {
          // "a mile and a half" is 1.5 miles; "a man and a half" no amount.
          if (unit.unit === 'count' || unit.end !== mention.fractionEnd - 3) continue;
          unit.end = mention.fractionEnd;
        }
        // "a fourth-year pro", "the 3rd mile": an ordinal ranks; it measures no length of anything.
        if (mention.ordinal && unit.unit !== 'count') continue;
        if (unit.unit === 'count' && isBareAge(doc.tokens, mention, sentence.firstToken)) unit.unit = 'age';
        found.push({ mention, unit });
        taken = unit.end;
      }
    }
    cache.set(doc, found);
  }
  return found;
}

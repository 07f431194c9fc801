import type { Claim, Doc } from '../types';
import { KINDS, kindSpec } from '../kinds';

/** Runs every kind's extractor on a source and settles overlaps between value kinds. */
export function extractClaims(doc: Doc): Claim[] {
  const kept: Claim[] = [];
  for (const spec of KINDS) {
    const taken = spec.eventBound ? kept.filter(isValueClaim) : [];
    for (const claim of spec.extract(doc)) {
      if (!taken.some((c) => c.start < claim.end && claim.start < c.end)) kept.push(claim);
    }
  }
  anchorEvents(kept);
  return kept;
}

/**
 * A value in a sentence that names another date than the report's main one belongs to that other
 * event: "on March 18 … they spoke for about 2 hours" is not the length of Monday's call. The main
 * date is the first one the report gives.
 */
function anchorEvents(claims: Claim[]): void {
  const dates = claims.filter((c) => c.kind === 'date');
  const main = dates[0]?.value.display.toLowerCase();
  for (const claim of claims) {
    if (!kindSpec(claim.kind).eventBound) continue;
    const other = dates.find((d) => d.sentence === claim.sentence && d.value.display.toLowerCase() !== main);
    if (other) claim.event = other.value.display;
  }
}

const isValueClaim = (c: Claim) => c.kind === 'date' || kindSpec(c.kind).eventBound === true;

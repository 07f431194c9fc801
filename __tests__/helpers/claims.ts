// Small builders for stage tests: a Doc from one invented sentence, one kind's claims of it, or
// the whole comparison of a few texts. Every builder that returns claims checks their spans.
import type { Claim, Doc, KindName, Report } from '../../src/types';
import { analyse } from '../../src/text';
import { kindSpec } from '../../src/kinds';
import { extractClaims } from '../../src/extract';
import { compare, type TextInput } from '../../src/index';
import { expectSpansValid } from './spans';

/** A source "A" holding `text`, cut into sentences and tokens. */
export function docOf(text: string, published?: string): Doc {
  return analyse({ id: 'A', path: 'a.txt', text, ...(published ? { published } : {}) });
}

/** The claims one kind's extractor finds in `text` (before overlaps with other kinds are settled). */
export function claimsOf(kind: KindName, text: string, published?: string): Claim[] {
  const claims = kindSpec(kind).extract(docOf(text, published));
  expectSpansValid(claims, [text]);
  return claims;
}

/** Every claim the extract stage keeps for `text`, overlaps settled and events anchored. */
export function allClaimsOf(text: string, published?: string): Claim[] {
  const claims = extractClaims(docOf(text, published));
  expectSpansValid(claims, [text]);
  return claims;
}

/** The library's comparison of a few texts (sources A, B, …), spans checked. */
export function compareTexts(...inputs: Array<string | TextInput>): Report {
  const report = compare(inputs.map((t) => (typeof t === 'string' ? { text: t } : t)));
  expectSpansValid(report, inputs.map((t) => (typeof t === 'string' ? t : t.text)));
  return report;
}

/** The findings of one kind. */
export const findingsOf = (report: Report, kind: KindName) => report.findings.filter((f) => f.kind === kind);

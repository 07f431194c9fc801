import type { Finding, Range, Report, ReportClaim, ReportSource } from '../types';
import { CONTEXT } from '../thresholds';
import { deskOrder } from './order';

/** A stretch of a sentence: a claim of the fact, or the words around it. */
export interface ContextPiece {
  text: string;
  claim: boolean;
}

/** One sentence a source states a fact in, its claims marked, cut around them when long. */
export interface ContextLine {
  source: ReportSource;
  pieces: ContextPiece[];
  /** Whether words of the sentence were left out before the first piece, and after the last. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A finding and the sentences each of its sources states it in. */
export interface FindingContext {
  finding: Finding;
  lines: ContextLine[];
}

/** Which findings are shown in context: the divergences, or with --context every finding. */
export const contextTitle = (all: boolean) => (all ? 'In context' : 'Divergences in context');

/** "F3 duration diverge: 2 h vs 2 h 30 min". */
export const contextHeadline = (f: Finding) => `${f.id} ${f.kind} ${f.status}: ${f.reason}`;

/**
 * The findings to show in context, in reading order, each with its sentences. `texts` maps source
 * ids to the texts claims point into (an HTML source's is also in the report).
 */
export function findingsInContext(report: Report, texts: Record<string, string>, all: boolean): FindingContext[] {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  return deskOrder(report.findings)
    .filter((f) => all || f.status === 'diverge')
    .map((finding) => ({ finding, lines: sentenceGroups(finding).map((claims) => contextLine(claims, sources.get(claims[0].source)!, texts[claims[0].source] ?? sources.get(claims[0].source)!.text)) }));
}

/** A line's text, each piece through `claim` or `words` (to mark and to escape), with an ellipsis where it is cut. */
export function lineText(line: ContextLine, format: { claim(s: string): string; words(s: string): string }): string {
  const body = line.pieces.map((p) => (p.claim ? format.claim(p.text) : format.words(p.text))).join('');
  return `${line.cutBefore ? '…' : ''}${body}${line.cutAfter ? '…' : ''}`;
}

const sentenceOf = (c: ReportClaim): Range => c.sentence ?? c;

/** A finding's claims grouped by the sentence they stand in, in source order. */
function sentenceGroups(f: Finding): ReportClaim[][] {
  const groups = new Map<string, ReportClaim[]>();
  for (const c of f.claims) {
    const { start, end } = sentenceOf(c);
    const key = `${c.source}|${start}|${end}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/** Claims' ranges in order, overlapping ones merged: what to mark. */
function markedRanges(claims: ReportClaim[]): Range[] {
  const merged: Range[] = [];
  for (const { start, end } of [...claims].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function contextLine(claims: ReportClaim[], source: ReportSource, text: string | undefined): ContextLine {
  // Without its source's text a claim is shown alone, as it is all that is known of it.
  if (text === undefined) return { source, pieces: [{ text: claims[0].text, claim: true }], cutBefore: false, cutAfter: false };
  const sentence = sentenceOf(claims[0]);
  const marks = markedRanges(claims);
  const shown = windowAround(text, sentence, { start: marks[0].start, end: marks[marks.length - 1].end });
  const pieces: ContextPiece[] = [];
  let pos = shown.start;
  for (const mark of marks) {
    if (mark.start > pos) pieces.push({ text: text.slice(pos, mark.start), claim: false });
    pieces.push({ text: text.slice(mark.start, mark.end), claim: true });
    pos = mark.end;
  }
  if (shown.end > pos) pieces.push({ text: text.slice(pos, shown.end), claim: false });
  return { source, pieces: flattened(pieces), cutBefore: shown.start > sentence.start, cutAfter: shown.end < sentence.end };
}

/** Pieces on one line: runs of white space as one space, none at either end. */
function flattened(pieces: ContextPiece[]): ContextPiece[] {
  const flat = pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  flat[0].text = flat[0].text.trimStart();
  flat[flat.length - 1].text = flat[flat.length - 1].text.trimEnd();
  return flat.filter((p) => p.text !== '');
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The part of a sentence to show: all of it when short, else the claims and as many words either
 * side as fit (the room one side does not need goes to the other), cut between words and never
 * inside the claims.
 */
function windowAround(text: string, sentence: Range, claims: Range): Range {
  const max = CONTEXT.sentenceChars;
  if (sentence.end - sentence.start <= max) return sentence;
  const spare = Math.max(0, max - (claims.end - claims.start));
  const [roomBefore, roomAfter] = [claims.start - sentence.start, sentence.end - claims.end];
  const before = Math.min(roomBefore, Math.max(Math.floor(spare / 2), spare - roomAfter));
  const after = Math.min(roomAfter, spare - before);
  let start = claims.start - before;
  let end = claims.end + after;
  while (start > sentence.start && start < claims.start && !isSpace(text[start - 1])) start++;
  while (end < sentence.end && end > claims.end && !isSpace(text[end])) end--;
  return { start, end };
}

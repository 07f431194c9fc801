import type { Claim, Finding, Relation, ReportClaim, Source } from '../types';
import { kindSpec, KINDS } from '../kinds';
import type { Cluster } from '../align';
import { lastAtOrBefore } from '../text/search';

// Worst first: the relation a finding reports is the worst between any two of its sources.
const SEVERITY: Relation[] = ['conflict', 'reworded', 'more-specific', 'compatible', 'equal'];

function verdictOf(cluster: Cluster): Pick<Finding, 'status' | 'relation' | 'reason'> {
  if (cluster.groups.length === 1) return { status: 'only', reason: `only in ${cluster.groups[0].source}` };
  // One claim per distinct value: a fact carried by 500 reports holds a few values, and relations
  // depend on values only.
  const distinct = [...new Map(cluster.groups.map((g) => [g.value, g.claims[0]])).values()];
  const reps = distinct.length > 1 ? distinct : cluster.groups.slice(0, 2).map((g) => g.claims[0]);
  let worst: { relation: Relation; reason: string } | undefined;
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const v = kindSpec(reps[i].kind).relate(reps[i], reps[j]);
      if (!worst || SEVERITY.indexOf(v.relation) < SEVERITY.indexOf(worst.relation)) worst = v;
    }
  }
  return { status: worst!.relation === 'conflict' ? 'diverge' : 'agree', relation: worst!.relation, reason: worst!.reason };
}

/** 1-based line and column of an offset, from a sorted list of line starts. */
function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  const line = lastAtOrBefore(lineStarts.length, (i) => lineStarts[i], offset);
  return { line: line + 1, column: offset - lineStarts[line] + 1 };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

/** Turns aligned clusters into findings, each with a verdict, sorted by kind then first place. */
export function compareClusters(clusters: Cluster[], sources: Source[]): Finding[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const lines = new Map(sources.map((s) => [s.id, lineStartsOf(s.text)]));
  const kindOrder = (c: Claim) => KINDS.findIndex((k) => k.kind === c.kind);
  const byPlace = (a: Claim, b: Claim) => order.get(a.source)! - order.get(b.source)! || a.start - b.start;
  const findings = clusters
    .map((cluster) => {
      const claims = cluster.groups.flatMap((g) => g.claims).sort(byPlace);
      // Every field named in the literal: a spread in its middle would give each of a hundred
      // thousand report claims a second block for the fields after it.
      const toReport = (c: Claim): ReportClaim => {
        const { line, column } = lineColumn(lines.get(c.source)!, c.start);
        return { source: c.source, start: c.start, end: c.end, text: c.text, line, column, value: c.value, rule: c.rule };
      };
      return {
        id: '',
        kind: claims[0].kind,
        ...verdictOf(cluster),
        alignment: cluster.alignment || 'single source',
        sources: [...new Set(claims.map((c) => c.source))].sort((a, b) => order.get(a)! - order.get(b)!),
        claims: claims.map(toReport),
        first: claims[0],
      };
    })
    .sort((a, b) => kindOrder(a.first) - kindOrder(b.first) || byPlace(a.first, b.first));
  return findings.map(({ first: _first, ...f }, i) => ({ ...f, id: `F${i + 1}` }));
}

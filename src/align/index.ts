import type { Claim, Relation } from '../types';
import { ALIGN } from '../thresholds';
import { kindSpec } from '../kinds';
import { cosine, sharedTerms, toVector, type Idf, type Vector } from './similarity';
import { candidatePairs, valueKey } from './candidates';
import { samePeriod } from '../normalise/dates';

/** Mentions of one thing in one source: a claim, or every mention of one person or place. */
export interface Group {
  id: string;
  /** Position in the order groups were made (source order, then text order): breaks ties. */
  order: number;
  source: string;
  claims: Claim[];
  vector: Vector;
}

/** Groups of several sources found to state one fact, and why they were put together. */
export interface Cluster {
  groups: Group[];
  /** Plain words for --explain: the best pair's score and shared context words. */
  alignment: string;
}

interface Pair {
  a: Group;
  b: Group;
  score: number;
  relation: Relation;
  similarity: number;
  affinity: number;
}

function groupClaims(claims: Claim[], idf: Idf): Group[] {
  const byEntity = new Map<string, Claim[]>();
  for (const c of claims) {
    const entity = kindSpec(c.kind).entity?.(c) ?? c.id;
    const id = `${c.source}|${c.kind}|${entity}`;
    const list = byEntity.get(id);
    if (list) list.push(c);
    else byEntity.set(id, [c]);
  }
  return [...byEntity].map(([id, cs], order) => ({ id, order, source: cs[0].source, claims: cs, vector: toVector(cs.flatMap((c) => c.context), idf) }));
}

/** Reports of one event that give the same value with the same key state one fact. */
const threshold = (relation: string) => (relation === 'conflict' ? ALIGN.conflict : relation === 'equal' ? ALIGN.equal : ALIGN.compatible);

function scorePair(a: Group, b: Group): Pair | null {
  const [x, y] = [a.claims[0], b.claims[0]];
  const spec = kindSpec(x.kind);
  // Values tied to different events are different facts, even when they are equal.
  if (spec.eventBound && !samePeriod(x.event, y.event)) return null;
  const similarity = cosine(a.vector, b.vector);
  const affinity = spec.affinity ? spec.affinity(x, y, similarity) : similarity;
  if (affinity === null) return null;
  const { relation } = spec.relate(x, y);
  if (affinity < threshold(relation)) return null;
  // At equal affinity, a reading that agrees is preferred to one that conflicts.
  const score = affinity + (relation === 'conflict' ? 0 : ALIGN.agreementBonus) + (relation === 'equal' ? ALIGN.equalBonus : 0);
  return { a, b, score, relation, similarity, affinity };
}

/** Why a pair was aligned, for --explain; written only for the pair that founds a cluster. */
function explain({ a, b, similarity, affinity }: Pair): string {
  const [x, y] = [a.claims[0], b.claims[0]];
  const named = x.value.name && x.value.name === y.value.name && x.kind !== 'person' && x.kind !== 'place' ? `both about “${x.value.name}”; ` : '';
  const shared = sharedTerms(a.vector, b.vector);
  return `${named}context similarity ${similarity.toFixed(2)}${shared.length ? ` (shared: ${shared.slice(0, 8).join(', ')})` : ''}; affinity ${affinity.toFixed(2)}`;
}

/**
 * Two clusters join only if no source is in both. Joined through a pair that is merely compatible,
 * no claim of one may conflict with a claim of the other that it could not have been paired with
 * on its own: "up to 20 years" may join "84 months", but then "20 years" (the maximum) may not.
 * Joined through equal values, the clusters are one fact and any conflict between them is real.
 */
function canMerge(ca: Cluster, cb: Cluster, link: Relation, merging: Merging): boolean {
  const sources = merging.sources.get(ca)!;
  if (cb.groups.some((h) => sources.has(h.source))) return false;
  if (link === 'equal') return true;
  // A conflict found once stays: clusters only grow, so they never become mergeable again.
  if (merging.refused.get(ca)!.has(cb)) return false;
  // Compared value by value, not claim by claim: a fact carried by 500 reports holds a few values.
  for (const [va, as] of merging.values.get(ca)!) {
    for (const [vb, bs] of merging.values.get(cb)!) {
      if (merging.relation(as[0], va, bs[0], vb) === 'conflict' && !as.every((g) => bs.every((h) => scorePair(g, h) !== null))) {
        merging.refused.get(ca)!.add(cb);
        merging.refused.get(cb)!.add(ca);
        return false;
      }
    }
  }
  return true;
}

/**
 * What merging needs to know of each cluster without reading all its claims: its sources, and its
 * groups by normalised value. Relations are read once per pair of values: a kind's compare rule
 * depends on the claims' key and value only.
 */
interface Merging {
  sources: Map<Cluster, Set<string>>;
  /** Groups by value, each value numbered once per run (key and normalised value). */
  values: Map<Cluster, Map<number, Group[]>>;
  relation(a: Group, va: number, b: Group, vb: number): Relation;
  /** Clusters found to conflict with each cluster through a merely compatible link. */
  refused: Map<Cluster, Set<Cluster>>;
}

function merging(clusters: Cluster[]): Merging {
  const ids = new Map<string, number>();
  const idOf = (g: Group) => {
    const value = `${g.claims[0].key}\u0000${valueKey(g)}`;
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  };
  const relations = new Map<number, Relation>();
  return {
    sources: new Map(clusters.map((c) => [c, new Set(c.groups.map((g) => g.source))])),
    values: new Map(clusters.map((c) => [c, new Map(c.groups.map((g) => [idOf(g), [g]]))])),
    refused: new Map(clusters.map((c) => [c, new Set<Cluster>()])),
    relation(a, va, b, vb) {
      const key = va * ids.size + vb;
      let relation = relations.get(key);
      if (relation === undefined) relations.set(key, (relation = kindSpec(a.claims[0].kind).relate(a.claims[0], b.claims[0]).relation));
      return relation;
    },
  };
}

/** Moves what merging knows of cluster b into cluster a. */
function absorb(m: Merging, a: Cluster, b: Cluster): void {
  for (const s of m.sources.get(b)!) m.sources.get(a)!.add(s);
  const values = m.values.get(a)!;
  for (const [v, gs] of m.values.get(b)!) {
    const list = values.get(v);
    if (list) list.push(...gs);
    else values.set(v, gs);
  }
  for (const x of m.refused.get(b)!) {
    m.refused.get(a)!.add(x);
    m.refused.get(x)!.add(a);
  }
  m.sources.delete(b);
  m.values.delete(b);
}

/**
 * Aligns claims across sources: candidate pairs come only from one block (same kind, unit and
 * thing measured), best pairs are joined first, and a fact never holds two groups of one source.
 */
export function align(claims: Claim[], idf: Idf): Cluster[] {
  const groups = groupClaims(claims, idf);
  // Ties broken by the groups' order: numbers, so sorting millions of pairs builds no strings.
  const pairs = candidatePairs(groups, scorePair).sort((x, y) => y.score - x.score || x.a.order - y.a.order || x.b.order - y.b.order);
  const clusterOf = new Map<Group, Cluster>(groups.map((g) => [g, { groups: [g], alignment: '' }]));
  const m = merging([...clusterOf.values()]);
  for (const pair of pairs) {
    const [ca, cb] = [clusterOf.get(pair.a)!, clusterOf.get(pair.b)!];
    if (ca === cb || !canMerge(ca, cb, pair.relation, m)) continue;
    absorb(m, ca, cb);
    ca.groups.push(...cb.groups);
    ca.alignment ||= explain(pair);
    for (const g of cb.groups) clusterOf.set(g, ca);
  }
  return [...new Set(clusterOf.values())];
}

import type { Claim, Interval, Relation } from '../types';
import { relateIntervals } from '../normalise/intervals';
import { ALIGN } from '../thresholds';
import { kindSpec } from '../kinds';
import { cosine, sharedTerms, toVector, type Idf, type Vector } from './similarity';
import { candidateBlocks, type CandidateBlock } from './candidates';
import { backgroundDateAndUndated, samePeriod } from '../normalise/dates';
import { groupBy, numberOf } from '../collections';

/** Mentions of one thing in one source: a claim, or every mention of one person or place. */
export interface Group {
  /** Its index in the list of groups, made in source order, then text order: breaks ties. */
  order: number;
  source: string;
  claims: Claim[];
  vector: Vector;
  /** Its claim's key and normalised value, numbered once per run: groups with equal values are always candidates. */
  value: number;
  /** For kinds aligned by wording: its value and context, numbered once per run. */
  wording?: number;
}

/** Groups of several sources found to state one fact, and why they were put together. */
export interface Cluster {
  groups: Group[];
  /** Plain words for --explain: the best pair's score and shared context words. */
  alignment: string;
}

const RELATIONS: Relation[] = ['equal', 'compatible', 'more-specific', 'reworded', 'conflict'];
const FIRST_PAIRS = 1024;

/**
 * The scored pairs of one block in typed arrays: a million pairs are not a million objects, and
 * they go once the block is merged. The arrays double as pairs come, up to the block's candidate
 * count: most candidates of a large block score no pair, and sizing for all of them held some
 * 30 MB of a thousand reports' peak memory for a quarter of that in pairs.
 */
class Pairs {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  relation: Uint8Array;
  length = 0;

  constructor(private readonly capacity: number) {
    const first = Math.min(capacity, FIRST_PAIRS);
    [this.a, this.b, this.score, this.relation] = [new Int32Array(first), new Int32Array(first), new Float64Array(first), new Uint8Array(first)];
  }

  push(a: Group, b: Group, score: number, relation: Relation): void {
    if (this.length === this.a.length) this.grow();
    const k = this.length++;
    this.a[k] = a.order;
    this.b[k] = b.order;
    this.score[k] = score;
    this.relation[k] = RELATIONS.indexOf(relation);
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.a.length * 2);
    const larger = <T extends Int32Array | Float64Array | Uint8Array>(old: T, made: T): T => (made.set(old), made);
    this.a = larger(this.a, new Int32Array(size));
    this.b = larger(this.b, new Int32Array(size));
    this.score = larger(this.score, new Float64Array(size));
    this.relation = larger(this.relation, new Uint8Array(size));
  }

  /**
   * Indexes of the pairs, best first; ties broken by the groups' order, so the result never
   * depends on the sort. Pairs that read alike score alike, so a block of a million pairs has
   * few distinct scores: the pairs are dealt into one list per score, each already in the groups'
   * order when pushed in that order (as candidateBlocks visits them), and sorted only if not.
   */
  byScore(): Uint32Array {
    const { a, b, score } = this;
    const byGroups = (x: number, y: number) => a[x] - a[y] || b[x] - b[y];
    const lists = groupBy(score.subarray(0, this.length).keys(), (k) => score[k]);
    const order = new Uint32Array(this.length);
    let filled = 0;
    for (const s of [...lists.keys()].sort((x, y) => y - x)) {
      const list = lists.get(s)!;
      if (list.some((k, i) => i > 0 && byGroups(list[i - 1], k) > 0)) list.sort(byGroups);
      order.set(list, filled);
      filled += list.length;
    }
    return order;
  }
}

function groupClaims(claims: Claim[], idf: Idf): Group[] {
  // Mentions in order of their first claim; a claim of a kind without entities is its own group.
  const mentions: Claim[][] = [];
  const byEntity = new Map<string, Claim[]>();
  for (const c of claims) {
    const entity = kindSpec(c.kind).entity?.(c);
    if (entity === undefined) {
      mentions.push([c]);
      continue;
    }
    const id = `${c.source}|${c.kind}|${entity}`;
    const known = byEntity.get(id);
    if (known) known.push(c);
    else {
      const list = [c];
      byEntity.set(id, list);
      mentions.push(list);
    }
  }
  const values = new Map<string, number>();
  // A tally's amount is its first number: "312-198" and "312-189" are told apart by what is shown.
  const valueOf = ({ key, value: { amount, unit, name, words, display, role } }: Claim) => numberOf(values, JSON.stringify([key, amount, unit, name, words, role, unit === 'score' ? display : '']));
  // Claims of reprinted sentences share their context lists (pipeline): numbered by identity,
  // groups whose claims have the same lists share one vector and one wording.
  const contexts = new Map<string[], number>();
  const contextsOf = (cs: Claim[]) => cs.map((c) => numberOf(contexts, c.context)).join(' ');
  const vectors = new Map<string, Vector>();
  const vectorOf = (cs: Claim[], key: string) => vectors.get(key) ?? vectors.set(key, toVector(cs.flatMap((c) => c.context), idf)).get(key)!;
  const wordings = new Map<string, number>();
  return mentions.map((cs, order) => {
    const value = valueOf(cs[0]);
    const key = contextsOf(cs);
    const group: Group = { order, source: cs[0].source, claims: cs, vector: vectorOf(cs, key), value };
    if (kindSpec(cs[0].kind).alignedByWording) group.wording = numberOf(wordings, `${value} ${key}`);
    return group;
  });
}

/** Reports of one event that give the same value with the same key state one fact. */
const threshold = (relation: string) => (relation === 'conflict' ? ALIGN.conflict : relation === 'equal' ? ALIGN.equal : ALIGN.compatible);

/** How alike the contexts of two groups are, and how likely (by their kind's rule) they are one fact; null when they cannot be. */
function likeness(a: Group, b: Group): { similarity: number; affinity: number | null } {
  const x = a.claims[0];
  const y = b.claims[0];
  const spec = kindSpec(x.kind);
  const similarity = cosine(a.vector, b.vector);
  return { similarity, affinity: spec.affinity ? spec.affinity(x, y, similarity, () => sharedTerms(a.vector, b.vector)) : similarity };
}

function scorePair(a: Group, b: Group): { score: number; relation: Relation } | null {
  const x = a.claims[0];
  const y = b.claims[0];
  const spec = kindSpec(x.kind);
  // Values tied to different events are different facts, even when they are equal.
  if (spec.eventBound && !samePeriod(x.event, y.event) && !spec.oneFactAcrossEvents?.(x, y) && !equalInBackground(x, y)) return null;
  const { affinity, similarity } = likeness(a, b);
  if (affinity === null) return null;
  const { relation } = spec.relate(x, y);
  if (affinity < threshold(relation) || (relation === 'conflict' && atOtherMoments(x, y))) return null;
  // At equal affinity, a reading that agrees is preferred to one that conflicts; and of pairs a
  // kind's rule lifts to one affinity ("12-year-old" in three reports), the more alike go first.
  const score = affinity + (relation === 'conflict' ? 0 : ALIGN.agreementBonus) + (relation === 'equal' ? ALIGN.equalBonus : 0) + similarity * ALIGN.similarityTieBreak;
  return { score, relation };
}

/** Two values their sentences give at times of day more than ALIGN.otherMomentMinutes apart: of two happenings, never one in conflict. */
const atOtherMoments = (x: Claim, y: Claim) => x.clock !== undefined && y.clock !== undefined && Math.abs(x.clock - y.clock) > ALIGN.otherMomentMinutes;

/**
 * "On March 18 … for two hours" is another call's length; but an equal value that one report ties
 * to a year of its background and another to nothing ("served six years" after joining in 1970,
 * "six years in the reserves") is one.
 */
function equalInBackground(x: Claim, y: Claim): boolean {
  return backgroundDateAndUndated(x.event, y.event) && x.value.name === y.value.name && kindSpec(x.kind).relate(x, y).relation === 'equal';
}

/** Pairs of groups that read alike score alike; the scores of this many distinct pairs are kept. */
const REMEMBERED_WORDING_PAIRS = 50_000;

/** scorePair, each distinct pair of wordings (statements, quotes) scored once per run. */
function scoringOnceByWording(groups: Group[]): typeof scorePair {
  const known = new Map<number, ReturnType<typeof scorePair>>();
  return (a, b) => {
    if (a.wording === undefined || b.wording === undefined) return scorePair(a, b);
    const key = a.wording * groups.length + b.wording;
    let scored = known.get(key);
    if (scored === undefined) {
      scored = scorePair(a, b);
      if (known.size < REMEMBERED_WORDING_PAIRS) known.set(key, scored);
    }
    return scored;
  };
}

function scoredPairs(block: CandidateBlock, score: typeof scorePair): Pairs {
  const pairs = new Pairs(block.maxPairs);
  block.forEachPair((a, b) => {
    const scored = score(a, b);
    if (scored) pairs.push(a, b, scored.score, scored.relation);
  });
  return pairs;
}

/** Why a pair was aligned, for --explain; written only for the pair that founds a cluster. */
function explain(a: Group, b: Group): string {
  const { similarity, affinity } = likeness(a, b);
  const [x, y] = [a.claims[0], b.claims[0]];
  const named = x.value.name && x.value.name === y.value.name && x.kind !== 'person' && x.kind !== 'place' ? `both about “${x.value.name}”; ` : '';
  const shared = sharedTerms(a.vector, b.vector);
  return `${named}context similarity ${similarity.toFixed(2)}${shared.length ? ` (shared: ${shared.slice(0, 8).join(', ')})` : ''}; affinity ${affinity!.toFixed(2)}`;
}

/**
 * Two clusters join only if no source is in both. Joined through a pair that is merely compatible,
 * no claim of one may conflict with a claim of the other that it could not have been paired with
 * on its own: "up to 20 years" may join "84 months", but then "20 years" (the maximum) may not.
 * Joined through equal values, the clusters are one fact and any conflict between them is real.
 */
function canMerge(ca: Cluster, cb: Cluster, link: Relation, m: Merging): boolean {
  const sources = m.sourcesOf(ca);
  if (cb.groups.some((h) => sources.has(h.source))) return false;
  if (link === 'equal') return true;
  // A conflict found once stays: clusters only grow, so they never become mergeable again.
  if (m.refusedOf(ca).has(cb)) return false;
  // Compared value by value, not claim by claim: a fact carried by 500 reports holds a few values.
  // Each value of cb that conflicts with ca must be attested: one of its claims could pair on its
  // own with a claim of ca it conflicts with ("Lopez, 54" with "López, 55", though "the
  // 54-year-old judge" says whose age it is too vaguely to pair with it).
  for (const [vb, bs] of m.valuesOf(cb)) {
    let conflicts = false;
    let attested = false;
    for (const [va, as] of m.valuesOf(ca)) {
      if (m.relation(as[0], va, bs[0], vb) !== 'conflict') continue;
      conflicts = true;
      if (as.some((g) => bs.some((h) => scorePair(g, h) !== null))) {
        attested = true;
        break;
      }
    }
    if (conflicts && !attested) {
      m.refusedOf(ca).add(cb);
      m.refusedOf(cb).add(ca);
      return false;
    }
  }
  return true;
}

/**
 * What merging needs to know of each cluster: its sources, its groups by value, the clusters it
 * was refused. Made on first use: most clusters (facts of one source) never merge.
 */
interface Merging {
  sourcesOf(c: Cluster): Set<string>;
  /** Groups by value (Group.value). */
  valuesOf(c: Cluster): Map<number, Group[]>;
  refusedOf(c: Cluster): Set<Cluster>;
  relation(a: Group, va: number, b: Group, vb: number): Relation;
  /** Moves what is known of b into a, once b has joined a. */
  absorb(a: Cluster, b: Cluster): void;
}

function merging(): Merging {
  const sources = new Map<Cluster, Set<string>>();
  const values = new Map<Cluster, Map<number, Group[]>>();
  const refused = new Map<Cluster, Set<Cluster>>();
  const relations = new Map<number, Map<number, Relation>>();
  const lazily = <T>(map: Map<Cluster, T>, make: (c: Cluster) => T) => (c: Cluster) => {
    let v = map.get(c);
    if (v === undefined) map.set(c, (v = make(c)));
    return v;
  };
  const m: Merging = {
    sourcesOf: lazily(sources, (c) => new Set(c.groups.map((g) => g.source))),
    valuesOf: lazily(values, (c) => groupBy(c.groups, (g) => g.value)),
    refusedOf: lazily(refused, () => new Set<Cluster>()),
    relation(a, va, b, vb) {
      const row = relations.get(va) ?? relations.set(va, new Map()).get(va)!;
      let relation = row.get(vb);
      if (relation === undefined) row.set(vb, (relation = kindSpec(a.claims[0].kind).relate(a.claims[0], b.claims[0]).relation));
      return relation;
    },
    absorb(a, b) {
      const into = m.sourcesOf(a);
      for (const s of m.sourcesOf(b)) into.add(s);
      const byValue = m.valuesOf(a);
      for (const [v, gs] of m.valuesOf(b)) {
        const list = byValue.get(v);
        if (list) list.push(...gs);
        else byValue.set(v, gs);
      }
      for (const x of m.refusedOf(b)) {
        m.refusedOf(a).add(x);
        m.refusedOf(x).add(a);
      }
      sources.delete(b);
      values.delete(b);
    },
  };
  return m;
}

/**
 * Whether a source states a group's very value anywhere ("played for 11 seasons" in 1978, and
 * another report's "11 seasons" as a player, though tied to different times they never pair), or
 * one that fits it in another group it could pair with: "2 a.m. … by 9 a.m." and another report's
 * "by 9 a.m."; or as the sum of values it lists in one sentence: "41 in Turkey and 12 in Syria"
 * and another report's "53 killed". Then a conflict between the group and that source's other
 * value ("2 a.m. vs 9 a.m.", "41 vs 53") is two facts, not a divergence. But the very value
 * that the source states fewer times than its value in conflict (`stating`), in words less like
 * the group's than that conflicting pair's are, is a slip or an older figure, not a second thing:
 * "a mother of 12" twice and "the mother of 13" once, against another report's "mother of 13"
 * told in the words of the 12. The block's groups by source are sorted out on the first conflict.
 */
function sourceAlsoStating(block: CandidateBlock, m: Merging): (stating: Group, g: Group, score: number) => boolean {
  let bySource: Map<string, Group[]> | undefined;
  return (stating, g, score) => {
    bySource ??= groupBy(block.groups, (h) => h.source);
    const own = bySource.get(stating.source) ?? [];
    const owned = ownedAlike(own, g);
    if (owned.length) return new Set(owned.map((h) => h.value)).size > 1;
    const stray = (h: Group) => h.value === g.value && h.claims.length < stating.claims.length && (scorePair(h, g)?.score ?? Infinity) < score;
    const states = (h: Group) => !stray(h) && (h.value === g.value || (m.relation(h, h.value, g, g.value) !== 'conflict' && scorePair(h, g) !== null));
    return own.some(states) || listsTotalOf(own, g);
  };
}

/**
 * A source's groups that give the figure of the person whose figure the group is. Such a source
 * has said what that person's figure is, so its figures named otherwise are others'; and when it
 * gives that figure more than one value ("10 points in the first minutes", "23 points"), it counts
 * it at several moments, and another report's value may be any of them.
 */
function ownedAlike(own: Group[], g: Group): Group[] {
  const ownerOf = kindSpec(g.claims[0].kind).owner;
  const whose = ownerOf?.(g.claims[0]);
  return whose === undefined ? [] : own.filter((h) => ownerOf!(h.claims[0]) === whose);
}

/**
 * Whether the values of one list ("41 people in Turkey and 12 in Syria", "170,000 in the province
 * and tens of thousands more": a sentence whose values the extractor read as listed) may add up
 * to the group's value.
 */
function listsTotalOf(groups: Group[], g: Group): boolean {
  const total = g.claims[0].value.amount;
  if (!total || total.min === null) return false;
  const bounded = groups.filter((h) => h.claims[0].value.amount?.min !== null && h.claims[0].value.amount?.max !== null);
  return [...groupBy(bounded, (h) => h.claims[0].sentence).values()].some((list) => {
    if (list.length < 2 || !list.some((h) => h.claims[0].rule.includes('/listed'))) return false;
    const sum = list.reduce((s, h) => ({ min: s.min + h.claims[0].value.amount!.min!, max: s.max + h.claims[0].value.amount!.max! }), { min: 0, max: 0 });
    return relateIntervals(sum as Interval, total) !== 'conflict';
  });
}

/** Whether a group is a summary (a title) by its kind's rule: one whose report also says it in its body is no mere summary. */
function isSummary(g: Group): boolean {
  const summary = kindSpec(g.claims[0].kind).summary;
  return !!summary && g.claims.every(summary);
}

/** Pairs in the given order, those with a summary (a title) after all the others. */
function summariesLast(order: Uint32Array, pairs: Pairs, groups: Group[], block: CandidateBlock): Uint32Array {
  // A block holds one key, so one kind.
  if (!kindSpec(block.groups[0].claims[0].kind).summary) return order;
  const late = (k: number) => isSummary(groups[pairs.a[k]]) || isSummary(groups[pairs.b[k]]);
  if (!order.some(late)) return order;
  const first = order.filter((k) => !late(k));
  const sorted = new Uint32Array(order.length);
  sorted.set(first);
  sorted.set(order.filter(late), first.length);
  return sorted;
}

/**
 * A report that gives one thing two values ("a mother of 12", later "the mother of 13"), or one
 * value in two roles ("a 12-year sentence", "a sentence of 12 years"), has one of them in a fact
 * that another report's equal value joins: the other, left alone, restates that fact and joins it
 * too. Its value is in the fact already, so the fact's status is unchanged.
 */
function restatesIn(into: Cluster, lone: Cluster, partner: Group): boolean {
  if (lone.groups.length !== 1) return false;
  const g = lone.groups[0];
  const { name, amount } = g.claims[0].value;
  // A headline's value is no restatement: the report's body already speaks in the fact.
  return !!name && !!amount && !isSummary(g) && partner.claims[0].value.name === name && into.groups.some((h) => h.source === g.source && h.value !== g.value && h.claims[0].value.name === name);
}

/**
 * Aligns claims across sources: candidate pairs come only from one block (same kind, unit and
 * thing measured), best pairs are joined first, and a fact holds two groups of one source only
 * where the source repeats a statement or quote, or gives one measured thing two values.
 */
export function align(claims: Claim[], idf: Idf): Cluster[] {
  const groups = groupClaims(claims, idf);
  const clusterOf = groups.map((g): Cluster => ({ groups: [g], alignment: '' }));
  const m = merging();
  const score = scoringOnceByWording(groups);
  // Block by block: no cluster spans two blocks, so merging each in turn is merging them all.
  for (const block of candidateBlocks(groups)) {
    const pairs = scoredPairs(block, score);
    const alsoStates = sourceAlsoStating(block, m);
    // A source that states the other's value too tells of two things, unless the pair's contexts
    // read nearly alike: "assaulting the 11-year-old girl" and "assaulting a 12-year-old girl".
    const twoFacts = (k: number) => pairs.score[k] < ALIGN.retoldAlike && (alsoStates(groups[pairs.a[k]], groups[pairs.b[k]], pairs.score[k]) || alsoStates(groups[pairs.b[k]], groups[pairs.a[k]], pairs.score[k]));
    const best = summariesLast(pairs.byScore(), pairs, groups, block);
    for (const k of best) {
      const ga = groups[pairs.a[k]];
      const gb = groups[pairs.b[k]];
      const ca = clusterOf[ga.order];
      const cb = clusterOf[gb.order];
      const link = RELATIONS[pairs.relation[k]];
      if (ca === cb || (link === 'conflict' && twoFacts(k))) continue;
      if (!canMerge(ca, cb, link, m) && !(link === 'equal' && (restatesIn(cb, ca, gb) || restatesIn(ca, cb, ga)))) continue;
      m.absorb(ca, cb);
      ca.groups.push(...cb.groups);
      ca.alignment ||= explain(ga, gb);
      for (const g of cb.groups) clusterOf[g.order] = ca;
    }
    // A block holds one key, so one kind: only statements and quotes rejoin their repeats.
    if (block.groups[0].wording !== undefined) joinRepeats(pairs, best, groups, clusterOf);
  }
  rejoinFamilies(groups, clusterOf);
  return [...new Set(clusterOf)];
}

/** A group left alone joins the fact a group of its own family (KindSpec.family) found. */
function rejoinFamilies(groups: Group[], clusterOf: Cluster[]): void {
  const familyOf = (g: Group) => {
    const family = kindSpec(g.claims[0].kind).family;
    return family && `${g.source}|${family(g.claims[0])}`;
  };
  const joined = new Map<string, Cluster>();
  for (const g of groups) {
    const f = familyOf(g);
    if (f && clusterOf[g.order].groups.length > 1 && !joined.has(f)) joined.set(f, clusterOf[g.order]);
  }
  for (const g of groups) {
    const f = familyOf(g);
    const c = f && joined.get(f);
    if (!c || clusterOf[g.order].groups.length > 1) continue;
    c.groups.push(g);
    clusterOf[g.order] = c;
  }
}

/**
 * A report that says one thing twice (its headline and its lead, a recap further down) puts one
 * of the two in a fact and leaves the other alone, as if no other report said it. A lone statement
 * or quote paired, without conflict, with a claim of a fact that already holds its own source's
 * words is a repeat of that fact, and joins it. Only for kinds aligned by wording (the caller's
 * check): a repeated number ("2008", "May 23, 2008") is as often another event's as the same one.
 */
function joinRepeats(pairs: Pairs, best: Uint32Array, groups: Group[], clusterOf: Cluster[]): void {
  const fits = (g: Group, lone: Group) => kindSpec(g.claims[0].kind).relate(g.claims[0], lone.claims[0]).relation !== 'conflict';
  const repeats = (lone: Group, c: Cluster) => c.groups.some((g) => g.source === lone.source) && c.groups.every((g) => fits(g, lone));
  for (const k of best) {
    if (RELATIONS[pairs.relation[k]] === 'conflict') continue;
    for (const [lone, other] of [[groups[pairs.a[k]], groups[pairs.b[k]]], [groups[pairs.b[k]], groups[pairs.a[k]]]]) {
      const c = clusterOf[other.order];
      if (clusterOf[lone.order].groups.length > 1 || !repeats(lone, c)) continue;
      c.groups.push(lone);
      clusterOf[lone.order] = c;
    }
  }
}

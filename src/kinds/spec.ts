import type { Claim, Doc, KindName, Relation } from '../types';

/** What a kind's compare rule concludes about two claims of one fact. */
export interface Verdict {
  relation: Relation;
  /** In plain words: "2 h vs 2 h 30 min", "same value: Monday". */
  reason: string;
}

/** Everything that makes one kind of claim: its matchers, its alignment and its compare rule. */
export interface KindSpec {
  kind: KindName;
  /** Finds and interprets this kind's claims in one source. */
  extract(doc: Doc): Claim[];
  /**
   * Mentions of one thing within one source ("Donald Trump" … "Trump") share an entity and are
   * aligned together. Without it each claim stands alone.
   */
  entity?(claim: Claim): string;
  /**
   * How sure we are that two claims of different sources state one fact, from 0 to 1, given the
   * similarity of their contexts (and, asked for, the terms those contexts share); null when they
   * never can. Defaults to the context similarity.
   */
  affinity?(a: Claim, b: Claim, contextSimilarity: number, sharedContext: () => string[]): number | null;
  /**
   * A claim that sums up what its report states in full elsewhere (a title): its pairs are joined
   * after all others, so that it does not take the place of its own report's fuller sentence.
   */
  summary?(claim: Claim): boolean;
  /**
   * The person a claim's figure belongs to ("Carter had 12 points"): one report's figures of two
   * people are two facts, even when equal, and a figure it names as someone's is no one else's.
   */
  owner?(claim: Claim): string | undefined;
  /**
   * The mentions an entity would hold but for what each counts ("13 shots", "a mother of 13"):
   * one report's equal values, kept apart so each can meet its own fact, but one left alone
   * rejoins the fact its sibling found, as before they were told apart.
   */
  family?(claim: Claim): string;
  /**
   * Whether two claims of one source state one fact, whatever their sentences date: an equal
   * prison term ("a 12-year sentence", "sentenced to 12 years"). The undated one takes the dated
   * one's event.
   */
  restates?(a: Claim, b: Claim): boolean;
  /** Compares two claims already aligned as one fact. */
  relate(a: Claim, b: Claim): Verdict;
  /** Numeric kinds are bound to an event: a value tied to an earlier date is another fact. */
  eventBound?: boolean;
  /**
   * Two claims of one fact however their sentences date them: a figure so precise ("$43,885,310")
   * that two reports giving it speak of one thing, whatever period each ties it to.
   */
  oneFactAcrossEvents?(a: Claim, b: Claim): boolean;
  /**
   * Its claims stand alone (no entity) and are aligned on their value and context only: two pairs
   * that read alike score alike, so alignment scores each distinct pair once. Wire copy repeats a
   * clause or a quote in hundreds of reports.
   */
  alignedByWording?: boolean;
}

// Public types shared by every stage. Everything here is plain data (no classes, Maps or Sets),
// so a report is one JSON.stringify away and any stage can be tested by comparing objects.

/** One report as read: its text exactly as decoded, and what is known about it. */
export interface Source {
  /** Short id used in claims: "A", "B", … in the order given. */
  id: string;
  /** The path as given on the command line ("-" for stdin). */
  path: string;
  /** The text claims point into: decoded, byte-order mark dropped, otherwise untouched. */
  text: string;
  /** Title of the article, when the input carried one (front matter, --meta, HTML metadata). */
  title?: string;
  /** Outlet name, when the input carried one: columns are named by it ("A: Reuters"). */
  outlet?: string;
  /** Address of the article, when front matter or --meta gives it. */
  url?: string;
  /**
   * Publication date as YYYY-MM-DD, from --meta, front matter, --date, the page's metadata or the
   * text, in that order; resolves "Monday" in this source.
   */
  published?: string;
  /** Publication time in UTC ("2025-05-20T14:05:00Z"), when the metadata gave a time of day. */
  publishedAt?: string;
  /** Offset where the report's own text starts, after its front matter; absent when it has none. */
  bodyStart?: number;
  /** 'html' when `text` was extracted from a web page, so it is not the file's bytes. */
  format?: 'html';
}

/** A half-open range of UTF-16 offsets into a source text, and the exact slice. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Token extends Span {
  /** Lower case, diacritics and possessive "'s" removed. */
  norm: string;
  /** Porter stem of `norm`. */
  stem: string;
  /** A word of letters that is not a function word ("the", "said"): it counts for alignment. */
  content: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token of the sentence, and one past its last. */
  firstToken: number;
  endToken: number;
}

/** A source cut into sentences and tokens, with offsets into `source.text`. */
export interface Doc {
  source: Source;
  sentences: Sentence[];
  tokens: Token[];
}

export type KindName = 'quantity' | 'duration' | 'date' | 'place' | 'person' | 'quote' | 'statement';

/**
 * A range of numbers. `min`/`max` are null when open ("over 5,000" has no max). `exact` is false
 * for hedged, vague or ranged values ("about 300", "dozens", "30 to 41").
 */
export interface Interval {
  min: number | null;
  max: number | null;
  exact: boolean;
  /** A range or vague amount ("30 to 41", "dozens", "in her 40s") rather than a hedged number. */
  vague?: boolean;
  /** The figure an "about" hedges: 150 in "about 150 metres" (127.5–172.5). */
  around?: number;
}

/** The normalised value of a claim: what claims are compared on. */
export interface ClaimValue {
  /** Numeric kinds: the amount in the base unit (minutes, days since 1970-01-01, units counted). */
  amount?: Interval;
  /** Unit of `amount`: "min", "USD", "percent", "years of age", "people", "day"… */
  unit?: string;
  /**
   * A canonical name: a place id, a person's full name, a quote's speaker; for numeric kinds, what
   * is measured (an outcome such as "dead", a counted noun's stem, a duration's role).
   */
  name?: string;
  /** For a person, the title or role written with the name: "judge", "prime minister"; for a date, the stems of what happened then ("approv bond voter"). */
  role?: string;
  /** For a place said of a person (where they live or were born), whose it is: "raj chohan". */
  owner?: string;
  /** Words, for kinds compared by wording (quote, statement): lower case, in order. */
  words?: string[];
  /** Human form of the value, as compared: "2 h 30 min", "over 5,000 people". */
  display: string;
}

/** One claim a source makes: where it is, what kind, and its normalised value. */
export interface Claim extends Span {
  /** Id of the source the claim comes from. */
  source: string;
  kind: KindName;
  value: ClaimValue;
  /** Index of the sentence holding the claim. */
  sentence: number;
  /**
   * Claims with different keys are never aligned: kind, unit and what is counted or measured
   * ("quantity|people|killed" vs "quantity|people|injured").
   */
  key: string;
  /** Stemmed words around the claim that say what it is about, for alignment. */
  context: string[];
  /**
   * The event the claim belongs to when its sentence ties it to another one than the report's
   * main event (an explicit earlier date: "on March 18"); empty for the main event.
   */
  event: string;
  /** Minutes after midnight of the time of day the claim's sentence gives it ("struck at 7:48 a.m."), if any. */
  clock?: number;
  /** Which matcher produced the claim, for --explain and debugging. */
  rule: string;
  /** Set when the claim stands in its report's title line. */
  title?: true;
}

/** How two or more claims about one fact relate. Only `conflict` makes a divergence. */
export type Relation = 'equal' | 'compatible' | 'more-specific' | 'reworded' | 'conflict';

export type Status = 'agree' | 'diverge' | 'only';

/** Claims of several sources about one fact, and the verdict. */
export interface Finding {
  /** Stable id within the report: "F1", "F2", … in output order. */
  id: string;
  kind: KindName;
  status: Status;
  /** Present when two or more sources carry the fact. */
  relation?: Relation;
  /** Why the verdict, in plain words: "2 h vs 2 h 30 min". */
  reason: string;
  /** Why these claims were put together (shared words, score); for --explain. */
  alignment: string;
  /** Ids of the sources carrying the fact, in source order. */
  sources: string[];
  /** How many wire-copy families those sources fall into: "4 sources, 2 independent". */
  independent?: number;
  claims: ReportClaim[];
}

/** A claim as reported: its place in its source and its normalised value. */
export interface ReportClaim extends Span {
  source: string;
  /** Line and column (1-based) of `start`, for people reading the source. */
  line: number;
  column: number;
  value: ClaimValue;
  rule: string;
  /**
   * The sentence (or run of sentences) the claim stands in, as the text stage cut it: its context.
   * The pipeline adds it once the findings are made.
   */
  sentence?: Range;
}

export interface Summary {
  facts: number;
  agree: number;
  diverge: number;
  only: number;
}

/** A half-open range of UTF-16 offsets into a source text. */
export interface Range {
  start: number;
  end: number;
}

/** One passage two sources print nearly word for word. */
export interface SharedPassage {
  /** Where it is in the first source of the pair, and in the second. */
  a: Range;
  b: Range;
  /** Its length in words. */
  words: number;
}

/** What two sources share word for word (runs of shared word 8-grams). */
export interface SharedText {
  /** The two sources, in source order. */
  sources: [string, string];
  /** Share of each source's words that lie in passages shared with the other, 0 to 1. */
  coverage: [number, number];
  passages: SharedPassage[];
}

/** A source as the report lists it: its metadata, its length, and its text when extracted from HTML. */
export type ReportSource = Omit<Source, 'text'> & { characters: number; text?: string };

/** The whole result of a comparison. */
export interface Report {
  tool: string;
  version: string;
  schemaVersion: number;
  sources: ReportSource[];
  findings: Finding[];
  summary: Summary;
  /**
   * Sources grouped by wire-copy lineage: each family prints one text, so it counts as one
   * independent report. Every source is in exactly one family, in source order.
   */
  families?: string[][];
  /** Pairs of sources that share passages word for word, with those passages. */
  shared?: SharedText[];
  /** Present in `factdiff audit` output. */
  audit?: Audit;
}

/** How one fact is covered across the sources, for `factdiff audit`. */
export interface AuditFact {
  /** Id of the finding. */
  finding: string;
  /** The reading more than half (and two or more) of the fact's sources give, in a run of three or more sources. */
  majority?: string;
  /** Sources whose reading conflicts with the majority. */
  against: string[];
  /** Sources whose cells are marked divergent: those against the majority, else every source of a divergent fact. */
  divergent: string[];
}

/** One source's coverage, for `factdiff audit`. */
export interface SourceAudit {
  source: string;
  /** Facts it carries. */
  carried: number;
  /** Facts no other source carries. */
  alone: number;
  /** Facts where its reading conflicts with the majority. */
  against: number;
}

/** Who carries which fact, who stands alone, and who stands against the rest. */
export interface Audit {
  facts: AuditFact[];
  sources: SourceAudit[];
}

/** A report with its audit, as `factdiff audit` renders it. */
export type AuditedReport = Report & { audit: Audit };

// Every tunable number of the comparison lives here, so its behaviour can be read in one place.

/** How far a hedged number may be from what it says: "about 300" is 300 ± 15 %, as reports round generously ("about 100" for 112). */
export const TOLERANCE = {
  about: 0.15,
  /** "nearly 300" is 270–300. */
  nearly: 0.1,
  /** Cents from which a price is a whole sum less a little ("$99.99"), which reports also write "$99" or "$100". */
  charmCents: 95,
};

export const ALIGN = {
  /** Least context similarity for two claims with the same value and key to be one fact. */
  equal: 0.1,
  /** Least context similarity for a conflict when one claim does not say what it measures… */
  conflictUnnamed: 0.5,
  /** …and least number of terms their contexts share: one shared name is chance. */
  conflictUnnamedTerms: 2,
  /** Least context similarity for two counts of one named thing (an outcome, a noun) to conflict. */
  conflictSharedContext: 0.05,
  /** Least context similarity for two claims with compatible values to be one fact. */
  compatible: 0.12,
  /** Least context similarity for two claims with conflicting values to be one fact. */
  conflict: 0.3,
  /** Least similarity of two statements' wording for them to be one fact. */
  statement: 0.28,
  /** Two long clauses sharing this many words are one fact from a lower similarity… */
  statementManySharedWords: 5,
  /** …this one: the rest of each clause only dilutes their cosine. */
  statementManyShared: 0.2,
  /** …as are two clauses sharing at least this share of the shorter one's distinct terms. */
  statementContained: 0.5,
  /** Least number of distinct terms two statements share to be one fact… */
  statementSharedTerms: 3,
  /** …of which at least this many are words rather than places ("Russia", "Ukraine" are in every clause). */
  statementSharedWords: 2,
  /** Most words of a clause's attribution ("…, a spokesman for the fire service said"), left out of what it is compared on. */
  attributionWords: 8,
  /** A clause with more of its words inside quotation marks than this is left to the quote kind. */
  statementQuoted: 0.75,
  /** Least wording similarity for two quotes of one speaker to be the same remark. */
  quote: 0.5,
  /**
   * Quotes of at least this many words, of this wording similarity or more (the shorter nearly
   * word for word in the longer), are one remark even when their speakers are read as two people.
   */
  quoteVerbatimWords: 6,
  quoteVerbatim: 0.9,
  /**
   * Affinity of two durations of one specific role (a meeting's length, a "30-day ceasefire"):
   * sharing that role is itself evidence that they measure one thing.
   */
  sharedRole: 0.3,
  /** …but two lengths more than this many times apart are of two things, unless their contexts match. */
  roleConflictSpread: 2,
  /** Affinity of two counts of one noun ("37 roads", "dozens of roads"): enough to agree, not to diverge. */
  sharedNoun: 0.15,
  /** Least count or measure that two reports of one event seldom share by chance, whatever they count it in. */
  rareFigure: 20,
  /** Significant digits that make an exact figure one fact across the periods its sentences name ("$43,885,310"). */
  preciseFigureDigits: 4,
  /** A value more than this many times beyond a one-sided bound ("as many as 20,000", "3") is of another thing. */
  boundReach: 4,
  /** Two counts of a common noun more than this many times apart are of two things… */
  commonNounConflictSpread: 3,
  /** …unless their contexts are at least this alike: one sentence with two figures. */
  farApartAlike: 0.85,
  /** Two tallies with no side in common conflict only when each side is this close (or this share of it): "65-53" and "66-52". */
  tallySlack: 2,
  tallySlackShare: 0.1,
  /** Discount on the context similarity of two values that name different things. */
  namedApart: 0.5,
  /** Discount on the affinity of an ordinal and a count ("the fifth round", "five rounds"): one may be the last of the other, but an ordinal pairs with an ordinal first. */
  ordinalApart: 0.8,
  /** Bonus that makes an agreeing pairing win over a conflicting one of equal similarity. */
  agreementBonus: 0.05,
  /** …and a reading with equal values over one that is merely compatible ("84 months" = "7 years" before "a few years"). */
  equalBonus: 0.1,
  /** Weight of context similarity in a pair's score: only orders pairs of equal affinity. */
  similarityTieBreak: 1e-3,
  /** Two conflicting values in contexts at least this alike are one fact, even where a source states both values. */
  retoldAlike: 0.85,
  /** Times of day (of two values' sentences) further apart than this are of two happenings: "struck at 7:48 a.m." and "at 4:43 a.m.". */
  otherMomentMinutes: 60,
  /** Words either side of a value that are read as its context. */
  window: 6,
};

export const PLACE = {
  /**
   * Two cities closer than this may be one within the other ("the Bronx", "New York City") or
   * one area: named for one role, they agree; farther apart, they conflict.
   */
  sameAreaKm: 100,
};

/** Two spellings of one name differ by a typo when this close (Jaro-Winkler). */
export const NAME_SPELLING = { similarity: 0.85, maxEdits: 2 };

/** A line is a headline when at least this many of its words of four letters or more, and this share of them, are capitalised. */
export const HEADLINE = { minWords: 3, capitalised: 0.8 };

export const LINEAGE = {
  /** Words in a shingle: two sources sharing a run this long print one text, not one fact. */
  ngram: 8,
  /**
   * Two sources are one family when passages they share word for word cover more than this share
   * of either one's words. A quote two reporters both took down (10–20 words) stays far below it.
   */
  coverage: 0.3,
};

/** How `factdiff batch` groups articles into events (src/batch/group.ts). */
export const GROUPING = {
  /** Share of an article pair's similarity each channel gives: its words, the names it writes, its figures. */
  channels: { words: 0.4, names: 0.4, figures: 0.1, dates: 0.1 },
  /** Factor on the similarity of two articles that each name years, none of them shared: likely two events. */
  yearsApart: 0.5,
  /** Power of the inverse document frequency: above 1, rare features (one event's names) weigh more against a topic's common ones. */
  idfPower: 3,
  /** Least mean similarity between two groups' articles for them to be one event (average link). */
  threshold: 0.11,
  /** Similarities below this are left out of the graph: too weak to ever join two articles. */
  floor: 0.08,
};

/** How a claim is shown in its sentence ("in context"). */
export const CONTEXT = {
  /** A sentence longer than this many characters is cut around its claims, never inside them. */
  sentenceChars: 220,
};

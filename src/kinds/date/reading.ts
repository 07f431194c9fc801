/** A date, time or moment found in a sentence, before it becomes a claim. */
export interface DateReading {
  from: number;
  to: number;
  /**
   * Interval in the key's unit (days since 1970-01-01; minutes after midnight for a time; the
   * minute of a match) when resolved; absent when the date can only be compared as written.
   */
  days?: [number, number];
  /** The date as written, normalised: "March 18", "Monday", "last week". */
  name: string;
  rule: string;
  /** The words it is shown in, when they say more than its name: "Thursday morning" for "morning". */
  written?: string;
  /** Alignment key when not a calendar date: 'date|time', 'date|minute', 'date|clock'. */
  key?: string;
}

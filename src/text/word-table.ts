/**
 * A table looked up with words of the text. It has no prototype, so a report saying
 * "constructor", "toString" or "valueOf" finds nothing in it, not one of Object's own functions.
 * The object given becomes the table (no copy: the gazetteer's thousands of names load at start).
 */
export const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.setPrototypeOf(entries, null);

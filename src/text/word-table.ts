/**
 * A table looked up with words of the text. It has no prototype, so a report saying
 * "constructor", "toString" or "valueOf" finds nothing in it, not one of Object's own functions.
 */
export const wordTable = <T>(entries: Record<string, T>): Readonly<Record<string, T>> => Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

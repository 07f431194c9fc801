/** Items by key: each list in the items' order, the keys in the order first met. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * How many distinct terms of `a` are also in `b` (and pass `counts`). Term lists hold a few dozen
 * terms, so plain loops do; this runs for candidate pairs and allocates nothing.
 */
export function countSharedTerms(a: readonly string[], b: readonly string[], counts: (term: string) => boolean = () => true): number {
  let shared = 0;
  for (let i = 0; i < a.length; i++) if (a.indexOf(a[i]) === i && b.includes(a[i]) && counts(a[i])) shared++;
  return shared;
}

/** The number of a key among those met so far in `numbers`; a new key gets the next one. */
export function numberOf<K>(numbers: Map<K, number>, key: K): number {
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size));
  return n;
}

/**
 * One frozen copy of each distinct list of words: `share(list)` gives the first list equal to it
 * that it was given. Syndicated copy repeats whole sentences, and a thousand reports of one event
 * then hold a few hundred distinct lists, not a hundred thousand.
 */
export function listSharer(): (list: string[]) => string[] {
  const lists = new Map<string, string[]>();
  return (list) => {
    const key = list.join('\u0000');
    const shared = lists.get(key);
    if (shared === undefined) {
      lists.set(key, Object.freeze(list) as string[]);
      return list;
    }
    // A text holding U+0000 could give two lists one key: only an equal list is shared.
    return shared.length === list.length && shared.every((word, i) => word === list[i]) ? shared : list;
  };
}

/** One copy of each distinct string: `share(text)` gives the first string equal to it that it was given. */
export function stringSharer(): (text: string) => string {
  const strings = new Map<string, string>();
  return (text) => strings.get(text) ?? (strings.set(text, text), text);
}

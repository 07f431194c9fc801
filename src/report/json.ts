import type { Report } from '../types';

/**
 * A list in an item of a top-level list that is longer than this ("claims" of a fact a thousand
 * reports carry) is written in runs of its elements too.
 */
const STREAMED_FROM = 64;
/** Elements of a long list written by one call of JSON.stringify: its cost is per call as much as per byte. */
const RUN = 64;

/**
 * The report as JSON, two-space indented, ending in a newline, in pieces: one per element of its
 * top-level lists (findings, shared passages) and one per run of elements of a long list inside
 * one of them (the claims and sources of a fact a thousand reports carry), so a report of a
 * thousand sources is written out without ever being one 100 MB string, nor strings of megabytes
 * that the collector frees late. The pieces joined are JSON.stringify(report, null, 2).
 */
export function* jsonPieces(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) {
        yield* itemPieces(key, item);
        yield j < value.length - 1 ? ',\n' : '\n';
      }
      yield `  ]${end}`;
    } else yield `${JSON.stringify({ [key]: value }, null, 2).slice(2, -2)}${end}`;
  }
  yield '}\n';
}

/** An item of the top-level list `key`: whole, or around its long lists, element by element. */
function* itemPieces(key: string, item: object): Generator<string> {
  const long = Object.entries(item).filter(([, v]) => Array.isArray(v) && v.length > STREAMED_FROM) as Array<[string, unknown[]]>;
  if (long.length === 0) {
    yield nested([key], [item]);
    return;
  }
  // The item with a stand-in for each long list, cut where each stand-in stands.
  let rest = nested([key], [{ ...item, ...Object.fromEntries(long.map(([name]) => [name, standIn(name)])) }]);
  for (const [name, list] of long) {
    const mark = JSON.stringify(standIn(name));
    const before = rest.slice(0, rest.indexOf(mark));
    const indent = /\n( *)[^\n]*$/.exec(before)![1];
    yield `${before}[\n`;
    for (let j = 0; j < list.length; j += RUN) yield `${nested([key, name], list.slice(j, j + RUN))}${j + RUN < list.length ? ',\n' : '\n'}`;
    yield `${indent}]`;
    rest = rest.slice(before.length + mark.length);
  }
  yield rest;
}

/** Stands for a list while its item is written: control characters no report's text holds as a whole string. */
const standIn = (name: string) => `\u0000\u0001${name}\u0001\u0000`;

/**
 * Values one after another in the list at the end of a path of lists (["findings", "claims"]:
 * claims of a finding), indented for that depth and parted by commas as in the whole report.
 * JSON.stringify indents them inside a wrapper ({ findings: [{ claims: values }] }) whose own
 * lines are cut off: natively, at the speed of one call, where re-indenting every line of 100 MB
 * would not be.
 */
function nested(path: string[], values: unknown[]): string {
  const wrap = (list: unknown[]) => path.reduceRight<unknown[]>((inner, key) => [{ [key]: inner }], list)[0];
  const { head, tail } = wrapperOf(path, wrap);
  const text = JSON.stringify(wrap(values), null, 2);
  return text.slice(head, text.length - tail);
}

/** How many characters of a path's wrapper stand before and after the value, worked out once per path. */
const wrappers = new Map<string, { head: number; tail: number }>();
function wrapperOf(path: string[], wrap: (list: unknown[]) => unknown): { head: number; tail: number } {
  const id = path.join('\u0000');
  let known = wrappers.get(id);
  if (!known) {
    // The wrapper around a one-character value, which starts a line (after its indentation) and
    // is followed only by the structure's brackets.
    const text = JSON.stringify(wrap([0]), null, 2);
    const value = text.lastIndexOf('0');
    wrappers.set(id, (known = { head: text.lastIndexOf('\n', value) + 1, tail: text.length - value - 1 }));
  }
  return known;
}

export const renderJson = (report: Report): string => [...jsonPieces(report)].join('');

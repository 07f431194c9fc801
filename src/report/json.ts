import type { Report } from '../types';

/**
 * The report as JSON, two-space indented, ending in a newline, in pieces: one per element of its
 * top-level lists (findings, shared passages), so a report of a thousand sources is written out
 * without ever being one 100 MB string. The pieces joined are JSON.stringify(report, null, 2).
 */
export function* jsonPieces(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const end = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) yield* [asListItem(key, item), j < value.length - 1 ? ',\n' : '\n'];
      yield `  ]${end}`;
    } else yield `${JSON.stringify({ [key]: value }, null, 2).slice(2, -2)}${end}`;
  }
  yield '}\n';
}

/**
 * One item of a top-level list, indented as it stands in the report. JSON.stringify indents it
 * inside a wrapper ({ key: [item] }) whose own lines are cut off: natively, at the speed of one
 * call, where re-indenting every line of 100 MB would take seconds.
 */
function asListItem(key: string, item: unknown): string {
  const text = JSON.stringify({ [key]: [item] }, null, 2);
  return text.slice(`{\n  ${JSON.stringify(key)}: [\n`.length, -'\n  ]\n}'.length);
}

export const renderJson = (report: Report): string => [...jsonPieces(report)].join('');

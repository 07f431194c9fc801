import type { Style } from '../report/style';
import { compareEvents, batchResult, type GroupedEvent } from './events';
import { batchJsonPieces, eventLine, renderBatchTable } from './render';
import { eventFile, eventPage, renderBatchIndex } from './html';
import type { BatchEvent } from './types';

export { groupEvents, type GroupedEvent } from './events';
export { groupArticles } from './group';
export { articlesFromJsonLines, expandBatchInputs } from './inputs';
export type { BatchEvent, BatchResult, BatchSource } from './types';

/** Output formats of `factdiff batch`; html writes a folder. */
export const BATCH_FORMATS = ['table', 'json', 'jsonl', 'html'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export interface BatchRenderOptions {
  style: Style;
  width: number;
  /** Told of each event once compared, in the order compared (progress, exit code). */
  compared?: (event: BatchEvent, done: number, total: number) => void;
}

/** The events compared one by one, each told to `compared`. */
function* comparedEvents(grouped: GroupedEvent[], options: BatchRenderOptions): Generator<BatchEvent> {
  let done = 0;
  for (const event of compareEvents(grouped)) {
    options.compared?.(event, ++done, grouped.length);
    yield event;
  }
}

/**
 * A batch's output in a stream format, in pieces: for jsonl one line per event as soon as it is
 * compared; for json and table, once every event is, sorted most-covered and most-divergent first.
 */
export function* batchPieces(grouped: GroupedEvent[], format: Exclude<BatchFormat, 'html'>, options: BatchRenderOptions): Generator<string> {
  if (format === 'jsonl') {
    for (const event of comparedEvents(grouped, options)) yield eventLine(event);
    return;
  }
  const result = batchResult([...comparedEvents(grouped, options)]);
  if (format === 'json') yield* batchJsonPieces(result);
  else yield renderBatchTable(result, options.style, options.width);
}

/** The files of an HTML batch, as [name, content]: one offline report per event as compared, then index.html. */
export function* batchHtmlFiles(grouped: GroupedEvent[], options: BatchRenderOptions): Generator<[string, string]> {
  const texts = new Map(grouped.map((e) => [e.id, Object.fromEntries(e.articles.map((a) => [a.id, a.text]))]));
  const events: BatchEvent[] = [];
  for (const event of comparedEvents(grouped, options)) {
    events.push(event);
    yield [eventFile(event), eventPage(event, texts.get(event.id)!)];
  }
  yield ['index.html', renderBatchIndex(batchResult(events))];
}


import type { Source } from '../types';
import { shorten } from '../report/cells';
import type { ArticleProfile } from './profile';

/** Words in an event's label. */
const LABEL_WORDS = 5;
/** Longest label, in characters. */
const LABEL_CHARS = 60;

/** An article's title: as the input gave it, else its first line (its headline or first sentence). */
export const titleOf = (source: Pick<Source, 'text' | 'title'>) => shorten(source.title ?? source.text.trimStart().split('\n', 1)[0], LABEL_CHARS);

/**
 * How many articles of a batch write each stem, so a label prefers an event's own words
 * ("Tabar", "pirates") to words every event writes ("police", "year").
 */
export function stemSpread(profiles: ArticleProfile[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const p of profiles) for (const stem of p.words.keys()) spread.set(stem, (spread.get(stem) ?? 0) + 1);
  return spread;
}

/**
 * A short label for an event of several articles: the content words that at least half of them
 * write, those rarest elsewhere in the batch first, each as first written; for one article (or
 * when no word is that shared), the first article's title.
 */
export function eventLabel(articles: Array<Pick<Source, 'text' | 'title'>>, profiles: ArticleProfile[], batch: { spread: Map<string, number>; size: number }): string {
  if (articles.length === 1) return titleOf(articles[0]);
  const inEvent = stemSpread(profiles);
  // Shared in the event, rare in the batch: a word every article of the batch writes scores 0.
  const score = (stem: string) => inEvent.get(stem)! * Math.log((1 + batch.size) / batch.spread.get(stem)!);
  // Among words as shared and as rare, those the articles repeat most ("flood" over "corner").
  const uses = (stem: string) => profiles.reduce((n, p) => n + (p.words.get(stem) ?? 0), 0);
  const best = [...inEvent.keys()]
    .filter((stem) => inEvent.get(stem)! * 2 >= articles.length)
    .sort((a, b) => score(b) - score(a) || uses(b) - uses(a) || (a < b ? -1 : 1))
    .slice(0, LABEL_WORDS)
    .map((stem) => profiles.find((p) => p.written.has(stem))!.written.get(stem)!);
  return best.length ? shorten(best.join(' '), LABEL_CHARS) : titleOf(articles[0]);
}

import type { Source } from '../types';
import { GROUPING } from '../thresholds';
import { profileOf, type ArticleProfile } from './profile';
import { postingsOf, type Postings } from './vectors';
import { averageLink, type Link } from './cluster';

type Channel = keyof typeof GROUPING.channels;
const CHANNELS = Object.keys(GROUPING.channels) as Channel[];

/** Whether two articles name years and share none of them: "the 2008 quake" against "the 2013 quake". */
function yearsApart(a: ArticleProfile, b: ArticleProfile): boolean {
  if (a.years.size === 0 || b.years.size === 0) return false;
  for (const year of a.years) if (b.years.has(year)) return false;
  return true;
}

/**
 * The similarity of every pair of articles that share a feature, each channel's cosine weighted
 * by its share. Article by article: the dot products of one article with every later one are
 * summed in one scratch row, so memory grows with the links kept, not with the pairs.
 */
function linksOf(profiles: ArticleProfile[], channels: Record<Channel, Postings>): Link[] {
  const n = profiles.length;
  const row = new Float64Array(n);
  const touched = new Int32Array(n);
  const links: Link[] = [];
  for (let a = 0; a < n; a++) {
    let reached = 0;
    for (const channel of CHANNELS) {
      const share = GROUPING.channels[channel];
      const { articles, weights } = channels[channel];
      const { features, places } = channels[channel].ofArticle[a];
      for (let f = 0; f < features.length; f++) {
        const [list, listWeights] = [articles[features[f]], weights[features[f]]];
        const weight = share * listWeights[places[f]];
        // Lists are in article order: the articles after a follow its own place.
        for (let p = places[f] + 1; p < list.length; p++) {
          if (row[list[p]] === 0) touched[reached++] = list[p];
          row[list[p]] += weight * listWeights[p];
        }
      }
    }
    const later = touched.subarray(0, reached).sort();
    for (const b of later) {
      const similarity = row[b] * (yearsApart(profiles[a], profiles[b]) ? GROUPING.yearsApart : 1);
      if (similarity >= GROUPING.floor) links.push({ a, b, similarity });
      row[b] = 0;
    }
  }
  return links;
}

/**
 * Articles grouped into events: lists of indices into `sources`, each in increasing order, the
 * lists by their first article. Every article is in exactly one event. Deterministic, with no
 * number of events given and fixed thresholds (GROUPING).
 */
export function groupArticles(sources: Array<Pick<Source, 'text' | 'title'>>): number[][] {
  return groupProfiles(sources.map(profileOf));
}

/** Articles grouped into events by their profiles, as groupArticles. */
export function groupProfiles(profiles: ArticleProfile[]): number[][] {
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, postingsOf(profiles.map((p) => p[c]), GROUPING.idfPower)])) as Record<Channel, Postings>;
  return averageLink(profiles.length, linksOf(profiles, channels), GROUPING.threshold);
}

/**
 * TF-IDF vectors of one channel of features over a set of articles: each article's features
 * weighted by (1 + log count) × log(articles / articles with the feature), to unit length. A
 * feature only one article has links no two articles and is dropped.
 */
export interface Postings {
  /** For each feature, the articles that have it and its weight in each (unit-length vectors). */
  articles: Int32Array[];
  weights: Float64Array[];
  /** For each article, its features (ids) and its place in each feature's list. */
  ofArticle: Array<{ features: Int32Array; places: Int32Array }>;
}

/** The postings of a channel: `counts[i]` is article i's features and their counts. */
export function postingsOf(counts: Array<Map<string, number>>, idfPower = 1): Postings {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  for (const features of counts) {
    for (const feature of features.keys()) {
      const id = ids.get(feature) ?? ids.set(feature, ids.size).get(feature)!;
      frequency[id] = (frequency[id] ?? 0) + 1;
    }
  }
  const idf = frequency.map((df) => (df > 1 ? Math.log(counts.length / df) ** idfPower : 0));
  const lists: Array<Array<[number, number]>> = frequency.map(() => []);
  counts.forEach((features, article) => {
    const weighted = [...features].map(([feature, n]) => [ids.get(feature)!, (1 + Math.log(n)) * idf[ids.get(feature)!]] as const);
    const length = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
    for (const [id, w] of weighted) if (w > 0) lists[id].push([article, w / length]);
  });
  const ofArticle = counts.map(() => ({ features: [] as number[], places: [] as number[] }));
  lists.forEach((list, feature) =>
    list.forEach(([article], place) => {
      ofArticle[article].features.push(feature);
      ofArticle[article].places.push(place);
    }),
  );
  return {
    articles: lists.map((list) => Int32Array.from(list, ([article]) => article)),
    weights: lists.map((list) => Float64Array.from(list, ([, w]) => w)),
    ofArticle: ofArticle.map(({ features, places }) => ({ features: Int32Array.from(features), places: Int32Array.from(places) })),
  };
}

// B-cubed precision, recall and F1 of a grouping against gold labels (Bagga & Baldwin 1998):
// for each item, the share of its predicted group that shares its gold label (precision) and the
// share of its gold group that is in its predicted group (recall), averaged over items.

/** `predicted` and `gold` map each item to its group's label; both must hold the same items. */
export function bcubed(predicted, gold) {
  const members = (labels) => {
    const groups = new Map();
    for (const [item, label] of labels) groups.set(label, [...(groups.get(label) ?? []), item]);
    return groups;
  };
  const [byPredicted, byGold] = [members(predicted), members(gold)];
  let [precision, recall] = [0, 0];
  for (const [item, label] of predicted) {
    const mine = byPredicted.get(label);
    const truth = byGold.get(gold.get(item));
    const both = mine.filter((other) => gold.get(other) === gold.get(item)).length;
    precision += both / mine.length;
    recall += both / truth.length;
  }
  const [p, r] = [precision / predicted.size, recall / predicted.size];
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r), groups: byPredicted.size, goldGroups: byGold.size };
}

/** The articles of a corpus folder (../shared/corpus/ecb or basil): path → cluster folder, sorted by path. */
export async function corpusArticles(folder) {
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const articles = new Map();
  for (const cluster of readdirSync(folder).sort()) {
    const dir = join(folder, cluster);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) if (file.endsWith('.txt')) articles.set(join(dir, file), cluster);
  }
  return articles;
}

export const formatScore = ({ precision, recall, f1, groups, goldGroups }) =>
  `B-cubed precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)} (${groups} groups, ${goldGroups} in the gold)`;

import { STOPWORDS } from '../text/context';

// How much of a text is read to judge it: enough words for a share, cheap on a 10 MB file.
const SAMPLE_CHARS = 1500;
/** Fewer words than this say too little about the language ("Fire. 3 dead."). */
const MIN_WORDS = 30;
/** English news runs near 0.4 of function words ("the", "of", "said"); other languages near 0. */
const MIN_ENGLISH_SHARE = 0.12;
/** Longer than this without a full stop, the text is most likely not cut into sentences. */
const MIN_UNPUNCTUATED = 500;

/** Share of a text's first words that are English function words; undefined when too short to tell. */
export function englishShare(text: string): number | undefined {
  // Runs of letters, so a language written without spaces counts as a few long words.
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (words.length < MIN_WORDS && letters < MIN_WORDS * 5) return undefined;
  return words.filter((w) => STOPWORDS.has(w)).length / words.length;
}

/** What a reader should know about a text before trusting its findings. */
export function textWarnings(path: string, text: string): string[] {
  if (!text.trim()) return [`${path}: ${text ? 'holds only white space' : 'is empty'}; it carries no claims`];
  const warnings: string[] = [];
  const share = englishShare(text);
  if (share !== undefined && share < MIN_ENGLISH_SHARE) warnings.push(`${path}: does not look like English; factdiff reads English, so few claims will be found`);
  if (text.length >= MIN_UNPUNCTUATED && !/[.!?…。？！]/u.test(text)) warnings.push(`${path}: has no sentence punctuation; each line is read as one sentence`);
  return warnings;
}

/** Sources given twice, or two files of one text: compared all the same, but worth a word. */
export function duplicateWarnings(sources: Array<{ path: string; text: string }>): string[] {
  const first = new Map<string, string>();
  const warnings: string[] = [];
  for (const { path, text } of sources) {
    const earlier = first.get(text);
    if (earlier === undefined) first.set(text, path);
    else warnings.push(earlier === path ? `${path}: given twice; comparing it with itself` : `${path}: has the same text as ${earlier}; comparing them all the same`);
  }
  return warnings;
}

import JaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js');
import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import { NAME_SPELLING } from '../thresholds';

/** Two spellings of a name that differ by a typo: "Giorgia"/"Georgia", "Brevik"/"Brevick", "Paris"/"Parris". */
export const typoApart = (x: string, y: string) => JaroWinkler(x, y) >= NAME_SPELLING.similarity && LevenshteinDistance(x, y) <= NAME_SPELLING.maxEdits;

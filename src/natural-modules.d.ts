// natural's root module loads database clients and takes about a second; factdiff loads only the
// submodules it uses, whose files ship no declarations of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function LevenshteinDistance(source: string, target: string): number;
}

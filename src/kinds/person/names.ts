import type { Sentence, Token } from '../../types';
import { PLACE_NOUNS, placeAt } from '../place';
import { MONTHS, WEEKDAYS } from '../../normalise/dates';
import { STOPWORDS } from '../../text/context';
import { startsUpper } from '../../text/tokens';
import { isNumberWord } from '../../normalise/numbers';
import { isGivenName } from './given-names';
import { HEADLINE } from '../../thresholds';

// Words for a relative written before a name: "his brother Vitali", "daughter Ivanka Trump".
const KIN = new Set(
  (
    'brother sister son daughter wife husband father mother uncle aunt nephew niece cousin grandson granddaughter ' +
    'grandfather grandmother widow widower stepson stepdaughter stepfather stepmother'
  ).split(' '),
);
// Titles and roles written before a name. Multi-word titles are matched word by word.
const TITLES = new Set([
  ...KIN,
  ...(
    'president vice prime minister chancellor premier pope king queen prince princess emperor sheikh ' +
    'secretary senator sen rep representative congressman congresswoman governor gov mayor judge justice ' +
    'mr mrs ms miss dr prof professor general gen lt lieutenant colonel col major maj captain capt sergeant sgt ' +
    'officer detective det inspector chief commissioner superintendent supt sheriff deputy ambassador ' +
    'spokesman spokeswoman spokesperson director chairman chairwoman chair ceo executive coach manager striker leader ' +
    'midfielder defender goalkeeper forward substitute captain winger defendant prosecutor attorney lawyer councillor councilman councilwoman ' +
    'first lady press state foreign defense defence interior justice finance health home ' +
    'insp owner resident witness neighbour neighbor victim suspect survivor pilot driver teacher nurse ' +
    'speaker whip majority minority counsel special agent agents acting democrat republican official'
  ).split(' '),
]);
// Words that end organisations, buildings and events rather than people's names; a given name that
// is also such a word opens a person's name ("Bill Ingram", not "the Farm Bill").
const NOT_NAMES = new Set(
  (
    'house office garden commission council committee party ministry department agency news post times ' +
    'alliance front movement coalition bloc democrats republicans greens conservatives liberals labour socialists ' +
    'bar pub restaurant cafe hotel inn tavern mosque temple synagogue academy institute foundation museum theatre ' +
    'theater arena park market mall port base camp prison jail clinic bureau service trust fund side ' +
    'hurricane storm typhoon cyclone tornado coast gulf fort ft mount mt bay island islands beach harbor harbour ' +
    'university college school court force forces army navy union church street avenue road square ' +
    'airport station hospital bank group company corporation corp inc ltd llc plc club league cup fc united city ' +
    'county district state states republic kingdom province region valley river lake mountain bridge ' +
    'social media network twitter facebook truth day week year war summit talks treaty act bill law ' +
    'stadium center centre hall tower building parliament senate assembly congress government administration ' +
    'creek canyon springs heights village township borough junction highway motorway freeway boulevard ' +
    'rail railway railways airlines airways transit metro motors energy holdings technologies systems logistics pharmaceuticals ' +
    'magistrates jewellers jewelers bakery pharmacy store stores supermarket shop ' +
    'staff reporter reporters writer correspondent editor columnist contributor fire wildfire blaze ' +
    'award awards prize prizes trophy medal survey press foods facilities bowl games festival series ' +
    'central northern southern eastern western greater metro metropolitan upper lower inner outer police constabulary ' +
    'catholic protestant orthodox christian muslim islamic jewish baptist methodist lutheran anglican episcopal presbyterian'
  ).split(' '),
);
// Prepositions, conjunctions and adverbs that open a sentence ("Despite Trump saying …"), never a name.
const OPENERS = new Set(
  (
    'despite plus although though because since unlike like amid among against after before during following ' +
    'meanwhile however yet still besides including without within toward towards regarding via except unless ' +
    'until whether once upon beyond behind across along around throughout near instead'
  ).split(' '),
);
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'el', 'dos', 'das']);

// A capitalised word or an initial; "I" is the pronoun, never an initial.
const isCap = (t: Token | undefined) => !!t && startsUpper(t.text) && (/^\p{Lu}\p{Ll}/u.test(t.text) || (/^\p{Lu}\.?$/u.test(t.text) && t.text !== 'I'));
const isRoman = (t: Token) => /^[IVX]+$/.test(t.text) && t.text.length <= 4;
const isCalendar = (t: Token) => t.norm in MONTHS || WEEKDAYS.includes(t.norm);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/**
 * "a gray 2013 Toyota Camry", "the 2012 London Olympics": a name that a determiner and a year
 * come before is a model or an edition; a person's name takes no year ("in 2013 Ann Lee said").
 */
function namesAModelYear(tokens: Token[], i: number, start: number): boolean {
  const year = tokens[i - 1];
  if (i - 2 < start || !year || !/^(1[89]|20)\d\d$/.test(year.text)) return false;
  return DETERMINERS.has(tokens[i - 2].norm) || (i - 3 >= start && /^\p{Ll}/u.test(tokens[i - 2].text) && DETERMINERS.has(tokens[i - 3].norm));
}

// Roles only a person holds, written after a name: "Fauzi, an official of the agency".
const PERSON_ROLES = new Set(
  'official spokesman spokeswoman spokesperson resident witness survivor teacher nurse pilot driver officer detective lawyer attorney prosecutor victim suspect neighbour neighbor'.split(' '),
);
const ROLE_REACH = 3;

/**
 * "Fauzi, an official of the local agency", "Mardi, a local resident": one word is a name when
 * the words after it say that someone is meant, as many people go by a single name.
 */
function introducedAsSomeone(tokens: Token[], j: number, end: number): boolean {
  if (tokens[j]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[j + 1]?.norm ?? '')) return false;
  return tokens.slice(j + 2, Math.min(end, j + 2 + ROLE_REACH)).some((t) => PERSON_ROLES.has(t.norm));
}

// "in New York State", "across Washington State": after these, a state's name and "State" name the state.
const IN_A_STATE = new Set(['in', 'of', 'across', 'throughout', 'upstate']);

/**
 * "a semifinal against Indiana State", "Ohio State's coach": a US state's name and "State", and
 * no more, name the state's university (its team), unless a preposition makes it the state.
 */
function namesAStateSchool(tokens: Token[], i: number, j: number, start: number): boolean {
  if (tokens[j - 1].norm.replace(/['’]s$/, '') !== 'state' || (i > start && IN_A_STATE.has(tokens[i - 1].norm))) return false;
  const place = placeAt(tokens, i, j);
  return !!place && place.id.startsWith('state:US:') && place.to === j - 1;
}

/** The most words a name has: "Ursula von der Leyen". */
const MAX_WORDS = 4;

export interface NameMatch {
  /** Tokens [from, to) of the name itself, without its title. */
  from: number;
  to: number;
  /** Lower-case title words before it: "prime minister". */
  title: string;
  /** The name's words as written. */
  words: string[];
  /** Introduced as someone's relative: "his brother Louis Gigante". */
  relative: boolean;
  /** A name never shortened to its last word: "Indiana State" is not "State". */
  whole?: boolean;
}

/** Reads a title run ending just before token i: "Italian Prime Minister", "Rep.". */
function titleBefore(tokens: Token[], i: number, start: number): string {
  const words: string[] = [];
  for (let k = i - 1; k >= start && (TITLES.has(tokens[k].norm.replace(/\.$/, '')) || tokens[k].text === '.'); k--) {
    if (tokens[k].text !== '.') words.unshift(tokens[k].norm.replace(/\.$/, ''));
  }
  return words.join(' ');
}

/**
 * A person's name starting at token i: two or more capitalised words (particles such as "von der"
 * and initials allowed), or a single word after a title ("Pope Leo XIV", "Judge Marsh").
 */
export function nameAt(tokens: Token[], i: number, start: number, end: number): NameMatch | null {
  const first = tokens[i];
  if (!isCap(first) || TITLES.has(first.norm.replace(/\.$/, '')) || STOPWORDS.has(first.norm) || OPENERS.has(first.norm) || isCalendar(first) || isNumberWord(first.norm) || namesAModelYear(tokens, i, start)) return null;
  let j = i;
  const words: string[] = [];
  // Past MAX_WORDS it is no name: stopping there keeps a long run of capitals ("Alpha Beta Gamma …") linear.
  while (j < end && words.length <= MAX_WORDS) {
    const t = tokens[j];
    // A title word ends a name as its surname ("Judge Robert King"), never starts one.
    const surnameLike = words.length > 0 && !isCap(tokens[j + 1]);
    if (isCap(t) && (!TITLES.has(t.norm) || surnameLike) && !isCalendar(t)) words.push(t.text);
    else if (PARTICLES.has(t.norm) && words.length && (isCap(tokens[j + 1]) || PARTICLES.has(tokens[j + 1]?.norm ?? ''))) words.push(t.text);
    else if (isRoman(t) && words.length) words.push(t.text);
    else if (t.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1].text)) words[words.length - 1] += '.';
    else break;
    j++;
    // "Mira Castellan's Progressive Alliance": a possessive ends the name.
    if (/['’]s$/.test(t.text)) break;
  }
  const title = titleBefore(tokens, i, start);
  const trimmed = words.map((w) => w.replace(/['’]s$/, ''));
  if (!trimmed.length || trimmed.length > MAX_WORDS) return null;
  if (namesAStateSchool(tokens, i, j, start)) return { from: i, to: j, title: '', words: trimmed, relative: false, whole: true };
  if (trimmed.some((w, k) => NOT_NAMES.has(w.toLowerCase()) && !(k === 0 && trimmed.length > 1 && isGivenName(w.toLowerCase())))) return null;
  // A word that ends a place's name ends no person's: "the Tasman Saddle Hut".
  if (trimmed.length > 1 && PLACE_NOUNS.has(trimmed[trimmed.length - 1].toLowerCase())) return null;
  if (trimmed.length === 1 && !title && !introducedAsSomeone(tokens, j, end)) return null;
  // A place is not a person, unless a title says so ("Prime Minister Georgia Meloni"); a name
  // that only begins with a town's is a person's ("Warren Buffett").
  const place = title ? null : placeAt(tokens, i, end);
  if (place && (place.to >= j || !place.id.startsWith('city:'))) return null;
  if (!title && i === start && trimmed.length < 2 && !introducedAsSomeone(tokens, j, end)) return null;
  return { from: i, to: j, title, words: trimmed, relative: KIN.has(title.split(' ').pop()!) };
}

/**
 * A headline: a line in Title Case ("Alabama Republicans Defend Roy Moore") with no full stop. Its
 * capitals say nothing of names. A byline ("By Elena Varga, Staff Reporter") is no headline.
 */
export function isHeadline(tokens: Token[], s: Sentence): boolean {
  let end = s.endToken;
  while (end > s.firstToken && /^["”’')\]]+$/.test(tokens[end - 1].text)) end--;
  if (end === s.firstToken || /[.!?…]['"”’)\]]*$/.test(tokens[end - 1].text) || tokens[s.firstToken].norm === 'by') return false;
  const words = tokens.slice(s.firstToken, s.endToken).filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length >= HEADLINE.minWords && words.filter((t) => startsUpper(t.text)).length >= HEADLINE.capitalised * words.length;
}

/** A name given elsewhere in full, written at token i: how a headline names someone. */
export function knownNameAt(tokens: Token[], i: number, end: number, known: string[][]): NameMatch | null {
  const words = known.find((w) => i + w.length <= end && w.every((word, k) => tokens[i + k].text.replace(/['’]s$/, '') === word));
  return words ? { from: i, to: i + words.length, title: '', words, relative: false } : null;
}

import { wordTable } from './word-table';

// English verbs whose past forms no stemmer joins to the base ("fell", "struck", "ran"): each
// entry is base, past, past participle. Regular forms ("falling", "falls") stem together already.
const IRREGULAR =
  'arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|' +
  'bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|' +
  'build built built|burst burst burst|buy bought bought|catch caught caught|choose chose chosen|cling clung clung|come came come|' +
  'cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|draw drew drawn|drink drank drunk|drive drove driven|' +
  'eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|' +
  'fly flew flown|forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|' +
  'give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|hear heard heard|hide hid hidden|hit hit hit|' +
  'hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|leave left left|' +
  'lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|' +
  'put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|' +
  'seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|' +
  'show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|' +
  'slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread|' +
  'spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|swear swore sworn|' +
  'sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|' +
  'think thought thought|throw threw thrown|thrust thrust thrust|understand understood understood|wake woke woken|wear wore worn|' +
  'weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|write wrote written';

// Past forms that news more often writes as another word are left as written: "lay" is a base
// too, and "ground", "wound", "left" are mostly a noun and a side.
const AMBIGUOUS = new Set(['lay', 'ground', 'wound', 'left']);

const BASES = wordTable<string>(
  Object.fromEntries(
    IRREGULAR.split('|').flatMap((entry) => {
      const [base, ...past] = entry.split(' ');
      return past.filter((form) => form !== base && !AMBIGUOUS.has(form)).map((form) => [form, base]);
    }),
  ),
);

/** The base of an irregular verb's past form: "fell" → "fall", "struck" → "strike"; any other word as given. */
export const baseForm = (norm: string): string => BASES[norm] ?? norm;

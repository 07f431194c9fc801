import { compare } from '../../src';
import { allClaimsOf, claimsOf } from '../helpers/claims';
import type { Claim } from '../../src/types';

const quantities = (text: string) => claimsOf('quantity', text);

/**
 * What a count measures, as the claim records it: the key (kind, unit, outcome) and, where the
 * kind keeps it there, `value.name` (the counted noun). Tests read both so they pin the behaviour,
 * not where it is stored.
 */
const about = (c: Claim) => `${c.key} ${c.value.name ?? ''}`;

function only(text: string): Claim {
  const found = quantities(text);
  expect(found.map((c) => c.text)).toHaveLength(1);
  return found[0];
}

describe('quantity: counts, money, percentages', () => {
  // [sentence, words the claim must hold, unit, min, max]. The claim may reach further (a verb
  // such as "reached" or "were killed"); it must hold the amount and its unit.
  test.each<[string, string, string, number, number | null]>([
    ['Police said 112 people were arrested.', '112 people', 'count', 112, 112],
    ['Rescuers reached 5,000 homes by nightfall.', '5,000 homes', 'count', 5000, 5000],
    ['The repair bill came to $1,204.50 in total.', '$1,204.50', 'USD', 1204.5, 1204.5],
    ['The fund raised 5,000 dollars for the families.', '5,000 dollars', 'USD', 5000, 5000],
    // Agency style glues the currency word to the figure.
    ['Greece agreed a euro110 billion loan package.', 'euro110 billion', 'EUR', 1.09505e11, 1.10495e11],
    // Scaled and rounded values stand for just under half their last digit either side.
    ['The insurer expects to pay out $2.3bn this year.', '$2.3bn', 'USD', 2.2505e9, 2.3495e9],
    ['Officials counted 1.5 million ballots.', '1.5 million ballots', 'count', 1.4505e6, 1.5495e6],
    // A share is rounded where it is written: 61 percent is just inside 60.5–61.5.
    ['Turnout reached 61 percent in the capital.', '61 percent', 'percent', 60.505, 61.495],
    ['Turnout reached 61.3% in the capital.', '61.3%', 'percent', 61.2505, 61.3495],
    ['More than $80,000 was stolen from the safe.', 'More than $80,000', 'USD', 80000, null],
    ['Over 5,000 people fled the fighting.', 'Over 5,000 people', 'count', 5000, null],
    ['About 300 people spent the night in shelters.', 'About 300 people', 'count', 255, 345],
    ['Between 200 and 300 homes were destroyed.', 'Between 200 and 300 homes', 'count', 200, 300],
    ['Dozens of people gathered at the gate.', 'Dozens of people', 'count', 24, 200],
  ])('%j → %j (%s %d–%s)', (text, starts, unit, min, max) => {
    const c = only(text);
    expect(c.text).toContain(starts);
    expect(c.value.unit).toBe(unit);
    expect(c.value.amount!.min).toBeCloseTo(min);
    if (max === null) expect(c.value.amount!.max).toBeNull();
    else expect(c.value.amount!.max).toBeCloseTo(max);
    expect(c.key.startsWith(`quantity|${unit}`)).toBe(true);
  });

  test('"two and a half" is 2.5 and "a dozen" is 12', () => {
    expect(only('The council hired two and a half teams of engineers.').value.amount).toEqual({ min: 2.5, max: 2.5, exact: true });
    expect(only('Police arrested a dozen protesters.').value.amount).toEqual({ min: 12, max: 12, exact: true });
  });

  test('a hedge shows in the display: "about 300 people"', () => {
    expect(only('About 300 people spent the night in shelters.').value.display).toBe('about 300 people');
  });
});

describe('quantity: what is counted decides the key', () => {
  // [sentence, outcome the key must name]
  test.each<[string, string]>([
    ['The blast killed five people.', 'dead'],
    ['The blast injured five people.', 'injured'],
    ['Police arrested 12 protesters outside the court.', 'arrested'],
    ['Ten people died in the crash.', 'dead'],
    ['The death toll rose to 31.', 'dead'],
  ])('%j → %s', (text, outcome) => {
    expect(only(text).key).toContain(outcome);
  });

  test('a share is of the noun before its verb of change: "shares fell 6.2%" is of shares, "sales fell 3 percent" of sales', () => {
    expect(only('Harlan shares fell 6.2% in early trading.').value.name).toBe('share');
    expect(only('Turnout rose to 61 percent in the city.').value.name).toBe('turnout');
    const report = compare([{ text: 'Revenue slipped 3%. Harlan shares fell 6.2% in early trading.' }, { text: 'Sales fell 3 percent, the company said.' }]);
    expect(report.summary.diverge).toBe(0);
  });

  test('a rate\'s bare number ending its clause is a share: "her tax rate was 35.72, and …"', () => {
    expect(quantities('Her tax rate was 35.72, and the combined rate was 45.8 percent.').map((c) => [c.value.unit, c.value.display])).toEqual([
      ['percent', '35.72%'],
      ['percent', '45.8%'],
    ]);
    expect(quantities('The rate was 35.72 times higher.').map((c) => c.value.unit)).not.toContain('percent');
  });

  test('one report\'s "fifth operation" and "five boats" are two mention groups, not one value said twice', () => {
    const report = compare([{ text: 'The navy saw five boats on Monday. It was the fifth successful operation of the patrol.' }, { text: 'It was the fifth successful operation of the patrol, the navy said.' }]);
    const agreeing = report.findings.filter((f) => f.kind === 'quantity' && f.status === 'agree');
    expect(agreeing.map((f) => f.claims.map((c) => c.text))).toEqual([['fifth successful', 'fifth successful']]);
  });

  test('a running total over several occasions is kept apart from one occasion\'s count', () => {
    const totals = [
      'In their four raids so far, the officers have seized 20 rifles.',
      'The officers seized a total of 20 rifles during the four raids they carried out.',
    ];
    for (const total of totals) {
      const report = compare([{ text: `On Monday the officers seized eight rifles. ${total}` }, { text: 'The officers seized 20 rifles from the house on Monday.' }]);
      const rifles = report.findings.filter((f) => f.kind === 'quantity' && f.claims.some((c) => /rifles/.test(c.text)));
      expect(rifles.map((f) => [f.status, f.claims.map((c) => `${c.source} ${c.text}`)])).toContainEqual(['diverge', ['A seized eight rifles', 'B seized 20 rifles']]);
    }
  });

  test('a combined count over several is no divergence with one of its parts', () => {
    const report = compare([{ text: 'The striker scored in 54 games with the Rovers last season.' }, { text: 'The striker scored in a combined 130 games with the Rovers and the Wanderers.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).not.toContain('diverge');
  });

  test('"over 14,000 people" and a toll "over two days" are no running totals', () => {
    for (const text of ['Over two days, the storm killed 12 people.', 'Over 14,000 people fled and 12 people were killed.']) {
      const report = compare([{ text }, { text: 'The storm killed 12 people.' }]);
      expect(report.findings.filter((f) => f.kind === 'quantity' && f.claims.some((c) => /12 people/.test(c.text))).map((f) => f.status)).toEqual(['agree']);
    }
  });

  test('an ordinal pairs with an ordinal before a count: "the fifth round" meets "the fifth round", not "five rounds"', () => {
    const report = compare([
      { text: 'Reed knocked Lee down on Saturday in the fifth round. Reed finished him five rounds sooner than in 2008.' },
      { text: 'Reed knocked Lee down and finished him in the fifth round.' },
    ]);
    const paired = report.findings.filter((f) => f.kind === 'quantity' && f.status === 'agree').flatMap((f) => f.claims.map((c) => c.text));
    expect(paired).toEqual(['fifth round', 'fifth round']);
  });

  test('two shares that share only the names of a poll\'s candidates are two facts, however alike their contexts', () => {
    const report = compare([
      { text: 'In the poll, Tom Reed leads with 21 percent of primary voters, followed by Ann Lee and Bob Marsh.' },
      { text: 'Ann Lee leads among union members (at 20 percent), followed by Tom Reed and Bob Marsh.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('one share to the decimal, dated "last year" by one report and by none in another, is one fact', () => {
    const report = compare([{ text: 'The couple released their returns on Friday. Last year, 35.7 percent of their income went in tax.' }, { text: 'The couple’s effective tax rate was 35.7 percent, the returns show.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['agree']);
  });

  test('"by 312 votes to 198" is the tally "312-198", which "voting 312 to 198" agrees with and "312 votes to 189" does not', () => {
    expect(only('The bill passed by 312 votes to 198 on Friday.').value.display).toBe('312-198');
    const verdict = (b: string) => compare([{ text: 'The bill passed by 312 votes to 198.' }, { text: b }]).findings.find((f) => f.kind === 'quantity')!.status;
    expect(verdict('Lawmakers backed the bill, voting 312 to 198.')).toBe('agree');
    expect(verdict('The bill passed by 312 votes to 189.')).toBe('diverge');
  });

  test('"50 miles per hour", "50 mph" and "80 km/h" are speeds, not distances', () => {
    const speed = (text: string) => only(text).value.unit;
    expect(speed('Winds reached 50 miles per hour overnight.')).toBe('km/h');
    expect(speed('The train hit 300 kilometres an hour in tests.')).toBe('km/h');
    expect(speed('The train reached 300 km/h in tests.')).toBe('km/h');
    expect(speed('The fire spread 40 miles overnight.')).toBe('m');
    const report = compare([{ text: 'Winds gusting up to 50 mph pushed the fire.' }, { text: 'Wind gusts of up to 50 miles per hour drove the fire.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['agree']);
  });

  test.each([
    ['The hurricane made landfall with winds of 130 mph.', 'The hurricane made landfall with winds of 209 km/h.', 'agree'],
    ['The tunnel is 2.6 miles long.', 'The tunnel is 4.2 km long.', 'agree'],
    ['The wall is 10 feet high.', 'The wall is 3 metres high.', 'agree'],
    ['The wall is 40 metres high.', 'The wall is 41 metres high.', 'diverge'],
    ['The wall is 10 feet high.', 'The wall is 4 metres high.', 'diverge'],
    ['Temperatures reached 45C in Seville on Monday.', 'Temperatures reached 113F in Seville on Monday.', 'agree'],
    ['Temperatures reached 45 degrees Celsius in Seville.', 'Temperatures reached 113 degrees Fahrenheit in Seville.', 'agree'],
    ['Temperatures reached 45°C in Seville.', 'Temperatures reached 41°C in Seville.', 'diverge'],
    // No scale stated: an American 90 and a European 32 may be one temperature.
    ['It was 90 degrees in Phoenix on Sunday.', 'It was 32 degrees in Phoenix on Sunday.', 'agree'],
    // A price a little under a whole sum is written either way; other cents are exact.
    ['The phone costs $99.99 on contract.', 'The phone costs $99 on contract.', 'agree'],
    ['A ticket costs $5.60 at the door.', 'A ticket costs $5 at the door.', 'diverge'],
  ])('a measure is as precise as it is written: %j and %j %s', (a, b, status) => {
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual([status]);
  });

  test.each([
    ['Police said as many as 20,000 people marched through the capital.', 'Witnesses said three people were inside the bank in the capital.'],
    ['More than 50 homes were flooded in the valley.', 'The storm left 2,000 homes without power.'],
  ])('a value far beyond a bound is not what the bound counts: %j and %j', (a, b) => {
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.sources)).toEqual([['A'], ['B']]);
  });

  test('a toll that grew past its bound is still one outcome', () => {
    const [finding] = compare([{ text: 'At least 10 people were killed in the blast.' }, { text: 'The blast killed 31 people.' }]).findings.filter((f) => f.kind === 'quantity');
    expect([finding.status, finding.sources]).toEqual(['agree', ['A', 'B']]);
  });

  test.each([
    ['Police said at least 12 shots were fired at the house.', 'The gunman sprayed 13 shots at the house.'],
    ['Stone was charged with seven counts on Friday.', 'A grand jury returned a seven-count indictment.'],
  ])('a count whose name says more of the same noun agrees with it: %j and %j', (a, b) => {
    const [finding] = compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity');
    expect([finding.status, finding.sources]).toEqual(['agree', ['A', 'B']]);
  });

  test('"45C." at the end of a sentence is a temperature too: two cities\' temperatures meet their own', () => {
    const report = compare([{ text: 'Temperatures reached 45C in Seville, while Madrid saw 41C.' }, { text: 'Madrid recorded 41C and Seville hit 45C.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => [f.status, f.reason])).toEqual([['agree', 'both 45 °C'], ['agree', 'both 41 °C']]);
  });

  test('killed and injured are different facts: different keys', () => {
    const killed = only('The blast killed ten people.');
    const injured = only('The blast injured ten people.');
    expect(killed.key).not.toBe(injured.key);
  });

  test('launched and intercepted drones are different facts', () => {
    const [launched, intercepted] = quantities('Officials said 112 drones were launched overnight, of which 76 were intercepted.');
    expect(launched.text).toBe('112 drones were launched');
    expect(intercepted.text).toBe('76 were intercepted');
    expect(about(launched)).not.toBe(about(intercepted));
    expect(about(intercepted)).toMatch(/intercept/);
  });

  // The passive verb in the claim itself names the outcome ("were killed"). Older code looked only
  // past the verb, so both sentences got the key "people".
  test('"were killed" and "were injured" in the claim give different keys', () => {
    const killed = only('Five people were killed in the blast.');
    const injured = only('Five people were injured in the blast.');
    expect(killed.key).toContain('dead');
    expect(injured.key).toContain('injured');
  });

  test('in "Ten people were killed and 40 were injured" each count keeps its own outcome', () => {
    const [ten, forty] = quantities('Ten people were killed and 40 were injured.');
    expect(ten.key).toContain('dead');
    expect(forty.key).toContain('injured');
  });

  test('the counted noun is the noun, not a verb after it: "A dozen protesters gathered outside"', () => {
    const c = only('A dozen protesters gathered outside.');
    expect(about(c)).toMatch(/protest/);
    expect(about(c)).not.toMatch(/outsid|gather/);
    expect(c.text).toBe('A dozen protesters');
  });
});

describe('quantity: ages', () => {
  test.each<[string, string, number]>([
    ['Smith, 62, was arrested at his home.', '62', 62],
    ['A 35-year-old man was charged on Friday.', '35-year-old', 35],
    ['The victim, aged 19, died in hospital.', '19', 19],
    ['The driver was 47 years old.', '47 years old', 47],
  ])('%j → age %d', (text, words, age) => {
    const c = quantities(text).find((q) => q.value.unit === 'age')!;
    expect(c).toBeDefined();
    expect(c.text).toContain(words);
    expect(c.value.amount).toEqual({ min: age, max: age, exact: true });
    expect(c.value.display).toBe(`age ${age}`);
  });

  test('a number after a lower-case noun and commas is not an age: "the bill, 62, passed"', () => {
    expect(quantities('The measure, 62, passed.').filter((c) => c.value.unit === 'age')).toEqual([]);
  });

  test('"in her 40s" is an age between 40 and 49', () => {
    const c = quantities('The suspect, a woman in her 40s, was arrested.').find((q) => q.value.unit === 'age');
    expect(c?.value.amount).toEqual({ min: 40, max: 49, exact: false, vague: true });
  });
});

describe('quantity: sizes written with a hyphen', () => {
  test('"a 12-page ruling" counts 12 pages', () => {
    const c = only('The judge issued a 12-page ruling.');
    expect(c.value.amount).toEqual({ min: 12, max: 12, exact: true });
    expect(about(c)).toMatch(/page/);
  });

  test('a verb after a compound ends its noun phrase: "A 46-page ruling came out" names the ruling', () => {
    expect(quantities('A 46-page ruling came out on Friday.').map((c) => [c.text, c.value.name])).toEqual([['46-page ruling', 'page rule']]);
  });

  test('"6-foot-2" is about 1.88 m, not 6 m', () => {
    const c = only('The suspect is 6-foot-2 and bearded.');
    expect(c.value.unit).toBe('m');
    expect(c.value.amount!.min).toBeCloseTo(1.88, 2);
  });

  test('a suspended hyphen takes the unit written after the last number: "13- and 15-inch", "two- or three-bedroom"', () => {
    expect(quantities('The 13- and 15-inch models cost more.').map((c) => [c.text, c.value.display])).toEqual([['13-', '13 inch'], ['15-inch', '15 inch']]);
    expect(quantities('It offers two- or three-bedroom homes.').map((c) => c.value.display)).toEqual(['2 bedroom', '3 bedroom']);
  });
});

test('"52-to-48" is a tally, never a range from 48 to 52', () => {
  for (const c of quantities('The bill passed 52-to-48 on Tuesday.')) {
    const { min, max } = c.value.amount!;
    expect(min !== null && max !== null && min < max).toBe(false);
  }
});

describe('quantity: strings that must NOT be a quantity claim', () => {
  test.each([
    'At one point the crowd fell silent.',
    'He played for the 76ers and the 49ers.',
    'Vance boarded Air Force Two in Rome.',
    'The pilot flew an F-16 over the base.',
    'The COVID-19 pandemic closed the schools.',
    'It was a Catch-22 for the mayor.',
    'She was one of the first to arrive.',
    'One of the suspects fled.',
    'The bridge opened in 2015.',
    'He said 2015 was a hard year.',
    'The storm hit at 5 p.m. on the coast.',
    'Few people came to the meeting.',
    'No one has died, officials said.',
    'Not one home was lost.',
  ])('%j', (text) => {
    expect(quantities(text).map((c) => c.text)).toEqual([]);
  });

  test('"six AK 47 rifles" counts rifles: a model code written with a space is a modifier too', () => {
    expect(about(only('Police seized six AK 47 rifles.'))).toMatch(/ rifl$/);
  });

  test('"Two F-16 jets" counts jets, never "F"', () => {
    const found = quantities('Two F-16 jets were scrambled.');
    expect(found.map(about).filter((a) => / f$|\|f\b/.test(a))).toEqual([]);
    expect(found.every((c) => !/\bF$/.test(c.text))).toBe(true);
  });
});

describe('quantity: numbers that name places and things', () => {
  test.each([
    'Shots were fired at 418 Marlowe Street.',
    'Police sealed off the 400 block of Main St.',
    'The crash closed traffic on Route 9 and nearby roads.',
    'A witness told Channel 4 News that she heard shots.',
    'Her neighbour told KSHB 41 that she heard shots.',
    'The fire, Channel 4 reported, started in the kitchen.',
    'The Category 4 storm made landfall on Tuesday.',
    'The Boeing MAX 8 aircraft was grounded.',
  ])('%j gives no amount', (text) => {
    expect(quantities(text).map((c) => c.text)).toEqual([]);
  });

  test('a model number is no count of the dead: "all 157 people aboard the 737 MAX 8 jet died" does not diverge from "killing all 157 people"', () => {
    const report = compare([
      { text: 'The plane, a Boeing 737 Max 8, crashed shortly after takeoff, killing all 157 people on board.' },
      { text: 'All 157 people aboard the 737 MAX 8 jet died when it crashed after takeoff.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(quantities('Officials said Tuesday 3 children were hurt, and 8 jets were grounded.').map((c) => c.value.display)).toEqual(['3 children', '8 jets']);
  });

  test('a year before a name is no count: "a 2009 Honda Accord", while "2,009 Marines" is one', () => {
    expect(quantities('Police said the driver of a 2009 Honda Accord fled.').map((c) => c.text)).toEqual([]);
    expect(quantities('Officials said 2,009 Marines were deployed.').map((c) => c.value.display)).toEqual(['2,009 marines']);
  });

  test('the counted noun is the head after its modifiers: "two U.S. Capitol Police officers", "two police officers"', () => {
    expect(quantities('Officials said two U.S. Capitol Police officers were there.').map((c) => c.value.display)).toEqual(['2 officers']);
    expect(quantities('Officials said two police officers were there.').map((c) => c.value.display)).toEqual(['2 officers']);
    // A unit glued to its number is what it measures, whatever name follows.
    expect(quantities('It ships with 1.7GHz Intel Core processors.').map((c) => c.value.display)).toEqual(['1.7 ghz']);
  });

  test('parts of a toll of different people never diverge: "two militants were among the dead", "the dead included seven children"', () => {
    const report = compare([{ text: 'Two militants were among the dead in the strike on Monday.' }, { text: 'The dead included seven children after the strike on Monday.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(quantities('The dead included seven children.').map((c) => c.value.name)).toEqual(['children']);
  });

  test('two outlets citing different stations do not diverge', () => {
    const report = compare([{ text: 'The blaze, WDAF 4 reported, killed two people.' }, { text: 'The blaze, KMBC 9 reported, killed two people.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('a score after a team name and a share after a name are still values', () => {
    expect(quantities('They beat Castlemoor City 2-1.').map((c) => c.value.display)).toEqual(['2-1']);
    expect(quantities('Exit polls gave Biden 51 percent.').map((c) => c.value.unit)).toEqual(['percent']);
  });

  test.each(['He played there in 1995-99.', 'The war of 1939-45 left the city in ruins.', 'Figures for 2010-2014 were revised.'])('"%s" is a span of years, no score', (text) => {
    expect(quantities(text).filter((c) => c.value.unit === 'score')).toEqual([]);
  });
});

describe('quantity: a death toll and the numbers around it', () => {
  test('"The death toll from Monday\'s 7.0 earthquake rose to 131": 131 is the dead, 7.0 is no death count', () => {
    const found = quantities('The death toll from Monday’s 7.0 earthquake in southern Turkey rose to 131, officials said.');
    const dead = found.filter((c) => c.key.endsWith('|dead'));
    expect(dead.map((c) => c.value.amount!.min)).toEqual([131]);
    expect(found.find((c) => c.value.amount!.min === 7)?.value.name).toBe('earthquak');
  });

  test('an aside between dashes holds its own counts: "who leaves a son and two grandchildren – died" counts no dead', () => {
    expect(quantities('The woman – who leaves a husband, a son and two grandchildren – died later that night.').map((c) => c.key)).toEqual(['quantity|count|']);
  });

  test('an aside between a count and its verb: "Three people, one of them a pregnant woman, were killed"', () => {
    expect(quantities('Three people, one of them a pregnant woman, were killed in the fire.').map((c) => c.key)).toContain('quantity|count|dead');
    expect(quantities('Three people, most of them from the city, watched the fire.').map((c) => c.key)).not.toContain('quantity|count|dead');
  });

  test('a headline\'s count yields to its own report\'s body: "at least three people dead" meets the others, not "Three dead"', () => {
    const report = compare([
      { text: 'Three Dead In Bank Fire\n\nA fire at a bank in the capital left at least three people dead on Wednesday.' },
      { text: 'Three people died on Wednesday when a fire swept through a bank in the capital.' },
    ]);
    const dead = report.findings.filter((f) => f.kind === 'quantity' && f.sources.length === 2);
    expect(dead.map((f) => f.claims.map((c) => c.text))).toEqual([['at least three people', 'Three people']]);
  });
});

describe('quantity: one thing counted under several nouns', () => {
  test('"a crowd of 60,214", "Attendance was 60,214" and "more than 60,000 fans" are one fact', () => {
    const report = compare([{ text: 'A crowd of 60,214 watched on Sunday.' }, { text: 'Attendance was 60,214 on Sunday.' }, { text: 'They won in front of more than 60,000 fans on Sunday.' }]);
    const crowd = report.findings.filter((f) => f.kind === 'quantity');
    expect(crowd.map((f) => [f.status, f.sources.join('')])).toEqual([['agree', 'ABC']]);
  });
});

describe('quantity: values listed after another ("41 people in Turkey and 12 in Syria")', () => {
  test.each([
    ['The earthquake killed 41 people in Turkey and 12 in Syria.', 'In Syria, 12 people died in the earthquake.'],
    ['Turnout was 61.3%, up from 58% in 2019.', 'Turnout in 2019 was 58 percent.'],
    ['Police arrested 15 people on Saturday and 8 on Sunday.', 'Eight people were arrested on Sunday.'],
    ['The measure got 61% support in Ward 5 and 48% in Ward 7.', 'In Ward 7, the measure got 48% support.'],
    ['Prices rose 3.2% year on year in March, compared with 2.9% in February.', 'In February, prices rose 2.9 percent.'],
    ['The company cut 1,200 jobs last year and plans to cut 800 more this year.', 'It plans to cut 800 jobs this year.'],
  ])('%j and %j do not diverge: the second value is paired with its equal', (a, b) => {
    const report = compare([{ text: a }, { text: b }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'quantity' && f.status === 'agree')).toHaveLength(1);
  });

  test('a listed value counts what the first one counted, and a different one still diverges', () => {
    const listed = quantities('The earthquake killed 41 people in Turkey and 12 in Syria.');
    expect(listed.map((c) => [c.value.amount!.min, c.key])).toEqual([
      [41, 'quantity|count|dead'],
      [12, 'quantity|count|dead'],
    ]);
    const report = compare([{ text: 'The earthquake killed 41 people in Turkey and 12 in Syria.' }, { text: 'The earthquake killed 41 people in Turkey and 10 in Syria.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge').map((f) => f.reason)).toEqual(['12 vs 10']);
  });

  test('a value with a noun or outcome of its own is not listed: "killed 41 and injured 12"', () => {
    expect(quantities('The blast killed 41 people and injured 12.').map((c) => c.key)).toEqual(['quantity|count|dead', 'quantity|count|injured']);
  });
});

describe('quantity: an earthquake’s magnitude', () => {
  test('"magnitude 6.8", "6.8-magnitude" and "magnitude-6.8" are one unit, of the quake named after it', () => {
    for (const text of ['A magnitude 6.8 earthquake struck on Sunday.', 'A 6.8-magnitude quake struck on Sunday.', 'A magnitude-6.8 tremor struck on Sunday.']) {
      expect(quantities(text).map((c) => [c.value.unit, c.value.amount!.min, c.value.name, c.value.display])).toEqual([['magnitude', 6.8, 'quake', 'magnitude 6.8']]);
    }
  });

  test('6.8 against 6.7 diverges; a quake against its aftershock does not', () => {
    const quake = 'A magnitude 6.8 earthquake struck the province on Sunday.';
    const other = compare([{ text: quake }, { text: 'A 6.7-magnitude earthquake struck the province on Sunday.' }]);
    expect(other.findings.filter((f) => f.status === 'diverge').map((f) => f.reason)).toEqual(['magnitude 6.8 vs magnitude 6.7']);
    const aftershock = compare([{ text: quake }, { text: 'A 5.2-magnitude aftershock rattled the province on Sunday.' }]);
    expect(aftershock.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });
});

describe('quantity: a rare figure shared by two reports', () => {
  const statusOf = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);

  test('the same large count, hedged or not, agrees whatever noun each report counts it in', () => {
    expect(statusOf('The general plans to pull some 7,000 soldiers out next spring.', 'Officials confirmed about 7,000 troops would be withdrawn.')).toEqual(['agree']);
    expect(statusOf('The senate backed the motion 97-1 on Monday.', 'The final tally was 97-1.')).toEqual(['agree']);
  });

  test('small counts and different large counts stay apart', () => {
    expect(statusOf('Two men were seen near the depot.', 'Investigators found two cars abandoned nearby.')).toEqual(['only', 'only']);
    expect(statusOf('The general plans to pull some 7,000 soldiers out next spring.', 'Organisers expected 9,000 visitors on the last day.')).toEqual(['only', 'only']);
  });

  test('a bound and a count of another noun beyond it are two figures, though compatible', () => {
    expect(statusOf('A neighbour said he heard at least 30 shots.', 'Forty officers were sent to the street.')).toEqual(['only', 'only']);
  });
});

describe('quantity: whose outcome a count is', () => {
  test.each([
    ['All three live in a flat above the shop.'],
    ['The trial of two men charged with killing the shopkeeper opened on Monday.'],
    ['He is accused of firing 13 shots in Horton’s death.'],
    ['A mother of 12 was killed on her way home.'],
    ['Republicans picked up 19 state legislative bodies.'],
  ])('"%s" counts no dead', (text) => {
    expect(quantities(text).filter((c) => c.key === 'quantity|count|dead')).toEqual([]);
  });

  test.each([
    ['Horton, a mother of 12, was shot on Friday.', 'children'],
    ['Video of Brooklyn Mother of 13 Zurana Horton shot and killed was shown.', 'children'],
    ['Mark Lee, the father of one Newtown shooting victim, spoke.', 'newtown'],
  ])('a parent\'s number counts children unless a noun follows it: %j', (text, name) => {
    expect(quantities(text).map((c) => c.value.name)).toEqual([name]);
  });

  test('"the death of 20-year-old Ann Lee" is her age, the same fact as "Lee, 20"', () => {
    const report = compare([{ text: 'Police are investigating the death of 20-year-old Ann Lee.' }, { text: 'Ann Lee, 20, was found on Monday.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => [f.status, f.reason])).toEqual([['agree', 'both age 20']]);
  });

  test('"a 110bn-euro emergency rescue package" counts no one rescued', () => {
    expect(quantities('Greece accepted the 110bn-euro emergency rescue package.').map((c) => c.key)).toEqual(['quantity|EUR|']);
  });

  test('"the quake claimed three lives" still counts the dead', () => {
    expect(quantities('The quake claimed three lives.').map((c) => c.key)).toEqual(['quantity|count|dead']);
  });

  test('one outcome counted in contexts with nothing in common is two parts of the story, not a divergence', () => {
    const report = compare([{ text: 'In the hill town, seven were injured.' }, { text: 'Across the province 140 were injured.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('values their sentences give at two times of day are of two happenings: two quakes\' distances never diverge', () => {
    const report = compare([
      { text: 'A second quake struck off the coast at 7:48 a.m., 75 kilometers west of Manokwari, the USGS said.' },
      { text: 'The first quake struck at 4:43 a.m., about 135 kilometers west of Manokwari, the USGS said.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    const sameMoment = compare([
      { text: 'The quake struck at 7:48 a.m., 75 kilometers west of Manokwari, the USGS said.' },
      { text: 'The quake struck at 7:48 a.m., about 135 kilometers west of Manokwari, the USGS said.' },
    ]);
    expect(sameMoment.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toContain('diverge');
  });

  test('the outcome\'s own words are nothing in common: "250 others injured by the temblors" and "injuring 11 residents"', () => {
    const report = compare([{ text: 'Five people were killed and 250 others injured by those temblors, the UN said.' }, { text: 'The quakes damaged 18 houses, injuring 11 residents, police told reporters.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('another figure\'s number word is nothing in common: "five dead and 16 injured", "55 injured, five of them seriously"', () => {
    const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
    expect(statuses('Shelling of a market in the north left five dead and 16 injured, medics said.', 'In the south 30 people were killed and 55 others injured, five of them seriously, when shells hit a school.')).not.toContain('diverge');
    expect(statuses('The blast left five dead and 16 injured, medics said.', 'The blast left five dead and 18 injured, police said.')).toEqual(['agree', 'diverge']);
  });

  test('a bare count after a comma, fewer than the one before, is a part of it: "five killed, four by friendly fire"', () => {
    const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
    expect(statuses('Five soldiers were killed on Wednesday, four by friendly fire, the army said.', 'Four soldiers were killed by friendly fire when a tank shelled their post, the army said.')).toEqual(['only', 'agree']);
    // The part is named in its own words: "five of them critically" is no "15 of them children".
    const school = 'Shells hit the school, leaving 30 dead and 55 others injured, five of them critically, medics said.';
    expect(statuses(school, 'The UN said 30 were killed and 55 wounded at the school, 15 critically.')).toContain('diverge');
    expect(statuses(school, 'The UN said 30 were killed and 55 wounded at the school, 15 of them children.')).not.toContain('diverge');
    // More than the count before is no part of it: "his two sons, 11 and 14" are their ages.
    expect(quantities('His two sons, 11 and 14, were killed in the raid.').map((c) => c.text)).toEqual(['two sons', '14']);
  });

  test('a count of someone\'s kin is no toll: "had two relatives killed" and "killed four soldiers" are two facts', () => {
    const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
    expect(statuses('Our driver had two relatives killed by the army in the raid, he said.', 'The army raid on the village killed four soldiers, officials said.')).toEqual(['only', 'only']);
    expect(statuses('Two brothers were killed by the army in the raid, he said.', 'The army raid on the village killed four people, officials said.')).toEqual(['only', 'only']);
  });

  test('two players’ points are two facts; one player’s points told two ways diverge', () => {
    const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
    expect(statuses('Ann Lee scored 14 points in the win.', 'The win was paced by 13 points from Mary Cole.')).toEqual(['only', 'only']);
    expect(statuses('Ann Lee scored 14 points in the win.', 'Ann Lee had 12 points in the win.')).toEqual(['diverge']);
    expect(statuses('Mary Cole now has 2,117 career points.', 'She passed Ann Lee’s school scoring record of 2,116 points.')).toEqual(['only', 'only']);
  });

  test.each([
    // The second sentence names the first player too: their contexts are alike, their owners not.
    ['Ann Lee put up 23 points against the Tar Heels.', 'Point guard Mary Cole also chipped in 16 points for the Tar Heels, who held Ann Lee in check.'],
    ['Ann Lee finished with 23 points against the Tar Heels.', 'Point guard Mary Cole also racked up 16 points for the Tar Heels, who held Ann Lee in check.'],
  ])('a verb and its particle own the count too: %j and %j are two players’ points', (a, b) => {
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('a clause naming only whose count it is takes its noun from the count before: "while Tom Reed added 12"', () => {
    const found = quantities('Seth Lane led the Bulldogs with 13 points, while Tom Reed added 12.');
    expect(found.map((c) => [c.text, c.value.name])).toEqual([
      ['13 points', 'point'],
      ['Tom Reed added 12', 'point of tom reed'],
    ]);
    // The span holds whose count it is, as an age's holds the name.
    expect(only('Tom Reed had 12 points for the Bulldogs.').text).toBe('Tom Reed had 12 points');
  });

  test('one report’s equal counts of two players are two facts: Reed’s 14 points and another report’s 12 diverge', () => {
    const a = 'Will Marsh came off the bench to score 14 points. Tom Reed scored 14 points for the Bulldogs.';
    const b = 'Marsh came off the bench to score 14 points. Seth Lane led the Bulldogs with 13 points, while Tom Reed added 12.';
    const diverging = compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge');
    expect(diverging.map((f) => f.claims.map((c) => c.text))).toEqual([['Tom Reed scored 14 points', 'Tom Reed added 12']]);
  });

  test('a report that names a player’s count says its unnamed equal count is someone else’s', () => {
    const a = 'Will Marsh came off the bench to score 14 points. Tom Reed had 12 points for the Bulldogs.';
    const diverging = compare([{ text: a }, { text: 'Tom Reed scored 14 points for the Bulldogs.' }]).findings.filter((f) => f.status === 'diverge');
    expect(diverging.map((f) => f.claims.map((c) => c.text))).toEqual([['Tom Reed had 12 points', 'Tom Reed scored 14 points']]);
  });

  test('a player’s count given at two moments of a game conflicts with no other report’s: 10 and 23 points, 13 at the half', () => {
    const a = 'Tom Reed had 10 points in the first six minutes of the game. Tom Reed finished with 23 points.';
    const b = 'At the half Tom Reed had 13 points in the game.';
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('what a player needed is no tally of what he scored: "needed just nine points" and "finished with 20 points"', () => {
    const a = 'Hansbrough needed just nine points in the game against Evansville to pass Ford for the scoring record.';
    const b = 'Hansbrough finished with 20 points in the game against Evansville and passed Ford for the scoring record.';
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('which ones of a set is no count of it: "the final two regular season games" and "missed four games"', () => {
    const a = 'Bush will miss the team’s final two regular season games with a sprained knee.';
    const b = 'Bush injured his knee in October, had surgery and missed four games with the sprained knee.';
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(compare([{ text: a }, { text: 'Bush will miss the final three regular season games with a sprained knee.' }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['diverge']);
  });

  test('"his first 11 seasons" are some of "15 seasons", no rival count', () => {
    const report = compare([{ text: 'Lee spent his first 11 seasons as a player with the Hawks.' }, { text: 'Lee played 15 seasons as a player, most with the Hawks.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('a part and a whole of partitives count two things; two parts conflict on nothing', () => {
    const rules = quantities('Lee landed 28 of his 68 punches in the round.').map((c) => [c.text, c.rule]);
    expect(rules).toEqual([
      ['landed 28 of his 68 punches', 'quantity/count/part/by-noun'],
      ['68 punches', 'quantity/count/whole/by-noun'],
    ]);
    const diverging = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge');
    expect(diverging('Cruz connected on just 30 of 207 punches thrown in the fight.', 'Lee landed 28 of his 68 punches thrown in the fight.')).toEqual([]);
    expect(diverging('Cruz threw 207 punches in the fight.', 'Cruz threw 210 punches in the fight.')).toHaveLength(1);
  });

  test('one player’s points told with a particle verb still diverge', () => {
    const report = compare([{ text: 'Ann Lee put up 23 points against the Hawks.' }, { text: 'Ann Lee finished with 21 points against the Hawks.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['diverge']);
  });
});

describe('quantity: ranges, positions and increments', () => {
  test('a date inside a count\'s noun phrase modifies it: "Fifteen of the 19 Sept. 11 hijackers"', () => {
    const claims = allClaimsOf('Fifteen of the 19 Sept. 11 hijackers were Saudi.');
    expect(claims.filter((c) => c.kind === 'quantity').map((c) => [c.value.amount!.min, c.value.name])).toEqual([[15, 'hijack'], [19, 'hijack']]);
    expect(claims.filter((c) => c.kind === 'date').map((c) => c.value.name)).toEqual(['September 11']);
  });

  test('a hedge before an article bounds the number after it: "up to a 2.7GHz chip"', () => {
    const [chip] = quantities('It runs at up to a 2.7GHz clock speed.');
    expect(chip.value.amount).toMatchObject({ min: 0, max: 2.7 });
  });

  const divergences = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge');

  test('"between $19 and $22 million" is one range of millions; "between $1,799 and $2,199" two prices', () => {
    expect(quantities('His net worth is between $19 and $22 million.').map((c) => c.value.display)).toEqual(['$19 million–$22 million']);
    expect(quantities('Models are priced between $1,799 and $2,199.').map((c) => c.value.display)).toEqual(['$1,799', '$2,199']);
  });

  test('"the 11th round" agrees with "11 rounds" and never conflicts with "five rounds"', () => {
    expect(divergences('He was stopped in the 11th round.', 'The champion needed five rounds to win the title.')).toEqual([]);
    expect(compare([{ text: 'He was stopped in the 11th round.' }, { text: 'The fight lasted 11 rounds.' }]).findings.find((f) => f.kind === 'quantity')!.status).toBe('agree');
  });

  test('"the sixth round", "a sixth round stoppage" and "the 6th round" are one fact', () => {
    const report = compare([{ text: 'Klitschko stopped Thompson in the sixth round.' }, { text: 'Klitschko won by a sixth round stoppage.' }, { text: 'The bout ended in the 6th round.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => [f.status, f.sources])).toEqual([['agree', ['A', 'B', 'C']]]);
  });

  test('two unnamed sums conflict only when their contexts share more than one name', () => {
    expect(divergences('For Trump, $5 billion.', 'For Trump, $2.5 billion.')).toEqual([]);
    expect(divergences('The mayor said the bridge will cost $5 billion to build.', 'The mayor said the bridge will cost $2.5 billion to build.')).toHaveLength(1);
  });

  test('a capitalised word before a sum is whose it is, not what it is', () => {
    expect(quantities('The Yankees gave Teixeira $180 million.').map((c) => c.value.name)).toEqual([undefined]);
    expect(quantities('The Yankees paid $180 million.').map((c) => c.value.name)).toEqual(['pai']);
  });

  test('counts of a common noun far apart are two things; one outcome still conflicts', () => {
    expect(divergences('Thomas ran for 40 yards on nine carries against Atlanta.', 'Thomas has 83 carries for 402 yards this season.')).toEqual([]);
    expect(divergences('Klitschko threw 369 punches in the fight.', 'Klitschko landed 68 punches in the fight.')).toEqual([]);
    expect(divergences('The storm killed 3 people in the town.', 'The storm killed 12 people in the town.')).toHaveLength(1);
  });

  test('"3G", "3D": a capital letter glued to a number is a standard, not a count', () => {
    expect(quantities('The carrier is growing its 3G network and selling 3D printers.')).toEqual([]);
  });

  test('"another two people were killed" is an increment, not a toll', () => {
    expect(divergences('The landslide killed one man.', 'Another two people were killed in the village.')).toEqual([]);
  });

  test('"two extra life sentences", "an extra two sentences" are increments, not the total "three life sentences"', () => {
    expect(divergences('The judge gave Cole two extra life sentences for the prison stabbing.', 'Cole is serving three life sentences for the prison stabbing.')).toEqual([]);
    expect(divergences('The judge gave Cole two additional life sentences for the prison stabbing.', 'Cole is serving three life sentences for the prison stabbing.')).toEqual([]);
    expect(divergences('The judge gave Cole an extra two life sentences for the prison stabbing.', 'Cole is serving three life sentences for the prison stabbing.')).toEqual([]);
  });
});

test('"the couple donated" counts nothing; "a couple of days" is two or three', () => {
  expect(quantities('The couple donated to charity.')).toEqual([]);
  expect(quantities('It took a couple of days to reach 40 villages.').map((c) => c.value.amount)).toContainEqual({ min: 2, max: 3, exact: false, vague: true });
});

test('a rounded sum agrees with the exact one: "$15 million" and "$14,959,450"', () => {
  const report = compare([{ text: 'The couple donated nearly $15 million to charity.' }, { text: 'Their returns list $14,959,450 in charitable contributions.' }]);
  expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['agree']);
});

describe('quantity: ages written without "year"', () => {
  test.each([
    ['He was 77.', 77],
    ['When she was 14, he approached her.', 14],
    ['The actress died Thursday at 91.', 91],
    ['Gigante, who died yesterday in federal prison at 77, was a boss.', 77],
  ])('"%s" gives the age %d', (text, age) => {
    expect(quantities(text).map((c) => [c.value.unit, c.value.amount!.min])).toEqual([['age', age]]);
  });

  test('"19 or older" and "12 or younger" are ages with a bound; "20 or more buses" a count', () => {
    const read = (text: string) => quantities(text).map((c) => [c.value.unit, c.value.amount!.min, c.value.amount!.max]);
    expect(read('The rule covers anyone 19 or older.')).toEqual([['age', 19, null]]);
    expect(read('Children 12 or younger ride free.')).toEqual([['age', 0, 12]]);
    expect(read('The city runs 20 or more buses.')).toEqual([['count', 20, null]]);
  });

  test('"between the ages of 12 and 16" is one range of ages, as "between 12 and 16 years old" is', () => {
    expect(quantities('The law protects girls between the ages of 12 and 16.').map((c) => [c.value.unit, c.value.amount!.min, c.value.amount!.max])).toEqual([['age', 12, 16]]);
    const report = compare([{ text: 'The law protects girls between the ages of 12 and 16.' }, { text: 'The law protects girls between 12 and 16 years old.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['agree']);
  });

  test.each(['She was 14 points behind.', 'The team arrived at 91, Main Street.', 'He was 5 feet tall.'])('"%s" gives no age', (text) => {
    expect(quantities(text).filter((c) => c.value.unit === 'age')).toEqual([]);
  });
});

test('a precise figure is one fact whatever period its sentence names: "$43,885,310"', () => {
  const statuses = (b: string) => compare([{ text: 'From 2007 through 2014 the pair paid $43,885,310 in federal taxes.' }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
  expect(statuses('Their returns show $43,885,310 in federal taxes.')).toEqual(['agree']);
  expect(statuses('Their returns show $40,000,000 in federal taxes.')).not.toContain('diverge');
});

test('the same sum for the same thing is one fact whichever year each report ties it to: "a $3 million bond"', () => {
  const statuses = (b: string) => compare([{ text: 'The old dairy burned down on Sunday. Voters in 2009 approved a $3 million bond to buy the properties.' }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
  expect(statuses('The dairy burned on Sunday. Palmer voters in 2010 approved a $3 million bond to pay for purchase of the property.')).toEqual(['agree']);
  // The same sum one report ties to a year and the other to nothing, whatever verb each uses.
  const savings = compare([
    { text: 'Greece agreed the bailout on May 2, 2010. The new measures aim to save euro30 billion through 2012.' },
    { text: 'Greece agreed the bailout on May 2, 2010. The plan foresees 30 billion euros in savings, mainly from cuts.' },
  ]).findings.filter((f) => f.kind === 'quantity');
  expect(savings.map((f) => f.status)).toEqual(['agree']);
  // Another thing bought for the same sum in another year stays its own fact.
  expect(statuses('The dairy burned on Sunday. In 2010 the city paid $3 million in fees for the property.')).toEqual(['only', 'only']);
});

test('a magnitude said of "one of the quakes" is not the magnitude of the quake a report is about', () => {
  const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);
  const main = 'A magnitude 6.1 earthquake struck West Papua today and was felt in northern Australia, the US Geological Survey said.';
  expect(statuses(main, 'One of the quakes, a 7.3-magnitude tremor, struck West Papua today and was felt in northern Australia, the US Geological Survey said.')).toEqual(['only', 'only']);
  expect(statuses(main, 'A magnitude 6.4 earthquake struck West Papua today and was felt in northern Australia, the US Geological Survey said.')).toEqual(['diverge']);
});

describe('quantity: the term written before a sum says which deal it is', () => {
  const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);

  test('"a seven-year, $161-million deal" and "the four-year, $90 million deal" are two deals; one deal told two ways diverges', () => {
    expect(statuses('Sabathia agreed to a seven-year, $161-million deal with the Yankees late Tuesday night.', 'It would dwarf the four-year, $90 million deal that Torii Hunter got from the Yankees last summer.')).toEqual(['only', 'only']);
    expect(statuses('Sabathia agreed to a seven-year, $161-million deal with the Yankees.', 'Sabathia agreed to a seven-year, $160-million deal with the Yankees.')).toEqual(['diverge']);
  });
});

describe('quantity: the noun a measure describes names it', () => {
  const statuses = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity').map((f) => f.status);

  test('"another" marks a count apart, not a measure: "another 201 yards on 29 catches" is a report\'s "201 yards"', () => {
    expect(quantities('He had 269 yards rushing and another 201 yards on 29 catches.').map((c) => c.key)).toEqual(['quantity|m|', 'quantity|m|', 'quantity|count|']);
    expect(quantities('Crews rescued another five people.').map((c) => c.key)).toEqual(['quantity|count|rescued|other']);
  });

  test('a fraction is no count of two things: "a two-thirds majority" and "two senators" are apart', () => {
    expect(quantities('It needed a two-thirds majority, but two senators did not vote.').map((c) => c.key)).toEqual(['quantity|count||fraction', 'quantity|count|']);
  });

  test('a noun in quotation marks is still what is counted: \'at least 30 "national emergencies"\'', () => {
    const [count] = quantities('There are at least 30 "national emergencies" in effect.');
    expect([count.text, count.value.name]).toEqual(['at least 30 "national emergencies"', 'emerg']);
  });

  test('a particle after a measure is no noun: "fell 200 metres down the slope" is a fall', () => {
    expect(quantities('The climber fell 200 metres down the slope.').map((c) => c.value.name)).toEqual(['fall']);
  });

  test('a measure named by one verb in two reports diverges on little shared context: "falling 150 meters", "fell about 200ft"', () => {
    expect(statuses('A climber from Perth died on Friday after falling 150 meters from a ridge on Mount Cook.', 'On Friday the guide slipped and fell about 200ft near the hut.')).toEqual(['diverge']);
  });

  test('"lived half a mile away" and "moved about a mile and a half away" diverge', () => {
    expect(statuses('The driver, who lived half a mile away, was arrested on Monday.', 'The driver had moved about a mile and a half away, police said on Monday.')).toEqual(['diverge']);
  });

  test('one distance put on two sides of one place: the distance agrees, its bearing diverges', () => {
    const bearings = (a: string, b: string) =>
      compare([{ text: a }, { text: b }])
        .findings.filter((f) => f.claims[0].rule === 'place/bearing')
        .map((f) => [f.status, ...f.claims.map((c) => c.text)]);
    const [west, south] = ['The quake struck at a depth of 10 kilometres, 55 kilometres (34 miles) west of the town of Bireun, the USGS said.', 'The quake hit inland at a depth of 10 kilometres, 55 kilometres south of Bireun, the USGS said.'];
    expect(statuses(west, south)).toEqual(['agree', 'agree']);
    expect(bearings(west, south)).toEqual([['diverge', 'west of the town of Bireun', 'south of Bireun']]);
    expect(bearings('The quake struck 55 kilometres west of Bireun, the USGS said.', 'The quake struck 55 kilometres west of Bireun, officials said.')).toEqual([['agree', 'west of Bireun', 'west of Bireun']]);
    // Close bearings of one point are roughly one way; two distances from one place are two points.
    expect(bearings('The quake struck 4 miles west of Cobb, the USGS said.', 'The quake struck 4 miles southwest of Cobb, the USGS said.').map(([status]) => status)).toEqual(['agree']);
    expect(bearings('A town lies 20 miles north of Cobb, officials said.', 'The quake struck 55 miles south of Cobb on Monday.').map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('measures of one common word this far apart are of two things: a season\'s 716 yards, a college career\'s 6,728', () => {
    expect(
      statuses('The undrafted rookie rushed for 716 yards in 12 games for the Saints this season.', 'At Wayne State the undrafted rookie finished with 6,728 yards rushing before the Saints signed him this season.'),
    ).not.toContain('diverge');
  });

  test('a unit glued to the number measures the noun after it: "a 250GB hard drive" is no "256GB solid state drive"', () => {
    expect(quantities('It has a 250GB hard drive and 4GB of memory.').map((c) => c.value.name)).toEqual(['gb hard', 'gb memori']);
    const laptop = (drive: string) => `The new laptop ships with a ${drive} drive as standard, Apple said on Tuesday.`;
    expect(statuses(laptop('250GB hard'), laptop('256GB solid state'))).not.toContain('diverge');
    expect(statuses(laptop('250GB hard'), laptop('320GB hard'))).toEqual(['diverge']);
  });
});

describe('quantity: one value written several ways', () => {
  test.each([
    ['The quake had a magnitude of 7.0.', 'magnitude 7'],
    ['It measured 7.0 on the Richter scale.', 'magnitude 7'],
    ['A dozen or so people gathered.', 'about 12 people'],
    ['20 or more people were hurt.', 'at least 20 people'],
    ['Police said 20 or 30 people were hurt.', '20 people–30 people'],
  ])('"%s" reads as %s', (text, display) => {
    expect(quantities(text).map((c) => c.value.display)).toEqual([display]);
  });

  test('"52-yd" and "52-yard" are one length', () => {
    expect(quantities('He kicked a 52-yd field goal.')[0].value.amount).toEqual(quantities('He kicked a 52-yard field goal.')[0].value.amount);
  });

  test('a partitive past an owner\'s name counts its noun: "10 of the Saints\' 16 games", "two of the Saints\' players"', () => {
    expect(quantities("He started 10 of the Saints' 16 games.").map((c) => [c.value.amount!.min, c.value.name])).toEqual([[10, 'game'], [16, 'game']]);
    expect(quantities("Two of the Saints' players sat out.").map((c) => c.value.name)).toEqual(['player']);
  });

  test('partitives count the noun after "of the": "three of the victims", "one of the two mothers"', () => {
    expect(quantities('Three of the victims were children.').map((c) => [c.value.amount!.min, c.value.name])).toEqual([[3, 'victim']]);
    expect(quantities('One of the two mothers spoke.').map((c) => [c.value.amount!.min, c.value.name])).toEqual([[2, 'mother']]);
  });

  test('"two other passengers" counts passengers besides someone: one fact with "the other two", not with "two passengers"', () => {
    expect(quantities('Eleven other FLDS men were at the hearing.').map((c) => c.value.name)).toEqual(['men']);
    const report = compare([{ text: 'The driver and two other passengers were hurt.' }, { text: 'The other two passengers were hurt.' }, { text: 'Two passengers were hurt.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.sources)).toEqual([['A', 'B'], ['C']]);
  });

  test('"another five people" are "five other" people: those besides the ones told before', () => {
    const report = compare([{ text: 'Crews rescued another five people from the roof.' }, { text: 'Five other guests were rescued from the roof.' }, { text: 'Five guests were rescued.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.sources)).toEqual([['A', 'B'], ['C']]);
  });

  test('times count what was done so often: "twice admitted he lied" and "lied three times to police" do not diverge', () => {
    const report = compare([{ text: 'The witness then twice admitted he lied in his testimony.' }, { text: 'The witness admitted he lied three times to police in his testimony.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(quantities('Police shot him seven times.').map((c) => c.value.name)).toEqual(['time shoot']);
  });

  test('"twice" counts times, as "two times" does; "twice as many" and "twice a day" count nothing', () => {
    expect(quantities('The guard fired twice at the van.').map((c) => [c.value.amount!.min, c.value.name, c.value.display])).toEqual([[2, 'time fire', '2 times']]);
    expect(quantities('Prices rose twice as fast. She swims twice a day.')).toEqual([]);
    // A hyphenated manner between the verb and the count is no verb: "shot him execution-style twice".
    expect(quantities('The gunman shot him execution-style twice.').map((c) => c.value.name)).toEqual(['time shoot']);
    const report = compare([{ text: 'The guard fired twice at the van and faces two charges.' }, { text: 'The guard fired two times at the van.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => [f.status, f.claims.map((c) => c.text)])).toContainEqual(['agree', ['fired twice', 'fired two times']]);
  });

  test('"a mother of 12" counts her children, and diverges from "a mother of 13"', () => {
    expect(quantities('A mother of 12 was killed.').map((c) => c.value.name)).toEqual(['children']);
    const report = compare([{ text: 'A Brooklyn mother of 12 was shot dead.' }, { text: 'The Brooklyn mother of 13 was shot dead.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge').map((f) => f.reason)).toEqual(['12 mother vs 13 mother']);
  });
});

describe('quantity: scores during a game', () => {
  const scoreStatuses = (a: string, b: string) =>
    compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity' && f.claims.some((c) => c.value.unit === 'score')).map((f) => f.status);

  test('two running scores one basket apart are two moments of the game, not a divergence', () => {
    const up = 'Ann Lee’s putback put the Hawks up 47-42, but Mary Cole’s basket pulled the Owls back within three.';
    expect(scoreStatuses(up, 'The Owls closed to 47-44 on Mary Cole’s basket.')).toEqual(['only', 'only']);
  });

  test('running scores of the same moment, and final scores, are compared whole', () => {
    expect(scoreStatuses('Two free throws gave the Hawks a 45-35 lead with 13:41 to play.', 'The Hawks opened a 45-36 lead with 13:41 to play.')).toEqual(['diverge']);
    expect(scoreStatuses('The Hawks defeated the Owls 65-53 on Friday.', 'The Hawks defeated the Owls 65-52 on Friday.')).toEqual(['diverge']);
  });

  test('a game has many scoring runs: "a 20-2 run to close the half" and "a 19-4 run" are two', () => {
    expect(scoreStatuses('Vaughn scored 14 in a four-minute stretch that resulted in a 20-2 run to close the half.', 'The Tar Heels took control with a 19-4 run.')).toEqual(['only', 'only']);
  });

  test('tallies apart on every side are two records; a little apart on each, one score told two ways', () => {
    expect(scoreStatuses('Klitschko improved his record to 45-7 on Saturday.', 'The challenger came in with a record of 16-0 on Saturday.')).toEqual(['only', 'only']);
    expect(scoreStatuses('The Hawks defeated the Owls 65-53 on Friday.', 'The Hawks defeated the Owls 66-52 on Friday.')).toEqual(['diverge']);
  });
});

describe('quantity: an outlet’s own conversion', () => {
  test('"10 kilometers (six miles)" is one measure, which another report’s "six miles" meets', () => {
    expect(quantities('The quake struck at a depth of 10 kilometers (six miles).').map((c) => c.text)).toEqual(['depth of 10 kilometers']);
    const report = compare([{ text: 'The quake struck at a depth of 10 kilometers (six miles).' }, { text: 'The quake hit at a depth of six miles.' }]);
    expect(report.findings.filter((f) => f.kind === 'quantity').map((f) => f.status)).toEqual(['agree']);
  });

  test('a sum converted to another currency stays a figure of its own', () => {
    expect(quantities('The governor pledged 500,000 euros ($545,000) for the families.').map((c) => c.text)).toEqual(['pledged 500,000 euros', '$545,000']);
  });
});

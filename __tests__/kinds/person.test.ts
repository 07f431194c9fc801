import { compare } from '../../src';
import { claimsOf } from '../helpers/claims';
import { kindSpec } from '../../src/kinds';
import type { Claim } from '../../src/types';

const people = (text: string) => claimsOf('person', text);
const spec = kindSpec('person');

function named(text: string): Claim {
  const found = people(text);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
}

describe('person: names', () => {
  // [sentence, claim text, canonical name]
  test.each<[string, string, string]>([
    ['Prime Minister Giorgia Meloni arrived in Rome.', 'Giorgia Meloni', 'Giorgia Meloni'],
    ['Commission President Ursula von der Leyen spoke first.', 'Ursula von der Leyen', 'Ursula von der Leyen'],
    ['Striker Carlos Nuñez scored twice.', 'Carlos Nuñez', 'Carlos Nuñez'],
    ['Sen. Mark Kelly voted against the bill.', 'Mark Kelly', 'Mark Kelly'],
    ['John F. Kennedy was president then.', 'John F. Kennedy', 'John F. Kennedy'],
    ['Pope Leo XIV offered the Vatican as a venue.', 'Leo XIV', 'Leo XIV'],
    // Many people go by one name: a title or a role after it says someone is meant.
    ['Forty homes were damaged, said agency official Sutarno.', 'Sutarno', 'Sutarno'],
    ['Sutarno, an official of the local agency, gave the toll.', 'Sutarno', 'Sutarno'],
  ])('%j → %j', (text, words, name) => {
    const c = named(text);
    expect(c.text).toBe(words);
    expect(c.value.name).toBe(name);
  });

  test('a later surname-only mention resolves to the full name', () => {
    const found = people('Judge Anna Marsh sentenced the man on Friday. Marsh called the crime grave.');
    expect(found.map((c) => [c.text, c.value.name])).toEqual([
      ['Anna Marsh', 'Anna Marsh'],
      ['Marsh', 'Anna Marsh'],
    ]);
  });

  test('a possessive surname resolves too: "Meloni’s office"', () => {
    const found = people('Giorgia Meloni spoke. Meloni’s office confirmed it.');
    expect(found.map((c) => c.value.name)).toEqual(['Giorgia Meloni', 'Giorgia Meloni']);
  });

  test('"Donald Trump" and "Melania Trump" are two people', () => {
    const found = people('Donald Trump signed the bill as Melania Trump looked on.');
    expect(found.map((c) => c.value.name)).toEqual(['Donald Trump', 'Melania Trump']);
  });
});

describe('person: comparing two spellings', () => {
  const pair = (a: string, b: string) => {
    const [x, y] = [named(a), named(b)];
    return { affinity: spec.affinity!(x, y, 0, () => []), verdict: spec.relate(x, y) };
  };

  test('"Giorgia Meloni" vs "Georgia Meloni": one person, spelled differently (conflict)', () => {
    const { affinity, verdict } = pair('Prime Minister Giorgia Meloni spoke.', 'Prime Minister Georgia Meloni spoke.');
    expect(affinity).not.toBeNull();
    expect(verdict.relation).toBe('conflict');
    expect(verdict.reason).toMatch(/Giorgia Meloni/);
    expect(verdict.reason).toMatch(/Georgia Meloni/);
  });

  test.each<[string, string]>([
    ['Commission President Ursula von der Leyen spoke.', 'Commission President Ursula von Der Leyen spoke.'],
    ['Striker Carlos Nuñez scored.', 'Striker Carlos Nunez scored.'],
  ])('%j and %j differ only in case or accents: equal', (a, b) => {
    const { affinity, verdict } = pair(a, b);
    expect(affinity).not.toBeNull();
    expect(verdict.relation).toBe('equal');
  });

  test('"Donald Trump" and "Melania Trump" are never aligned', () => {
    expect(pair('Donald Trump signed it.', 'Melania Trump signed it.').affinity).toBeNull();
  });

  test('a middle initial is optional: "John F. Kennedy" is "John Kennedy"', () => {
    const { affinity, verdict } = pair('John F. Kennedy spoke.', 'John Kennedy spoke.');
    expect(affinity).not.toBeNull();
    expect(verdict.relation).not.toBe('conflict');
  });
});

describe('person: strings that must NOT be a person claim', () => {
  test.each([
    'Trump posted on Truth Social late on Monday.',
    'The quake was measured by the Geological Survey on Monday.',
    'The story was carried by the Associated Press and Kraft Foods.',
    'They watched the Super Bowl and the Hunger Games.',
    'Reporters gathered at the White House on Monday.',
    'The ceremony took place in the Rose Garden.',
    'The Washington Post reported the call.',
    'Officials in New York met on Monday.',
    'Vance boarded Air Force Two in Rome.',
    'He fell near the Tasman Saddle Hut on Friday.',
    'He slipped on the Tasman Glacier below the Minaret Peak.',
    'He died climbing Mt Cook on Friday.',
    'The European Commission issued a statement.',
    'The Supreme Court ruled on Friday.',
    'He flew to Saudi Arabia.',
    'The train, operated by Northline Rail, derailed near the town of Marrow Creek.',
    'Flights on Coastal Airways were cancelled at Palm Springs.',
    'He broke into Harlow & Sons Jewellers and appeared at Lisbury Magistrates’ Court.',
    'The Ridgeback Fire had burned 14,500 acres by Wednesday, and the Ember Creek Blaze was out.',
    'A landslide hit a village in Central Java, and Western Cape officials sent help.',
    'Northshire Police said the crash happened at 7.50pm; Avon Constabulary agreed.',
    'She won two Tony Awards for the role.',
    'Despite Vance saying so, nothing changed.',
    'Funds went to the Boys and Girls Club of Greater Washington and to Metro Atlanta schools.',
    'The driver of a gray 2009 Honda Accord fled, and the 2016 Rio Olympics were over.',
    'Two Hamas militants were among the dead.',
    'Jakarta, the capital, shook; Apple, the owner of the store, closed it.',
    'The priest, a Roman Catholic of the old school, spoke.',
  ])('%j', (text) => {
    expect(people(text).map((c) => c.text)).toEqual([]);
  });
});

test('a state\'s name and "State" name its university, never shortened to "State"; after "in", the state', () => {
  expect(people('Creighton will play Indiana State on Saturday. Wichita State lost.').map((c) => c.text)).toEqual(['Indiana State']);
  expect(people('Officials in Indiana State met on Monday, and the Ohio State University closed.').map((c) => c.text)).toEqual([]);
});

test('a year before a name says which model or edition; a date phrase before a name does not', () => {
  expect(people('In 2013 Ann Lee said so, and since 2010 Tom Reyes has agreed.').map((c) => c.text)).toEqual(['Ann Lee', 'Tom Reyes']);
});

test('a byline\'s job title is no person: "By Elena Varga, Staff Reporter"', () => {
  expect(people('By Elena Varga, Staff Reporter').map((c) => c.text)).toEqual(['Elena Varga']);
  expect(people('By Tom Reyes, Senior Correspondent, and Ana Diaz, Contributing Writer').map((c) => c.text)).toEqual(['Tom Reyes', 'Ana Diaz']);
});

describe('person: a role written before a name is no part of it', () => {
  test.each([
    ['The shop’s owner, Henry Harlow, 64, spoke.', 'Owner Henry Harlow, 64, told local media.'],
    ['Detective Inspector Claire Munro said so.', 'According to Det. Insp. Claire Munro, it was so.'],
    ['Special Counsel Dana Roth filed it.', 'Dana Roth filed it.'],
    ['Majority Whip Ted Lowry was hurt.', 'Ted Lowry, the majority whip, was hurt.'],
    ['It was won by Democrat Ada Quist.', 'Ada Quist, a Democrat, won.'],
  ])('%j and %j name one person', (a, b) => {
    const report = compare([{ text: a }, { text: b }]);
    const people = report.findings.filter((f) => f.kind === 'person');
    expect(people.map((f) => [f.status, f.sources.join('')])).toEqual([['agree', 'AB']]);
  });
});

describe('person: one role, two first names', () => {
  test('"Police Chief John Smith" and "Police Chief James Smith" diverge on who holds the role', () => {
    const report = compare([{ text: 'Police Chief John Smith said two men were arrested.' }, { text: 'Police Chief James Smith said the men were held.' }]);
    const smith = report.findings.find((f) => f.kind === 'person' && f.claims.some((c) => c.text.includes('Smith')))!;
    expect(smith.status).toBe('diverge');
    expect(smith.reason).toMatch(/John Smith vs James Smith/);
  });

  test('a courtesy title is no role: "Mr. Alan Reed" and "Mr. Bob Reed" are two people', () => {
    const report = compare([{ text: 'Mr. Alan Reed spoke first.' }, { text: 'Mr. Bob Reed spoke last.' }]);
    expect(report.findings.filter((f) => f.kind === 'person').map((f) => f.status)).toEqual(['only', 'only']);
  });
});

test('"Lars Ostby" and "Lars Østby" are one person, spelled with and without its ø', () => {
  const report = compare([{ text: 'Prime Minister Lars Ostby conceded defeat.' }, { text: 'Prime Minister Lars Østby admitted defeat.' }]);
  expect(report.findings.filter((f) => f.kind === 'person').map((f) => [f.status, f.sources.join('')])).toEqual([['agree', 'AB']]);
});

describe('person: a surname spelled two ways', () => {
  test('"Tomas Brevik" and "Tomas Brevick" diverge on spelling; "Anna Brevik" and "Tomas Brevick" are two people', () => {
    const same = compare([{ text: 'Prime Minister Tomas Brevik conceded.' }, { text: 'Leader Tomas Brevick conceded.' }]);
    const f = same.findings.find((x) => x.kind === 'person')!;
    expect([f.status, f.reason]).toEqual(['diverge', 'spelled Tomas Brevik vs Tomas Brevick']);
    const two = compare([{ text: 'Anna Brevik voted.' }, { text: 'Tomas Brevick voted.' }]);
    expect(two.findings.filter((x) => x.kind === 'person').map((x) => x.status)).toEqual(['only', 'only']);
  });
});

describe('person: a surname misspelled within one report', () => {
  const names = (text: string) => people(text).map((c) => [c.text, c.value.name]);

  test('"Tomas Brevik … rescue Brevick by" is Tomas Brevik', () => {
    expect(names('Tomas Brevik fell on Friday. Climbers tried to rescue Brevick by carrying him down.')).toEqual([
      ['Tomas Brevik', 'Tomas Brevik'],
      ['Brevick', 'Tomas Brevik'],
    ]);
  });

  test('a plural, a word after an article, one of another first letter or a month is no misspelling', () => {
    expect(names('Anna Holt spoke, and Holts came too. The Hole was closed, and Bolt arrived.').map(([text]) => text)).toEqual(['Anna Holt']);
    expect(names('Judge Helen Marsh set the trial for March and left.').map(([text]) => text)).toEqual(['Helen Marsh']);
  });
});

describe('person: a familiar form of a given name is no other spelling', () => {
  test.each<[string, string]>([
    ['Defense Secretary James Tallow resigned.', 'Defense Secretary Jim Tallow resigned.'],
    ['Senator Christopher J. Ardent spoke.', 'Sen. Chris Ardent spoke.'],
    ['Lawyer William Okafor objected.', 'Lawyer Bill Okafor objected.'],
    ['Aide Zachary Penn was hurt.', 'Aide Zack Penn was hurt.'],
    ['Officer Vassilios Korakas fired the shot.', 'Officer Vassilis Korakas fired the shot.'],
  ])('%j and %j agree', (a, b) => {
    const report = compare([{ text: a }, { text: b }]);
    expect(report.findings.filter((f) => f.kind === 'person').map((f) => [f.status, f.sources.join('')])).toEqual([['agree', 'AB']]);
  });

  test('two given names that are no forms of one name still name two people: "Jim Reed" and "John Reed"', () => {
    const report = compare([{ text: 'Jim Reed spoke first.' }, { text: 'John Reed spoke last.' }]);
    expect(report.findings.filter((f) => f.kind === 'person').map((f) => f.status)).toEqual(['only', 'only']);
  });
});

describe('person: a relative shares a surname, not a name', () => {
  test('after "his daughter Mira Holt", a later "Holt" is the titled Holt, not her', () => {
    const found = people('His daughter Mira Holt smiled. President Holt spoke. Holt left.');
    expect(found.map((c) => [c.text, c.value.name, c.value.role])).toEqual([
      ['Mira Holt', 'Mira Holt', undefined],
      ['Holt', 'Holt', 'president'],
      ['Holt', 'Holt', 'president'],
    ]);
  });

  test('"his brother Vitali" names the brother', () => {
    expect(people('He beat the record of his elder brother Vitali last year.').map((c) => c.value.name)).toEqual(['Vitali']);
  });

  test('a relative and the titled namesake of another source are no divergence', () => {
    const report = compare([{ text: 'The president’s daughter Mira Holt waved. President Holt spoke by video.' }, { text: 'President Dan Holt spoke by video.' }]);
    expect(report.findings.filter((f) => f.kind === 'person' && f.status === 'diverge')).toEqual([]);
  });
});

describe('person: a headline’s capitals are no name', () => {
  test('a headline names those its text names in full, without the words glued to them', () => {
    const found = people('Party Leaders Defend Roy Vance Over Claims\n\nRoy Vance denied the claims on Monday. Vance spoke.');
    expect(found.map((c) => [c.text, c.value.name])).toEqual([
      ['Roy Vance', 'Roy Vance'],
      ['Roy Vance', 'Roy Vance'],
      ['Vance', 'Roy Vance'],
    ]);
  });

  test('a verb in a headline is no surname: "Vance Says"', () => {
    const found = people('Vance Says Defense Secretary Will Retire In February\n\nRoy Vance said so on Monday.');
    expect(found.map((c) => c.text)).toEqual(['Vance', 'Roy Vance']);
  });
});

test('a family name with its particle written together or apart is one name: "Del Sarto" and "DelSarto"', () => {
  const report = compare([{ text: 'Judge Vincent Del Sarto sealed the file.' }, { text: 'Justice Vincent DelSarto sealed the file.' }]);
  expect(report.findings.filter((f) => f.kind === 'person').map((f) => [f.status, f.sources.join('')])).toEqual([['agree', 'AB']]);
});

test('a fuller writing of a name is the same person: "Tariq Hamid Nour" and "Hamid Nour"', () => {
  const report = compare([{ text: 'Army spokesman Tariq Hamid Nour denied it.' }, { text: 'Army spokesman Hamid Nour denied it.' }]);
  expect(report.findings.filter((f) => f.kind === 'person').map((f) => f.status)).toEqual(['agree']);
});

test('a role written with a surname alone is not given to the first full name of that surname', () => {
  const found = people('Lena Orr waved from the stage. President Orr spoke next.');
  expect(found.map((c) => [c.text, c.value.name, c.value.role])).toEqual([
    ['Lena Orr', 'Lena Orr', undefined],
    ['Orr', 'Lena Orr', undefined],
  ]);
});

test('a headline whose subtitle is quoted is still a headline', () => {
  const found = people('Party Leaders Defend Roy Vance: ‘It Was Long Ago’\n\nRoy Vance denied the claims.');
  expect(found.map((c) => c.text)).toEqual(['Roy Vance', 'Roy Vance']);
});

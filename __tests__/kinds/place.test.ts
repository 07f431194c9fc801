import { compare } from '../../src';
import { claimsOf } from '../helpers/claims';

const places = (text: string) => claimsOf('place', text);
const placeFindings = (a: string, b: string) =>
  compare([{ text: a }, { text: b }])
    .findings.filter((f) => f.kind === 'place')
    .map((f) => [f.status, f.claims.map((c) => c.text)]);

describe('place: names, alternate names and demonyms', () => {
  // [sentence, claim text, display name of the place]
  test.each<[string, string, string]>([
    ['The talks were held in Kyiv.', 'Kyiv', 'Kyiv'],
    ['The talks were held in Kiev.', 'Kiev', 'Kyiv'],
    ['Officials from Türkiye attended.', 'Türkiye', 'Türkiye'],
    ['Officials from Turkey attended.', 'Turkey', 'Türkiye'],
    ['French President Emmanuel Macron spoke.', 'French', 'France'],
    ['France sent troops.', 'France', 'France'],
    ['He moved to Calif. last year.', 'Calif.', 'California'],
    ['The Vatican offered to host the talks.', 'Vatican', 'Vatican City'],
    ['Flights to New York resumed.', 'New York', 'New York'],
    ['Police raided a remote West Texas ranch.', 'West Texas', 'Texas'],
    ['Fires spread across Northern California.', 'Northern California', 'California'],
  ])('%j → %j (%s)', (text, words, display) => {
    const found = places(text);
    expect(found.map((c) => c.text)).toEqual([words]);
    expect(found[0].value.display).toBe(display);
  });

  test.each<[string, string]>([
    ['Kyiv', 'Kiev'],
    ['Türkiye', 'Turkey'],
    ['France', 'French'],
    ['California', 'Calif.'],
    ['United States', 'U.S.'],
  ])('"%s" and "%s" are one place', (a, b) => {
    const [x] = places(`Officials spoke of ${a} again.`);
    const [y] = places(`Officials spoke of ${b} again.`);
    expect(x.key).toBe(y.key);
    expect(x.value.name).toBe(y.value.name);
  });

  test('Kyiv and Moscow are different places', () => {
    const [kyiv, moscow] = places('Kyiv and Moscow traded blame.');
    expect(kyiv.value.name).not.toBe(moscow.value.name);
  });
});

describe('place: strings that must NOT be a place claim', () => {
  test.each([
    'The Washington Post reported the call.',
    'The New York Times published the letter.',
    'Reporters waited for hours.',
    'It is a matter of china and porcelain.',
    'By Jordan Hale, with reporting from the coast.',
    'Jordan Hale said the fire spread.',
    'T-Mobile added the phone to its line-up.',
    'The laptop has an SD card slot.',
    'It was decided in Mr. Lee\'s office, in Oct. of that year, in Week 16 of the season.',
  ])('%j', (text) => {
    expect(places(text).map((c) => c.text)).toEqual([]);
  });

  test('a state\'s two capitals abbreviate it with dots or after a comma, and "US" stays the country', () => {
    expect(places('She moved to Rapid City, SD last year, then to Pierre, S.D., with US troops.').map((c) => c.value.display)).toEqual(['Rapid City', 'South Dakota', 'South Dakota', 'United States']);
  });
});

describe('place: names the gazetteer does not know', () => {
  test('"in Brenmoor" and "at Ashgate Stadium" are places; "in March" and "at Smith\'s home" are not', () => {
    const report = compare([{ text: 'The flood hit homes in Brenmoor in March. Fans gathered at Ashgate Stadium and at Smith’s home.' }, { text: 'Water rose in Brenmoor.' }]);
    const places = report.findings.filter((f) => f.kind === 'place');
    expect(places.map((f) => [f.status, f.claims.map((c) => c.text)])).toEqual([
      ['agree', ['Brenmoor', 'Brenmoor']],
      ['only', ['Ashgate Stadium']],
    ]);
  });

  test('a name with an inner capital ("MedStar Washington Hospital Center") and one ending in "Corridor" are places', () => {
    expect(places('He was taken to the MedStar Washington Hospital Center on Wednesday.').map((c) => c.text)).toEqual(['MedStar Washington Hospital Center']);
    expect(places('The ships sailed through the Internationally Recognised Transit Corridor.').map((c) => c.text)).toEqual(['Internationally Recognised Transit Corridor']);
  });

  test('"Recognised" and "Recognized" are one name in two spellings of English, not a typo', () => {
    const report = compare([{ text: 'The ships sailed through the Internationally Recognised Transit Corridor.' }, { text: 'Merchant ships on their way to the east use the Internationally Recognized Transit Corridor.' }]);
    expect(report.findings.filter((f) => f.kind === 'place').map((f) => f.status)).toEqual(['agree']);
  });

  test('"at Ashgate" in a source that says "at Ashgate Stadium" is the stadium, and meets another report\'s "at Ashgate"', () => {
    const report = compare([{ text: 'Fans gathered at Ashgate Stadium. It was the first final at Ashgate since the rebuild.' }, { text: 'The final was played at Ashgate.' }]);
    const places = report.findings.filter((f) => f.kind === 'place');
    expect(places.map((f) => [f.status, f.claims.map((c) => c.text)])).toEqual([['agree', ['Ashgate Stadium', 'Ashgate', 'Ashgate']]]);
  });

  test('after "to" or "from", a name is a place when its last word says so; a known place may begin it', () => {
    expect(places('She was taken to Kessel Hospital. A call came from the Copper Hotel.').map((c) => c.text)).toEqual(['Kessel Hospital', 'Copper Hotel']);
    expect(places('She was taken to Jamaica Hospital.').map((c) => c.text)).toEqual(['Jamaica Hospital']);
    expect(places('She wrote to Kessel Brandt. He sold it to Jamaica Airways.').map((c) => c.text)).toEqual([]);
  });

  test('after "the", whatever the verb, a name is a place when its last word says so', () => {
    expect(places('He fell while approaching the Tasman Saddle Hut.').map((c) => c.text)).toEqual(['Tasman Saddle Hut']);
    expect(places('He praised the Kessel Brandt team. He thanked the Copper Lantern.').map((c) => c.text)).toEqual([]);
  });

  test('a name before a kind of place is a place; a name that starts with "The" starts after it', () => {
    expect(places('Shots rang out in the Kessel neighborhood. He worked at The Copper Lantern.').map((c) => c.text)).toEqual(['Kessel', 'Copper Lantern']);
  });

  test('a title-case headline names no unknown place: "Star Leaves Rehab In Palm Desert"', () => {
    expect(places('Star Leaves Rehab In Kessel Desert Early\n\nThe star left rehab in Kessel on Monday.').map((c) => c.text)).toEqual(['Kessel']);
  });

  test('a name ends before an adverb ("in the Copper Garden barely a day later") but not before a noun', () => {
    expect(places('He spoke in the Copper Garden barely a day later.').map((c) => c.text)).toEqual(['Copper Garden']);
    expect(places('He spoke in the Copper administration.').map((c) => c.text)).toEqual([]);
  });

  test('a town named with its country ("in Berne, Switzerland") is that country\'s city spelled alike; not with a province', () => {
    expect(placeFindings('The summit opened in Berne, Switzerland, on Monday.', 'Delegates arrived in Bern for the summit.')).toEqual([
      ['agree', ['Berne', 'Bern']],
      ['only', ['Switzerland']],
    ]);
    expect(places('The fire started in Creston, British Columbia.').map((c) => c.value.display)).not.toContain('Preston');
  });

  test('a name that begins with its kind of place ("on Mount Kessel") is a place, and "Mt" is "Mount"', () => {
    expect(places('The pair camped on Mount Kessel for a week.').map((c) => c.text)).toEqual(['Mount Kessel']);
    expect(placeFindings('The climber fell near the Mt Kessel Bivvy.', 'He slipped from a ledge on Mount Kessel.')).toEqual([['agree', ['Mt Kessel Bivvy', 'Mount Kessel']]]);
  });
});

describe('place: towns, and names that are also people', () => {
  // [text, the place claims' texts]
  test.each<[string, string[]]>([
    // A minor town is a place where the text says so: after a locative, before its state, or as
    // where someone is from.
    ['The talks were held in Bath on Friday.', ['Bath']],
    ['The suspect, of Ithaca, N.Y., was arrested.', ['Ithaca', 'N.Y.']],
    ['Police said a Gary man was held.', ['Gary']],
    ['The Bath team won. Fans cheered in Bath.', ['Bath', 'Bath']],
    ['Bath time is over for the team.', []],
    ['The fire hit a shop in a Bath suburb.', ['Bath']],
    // A city whose name is a person's in this text is that person.
    ['Elizabeth Warren spoke. Warren said the plan would pass.', []],
    ['Officials in Warren said the plan would pass.', ['Warren']],
    // …but a person named with one of a city's words leaves the city alone.
    ['Ann York said she lives in New York City.', ['New York City']],
    // "The Bronx" is written "the Bronx".
    ['He was born in the Bronx.', ['Bronx']],
  ])('%j → %j', (text, expected) => {
    expect(places(text).map((c) => c.text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['A visitor to the Valley Hotel walked out and saw smoke.', 'Valley Hotel'],
    ['He was flown to Mt. Cook Village, where he died.', 'Mt. Cook Village'],
    ['He served six months on Parris Island in 1970.', 'Parris Island'],
    ['Pirates attacked a tanker off Kessel Island at dawn.', 'Kessel Island'],
  ])('a place noun ends a name after "on" or "off" or before a verb, and "Mt." may open it: %j', (text, words) => {
    expect(places(text).map((c) => c.text)).toEqual([words]);
  });

  test('a direction before a state is a place, not a person: "West Texas"', () => {
    expect(claimsOf('person', 'Police raided the remote West Texas ranch.')).toEqual([]);
  });

  test('a name that only begins with a town is a person: "Gary Lindqvist said"', () => {
    expect(claimsOf('person', 'Gary Lindqvist said the road was closed.').map((c) => c.value.name)).toEqual(['Gary Lindqvist']);
  });
});

describe('place: two places named for one role', () => {
  test('"spoke in Norfolk" and "spoke in Norwalk" diverge', () => {
    expect(placeFindings('The senator spoke in Norfolk on Monday about veterans.', 'The senator spoke in Norwalk on Monday about veterans.')).toEqual([['diverge', ['Norfolk', 'Norwalk']]]);
  });

  test('"struck near Padang" and "struck near Medan" diverge', () => {
    expect(placeFindings('The quake struck near Padang on Sunday, killing 12.', 'The quake struck near Medan on Sunday, killing 12.')).toEqual([['diverge', ['Padang', 'Medan']]]);
  });

  test('two places near each other agree: "born in the Bronx", "born in New York City"', () => {
    expect(placeFindings('The senator was born in the Bronx in 1950.', 'The senator was born in New York City in 1950.')).toEqual([['agree', ['Bronx', 'New York City']]]);
  });

  test('a city and its country agree', () => {
    expect(placeFindings('The senator spoke in Lyon on Monday about veterans.', 'The senator spoke in France on Monday about veterans.')).toEqual([['agree', ['Lyon', 'France']]]);
  });

  test('a source that names two places for the role says of neither which one is meant', () => {
    expect(placeFindings('The senator spoke in Norfolk on Monday and spoke in Denver on Friday.', 'The senator spoke in Norwalk on Monday.').map(([status]) => status)).not.toContain('diverge');
  });

  test('mentions of one place for roles apart are told apart: "the crowd gathered in Norwalk", "the Norwalk event"', () => {
    const texts = [
      'The senator apologised for what he said at the event in Norfolk.',
      'The senator spoke to the crowd gathered in Norwalk. He apologised for the Norwalk event.',
      'The senator spoke to the crowd gathered in Norwalk. He apologised for the event in Norfolk.',
    ].map((text) => ({ text }));
    const findings = compare(texts).findings.filter((f) => f.kind === 'place');
    expect(findings.map((f) => [f.status, f.claims.map((c) => `${c.source}:${c.text}`)])).toEqual([
      ['diverge', ['A:Norfolk', 'B:Norwalk', 'C:Norfolk']],
      ['agree', ['B:Norwalk', 'C:Norwalk']],
    ]);
  });

  test('a date between the word and its preposition is passed over: "spoke on May 2, 2008, in Norfolk"', () => {
    expect(placeFindings('The senator spoke on May 2, 2008, in Norfolk, his office said.', 'The senator spoke in Norwalk, his office said.')).toEqual([['diverge', ['Norfolk', 'Norwalk']]]);
  });

  test('"a raid at the Harlem apartment" and "the apartment in New York City" agree', () => {
    expect(placeFindings('Agents carried out a raid at the Harlem apartment of the consultant.', 'Agents searched the apartment in New York City of the consultant.')).toEqual([['agree', ['Harlem', 'New York City']]]);
  });

  test('places named for different roles are different facts', () => {
    expect(placeFindings('The senator spoke in Norfolk on Monday about veterans.', 'The senator lives in Norwalk and talked about veterans.').map(([status]) => status)).toEqual(['only', 'only']);
  });
});

describe('place: where a person was born or lives', () => {
  test('where someone was born is a fact apart from what happened there: "the California native"', () => {
    expect(placeFindings('The actress died in Los Angeles, California. The California native was 91.', 'The actress died at home in California on Thursday.')).toEqual([
      ['only', ['Los Angeles']],
      ['agree', ['California', 'California']],
      ['only', ['California']],
    ]);
  });

  test('"born on March 3, 1950, in New York City" meets "born in the Bronx", however far the date puts "born"', () => {
    expect(placeFindings('Mr. Hale was born on March 3, 1950, in New York City and grew up there.', 'Hale was born in the Bronx to a family of tailors.')).toEqual([['agree', ['New York City', 'Bronx']]]);
  });

  test('"Jane Rusk, 23, of Denver" and "a Denver woman" say where one lives, not where the crash was', () => {
    expect(placeFindings('Jane Rusk, 23, of Denver, was hurt in the crash.', 'A Denver woman was hurt in the crash on Friday.')).toEqual([['agree', ['Denver', 'Denver']]]);
    expect(placeFindings('Jane Rusk, 23, of Denver, was hurt in the crash.', 'The crash closed a road in Denver on Friday.').map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('two homes never diverge: a report names where several people live', () => {
    expect(placeFindings('A Denver man was charged with the murder on Friday.', 'A Boston man was charged with the murder on Friday.').map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('one named person\'s two homes diverge: "Mira Dhillon, 59, of College Point" and "Mira Dhillon, who lived two blocks away in Ashgate Park"', () => {
    const [a, b] = ['Police found Mira Dhillon, 59, of College Point, lying in the road.', 'Mira Dhillon, who lived two blocks away in Ashgate Park, died in hospital.'];
    expect(placeFindings(a, b)).toEqual([['diverge', ['College Point', 'Ashgate Park']]]);
    expect(placeFindings('Mira Dhillon, who lived in Ashgate Park, died.', 'Mira Dhillon, who lived in Kessel Park, died.')).toEqual([['diverge', ['Ashgate Park', 'Kessel Park']]]);
  });

  test('"Dhillon, who was born in Ashgate Park" and "Dhillon, born in Kessel Park" diverge: one person\'s two birthplaces', () => {
    expect(placeFindings('Mira Dhillon, who was born in Ashgate Park, died.', 'Mira Dhillon, born in Kessel Park, died.')).toEqual([['diverge', ['Ashgate Park', 'Kessel Park']]]);
  });

  test('the homes of two people are two facts, though one town: "Ann Rusk, 30, of Denver" and "Tom Hale, 41, of Denver"', () => {
    const a = 'Ann Rusk, 30, of Denver, and Tom Hale, 41, of Denver, were hurt.';
    const findings = compare([{ text: a }, { text: 'Tom Hale, 41, of Denver, was hurt.' }]).findings.filter((f) => f.kind === 'place');
    const tomsDenver = a.lastIndexOf('Denver');
    expect(findings.map((f) => [f.status, f.claims.map((c) => `${c.source}:${c.start}`)])).toEqual([
      ['only', [`A:${a.indexOf('Denver')}`]],
      ['agree', [`A:${tomsDenver}`, 'B:17']],
    ]);
  });

  test('nor when one may hold the other: a part named by its direction, a big town, a street', () => {
    const statuses = (a: string, b: string) => placeFindings(a, b).map(([status]) => status);
    expect(statuses('Mira Dhillon, who lived in South Ashgate, died.', 'Mira Dhillon, who lived in Ashgate, died.')).not.toContain('diverge');
    expect(statuses('Mira Dhillon, 59, of Brooklyn, died.', 'Mira Dhillon, who lived in Ashgate Park, died.')).not.toContain('diverge');
    expect(statuses('Mira Dhillon, 59, of College Point, died.', 'Mira Dhillon, who lived in Kessel Street, died.')).not.toContain('diverge');
    expect(statuses('Mira Dhillon, 59, of College Point, died.', 'Omar Dhillon, who lived in Ashgate Park, died.')).not.toContain('diverge');
    expect(statuses('Mira Dhillon, 59, of College Point, died.', 'The driver who hit Mira Dhillon lived in Ashgate Park.')).not.toContain('diverge');
  });
});

describe('place: one unknown place spelled two ways', () => {
  test('"Paris Island" and "Parris Island" diverge: a typo in one word of a name', () => {
    expect(placeFindings('He trained for six months on Paris Island.', 'He spent six months at boot camp on Parris Island.')).toEqual([['diverge', ['Paris Island', 'Parris Island']]]);
  });

  test('"Kodak Theatre" and "Kodak Theater" are one place in two spellings of English', () => {
    expect(placeFindings('The show was held at the Kodak Theatre on Sunday.', 'The show was held at the Kodak Theater on Sunday.')).toEqual([['agree', ['Kodak Theatre', 'Kodak Theater']]]);
  });

  test('names of one word, and names with two different words, are left alone', () => {
    expect(placeFindings('The quake struck near Bireun on Tuesday.', 'The quake struck near Bireuen on Tuesday.').map(([status]) => status)).not.toContain('diverge');
    expect(placeFindings('He trained on Paris Island.', 'He trained on Pariss Islet.').map(([status]) => status)).not.toContain('diverge');
  });
});

describe('place: the course something took', () => {
  test('"heading north" and "traveling northbound" agree', () => {
    expect(placeFindings('The van was heading north when it struck her.', 'Witnesses saw a van traveling northbound at speed.')).toEqual([['agree', ['north', 'northbound']]]);
  });

  test('two different courses are never a divergence: they may be two vehicles', () => {
    expect(placeFindings('The van was heading north when it struck her.', 'A second car was driving south.').map(([status]) => status)).toEqual(['only', 'only']);
  });
});

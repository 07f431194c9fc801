import { compare } from '../../src';
import { claimsOf, compareTexts, findingsOf } from '../helpers/claims';
import { kindSpec } from '../../src/kinds';
import { dayNumber } from '../../src/normalise/dates';

const dates = (text: string, published?: string) => claimsOf('date', text, published);

function only(text: string, published?: string) {
  const found = dates(text, published);
  expect(found.map((c) => c.text)).toHaveLength(1);
  return found[0];
}

describe('date: as written (no publication date)', () => {
  // [sentence, claim text, normalised name]
  test.each<[string, string, string]>([
    ['The two leaders spoke on March 18 about trade.', 'March 18', 'March 18'],
    ['The hearing is set for Sept. 3 in Boston.', 'Sept. 3', 'September 3'],
    ['The hearing is set for September 3 in Boston.', 'September 3', 'September 3'],
    ['The vote is due on May 14.', 'May 14', 'May 14'],
    ['The plant closed on the 5th of January after the leak.', '5th of January', 'January 5'],
    ['The leaders spoke on Monday.', 'Monday', 'Monday'],
    ['Talks were held last week in Geneva.', 'last week', 'last week'],
    ['The plant closed earlier this year.', 'earlier this year', 'earlier this year'],
    ['Protests grew this month.', 'this month', 'this month'],
    ['The blast came at 4:30 a.m. near the port.', '4:30 a.m.', '04:30'],
    ['He was arrested shortly after 11 p.m. at the scene.', 'shortly after 11 p.m.', 'shortly after 23:00'],
    ['He was detained at about 11.10pm at the station.', 'about 11.10pm', 'about 23:10'],
    ['The quake struck at 0737 GMT near the coast.', '0737 GMT', '07:37'],
    ['Crews were called at 06:00 BST to the store.', '06:00 BST', '06:00'],
    ['The ship was boarded at 1100 hrs IST off the coast.', '1100 hrs IST', '11:00'],
    ['Doors opened at 08:30 in the hall.', '08:30', '08:30'],
    ['The bill amends the 1976 Foreign Sovereign Immunities Act.', '1976', '1976'],
    ['It is a tradition dating back to 1909 in the capital.', '1909', '1909'],
  ])('%j → %j (%s)', (text, words, name) => {
    const c = only(text);
    expect(c.text).toBe(words);
    expect(c.value.name).toBe(name);
  });

  test('"Sept. 3" and "September 3" are the same date', () => {
    const spec = kindSpec('date');
    expect(spec.relate(only('It opens Sept. 3.'), only('It opens September 3.')).relation).toBe('equal');
  });
});

describe('date: calendar intervals', () => {
  test('"February 2022" is the whole month', () => {
    const c = only('The war began in February 2022.');
    expect(c.value.amount).toEqual({ min: dayNumber(2022, 2, 1), max: dayNumber(2022, 2, 28), exact: false });
    const of = only('The boxes were sent in October of 2014.');
    expect([of.text, of.value.name, of.value.amount!.min]).toEqual(['October of 2014', 'October 2014', dayNumber(2014, 10, 1)]);
  });

  test('"in 2015" is the whole year', () => {
    const c = only('The law took effect in 2015.');
    expect(c.value.amount).toEqual({ min: dayNumber(2015, 1, 1), max: dayNumber(2015, 12, 31), exact: false });
  });

  test.each<[string, string, number, number]>([
    ['Ford set the mark from 1974 to 1978.', '1974 to 1978', 1974, 1978],
    ['He played there from 1995-99 as a guard.', '1995-99', 1995, 1999],
    ['She led the command between 2010 and 2013.', '2010 and 2013', 2010, 2013],
  ])('a range of years %j is one period, %j', (text, words, first, last) => {
    const c = only(text);
    expect([c.text, c.value.amount!.min, c.value.amount!.max]).toEqual([words, dayNumber(first, 1, 1), dayNumber(last, 12, 31)]);
  });

  test.each<[string, string, number, number]>([
    ['The mill was built in the 1930s by settlers.', '1930s', 1930, 1939],
    ["The buildings date back to the mid 1930's.", "mid 1930's", 1933, 1936],
    ['In the early 1990s, the plant grew.', 'early 1990s', 1990, 1993],
    ['The state ran it from the late-1980s on.', 'late-1980s', 1986, 1989],
  ])('a decade %j is its years, %j', (text, words, first, last) => {
    const c = only(text);
    expect([c.text, c.value.amount!.min, c.value.amount!.max]).toEqual([words, dayNumber(first, 1, 1), dayNumber(last, 12, 31)]);
  });

  test('"the 1940s and \'50s": a decade in two digits takes the century of the one before it', () => {
    expect(dates("A star of the 1940s and '50s.").map((c) => c.value.display)).toEqual(['1940s', '1950s']);
    expect(dates("A star of the '50s.")).toEqual([]);
  });

  test('a bare "May" is the month only after a word no name follows: "in May", "last May"', () => {
    expect(dates('The bill cleared the upper house in May and stalled.').map((c) => c.text)).toEqual(['May']);
    expect(dates('The plant has been idle since May.').map((c) => c.text)).toEqual(['May']);
    expect(dates("Critics lost faith in May's plan after May spoke. Rain may come by May.").map((c) => c.text)).toEqual([]);
  });

  test('"May 14, 2024" is one day', () => {
    expect(only('Talks resumed on May 14, 2024.').value.amount).toEqual({ min: dayNumber(2024, 5, 14), max: dayNumber(2024, 5, 14), exact: true });
  });
});

describe('date: resolved against the publication date', () => {
  // A report published on Tuesday 2025-05-20.
  const published = '2025-05-20';
  test.each<[string, [number, number, number], [number, number, number]]>([
    ['The leaders spoke on Monday.', [2025, 5, 19], [2025, 5, 19]],
    ['The parade was held on Sunday.', [2025, 5, 18], [2025, 5, 18]],
    ['The vote was held on May 14.', [2025, 5, 14], [2025, 5, 14]],
    ['Talks were held last week in Geneva.', [2025, 5, 12], [2025, 5, 18]],
    ['Protests grew this month.', [2025, 5, 1], [2025, 5, 31]],
    ['The suspect will appear in court on Thursday.', [2025, 5, 22], [2025, 5, 22]],
    ['He is due to be sentenced on Friday.', [2025, 5, 23], [2025, 5, 23]],
    ['The talks are set to resume on Friday.', [2025, 5, 23], [2025, 5, 23]],
    ['Arsonists set the fire on Sunday.', [2025, 5, 18], [2025, 5, 18]],
    ['The man, who was arrested on Sunday, will appear in court.', [2025, 5, 18], [2025, 5, 18]],
  ])('%j → %j…%j', (text, from, to) => {
    const c = only(text, published);
    expect(c.value.amount!.min).toBe(dayNumber(...from));
    expect(c.value.amount!.max).toBe(dayNumber(...to));
  });

  test('a December date in a January report is last year', () => {
    expect(only('The fire started on December 30.', '2025-01-03').value.amount!.min).toBe(dayNumber(2024, 12, 30));
  });

  test('"at the weekend" in a report published on a Tuesday is the Saturday and Sunday before it, or after it when to come', () => {
    expect(only('The two sides met at the weekend.', published).value.amount).toMatchObject({ min: dayNumber(2025, 5, 17), max: dayNumber(2025, 5, 18) });
    expect(only('The two sides will meet at the weekend.', published).value.amount).toMatchObject({ min: dayNumber(2025, 5, 24), max: dayNumber(2025, 5, 25) });
    expect(dates('The two sides met on the weekend of the vote.', published)).toHaveLength(0);
  });

  test('"the end of 2007" is its last quarter, apart from "in 2007" in the same report', () => {
    const [end, year] = dates('By the end of 2007, the plant was failing. It had opened in 2007.');
    expect([end.text, end.value.name, end.value.amount]).toEqual(['the end of 2007', 'end of 2007', expect.objectContaining({ min: dayNumber(2007, 10, 1), max: dayNumber(2007, 12, 31) })]);
    expect(year.value.name).toBe('2007');
  });

  test('"Monday" resolved to 2025-05-19 agrees with "May 19" and conflicts with "May 18"', () => {
    const spec = kindSpec('date');
    const monday = only('They spoke on Monday.', published);
    expect(spec.relate(monday, only('They spoke on May 19.', published)).relation).toBe('equal');
    expect(spec.relate(monday, only('They spoke on May 18.', published)).relation).toBe('conflict');
  });

  test('"said he would resign on Friday": a weekday seen from an undated past is left unresolved', () => {
    expect(only('He said he would resign on Friday.', published).value.amount).toBeUndefined();
  });

  test('a publication stamp holds no count either: "Published Monday, 7 September 2026"', () => {
    const report = compare([{ text: 'Published Monday, 7 September 2026\n\nSeven people were hurt.' }, { text: 'x.' }]);
    const facts = report.findings.filter((f) => f.kind !== 'statement');
    expect(facts.map((f) => f.claims.map((c) => c.text).join('|'))).toEqual(['Seven people']);
  });

  test('a publication stamp is no date of the event: two stamps a day apart do not diverge', () => {
    const report = compare([
      { text: 'Published Tuesday, May 20, 2025\n\nThe fire broke out on Monday in the old town.', published: '2025-05-20' },
      { text: 'Last updated May 21, 2025\n\nThe fire broke out on Monday in the old town.', published: '2025-05-21' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'date').map((f) => [f.status, f.reason])).toEqual([['agree', 'both Monday (2025-05-19)']]);
  });

  test('an update stamp dates the paragraph it adds, up to its dash: "UPDATE: 9 p.m. -- …"', () => {
    const report = compare([{ text: 'UPDATE: 9 p.m. -- A spokesman said the mayor had resigned.' }, { text: 'At 9:52 p.m., a spokesman said the mayor had resigned.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'statement').map((f) => f.status)).toEqual(['agree']);
  });

  test('without a publication date "Monday" and "May 19" cannot conflict', () => {
    const spec = kindSpec('date');
    expect(spec.relate(only('They spoke on Monday.'), only('They spoke on May 19.')).relation).not.toBe('conflict');
  });
});

describe('date: minutes of a match named once for several', () => {
  test('"in the 17th minute and again in the 88th" agrees with "in the 17th and 88th minutes", minute by minute', () => {
    const report = compare([{ text: 'City won 2-1; Carter scored in the 17th minute and again in the 88th.' }, { text: 'Carter struck twice, in the 17th and 88th minutes, as City won 2-1.' }]);
    const minutes = report.findings.filter((f) => f.kind === 'date').map((f) => [f.status, f.reason]);
    expect(minutes).toEqual([['agree', 'both minute 17'], ['agree', 'both minute 88']]);
  });

  test('an ordinal with no minute near it is no minute: "finished 17th and 88th", "the 17th row"', () => {
    expect(compare([{ text: 'He finished 17th and 88th in the standings. She sat in the 17th row.' }, { text: 'x.' }]).findings.filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('date: moments of a game and exact times', () => {
  test('"with 4:43 left" is the game clock: alike in two reports it agrees, different it is two moments', () => {
    const clocks = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => [f.status, f.claims.map((c) => c.text)]);
    expect(clocks('He sank a free throw with 4:43 left in the half.', 'His free throw came with 4:43 to play.')).toEqual([['agree', ['4:43', '4:43']]]);
    expect(clocks('He sank a free throw with 4:43 left in the half.', 'He sank a free throw with 13:41 left in the half.')).toEqual([
      ['only', ['4:43']],
      ['only', ['13:41']],
    ]);
  });

  test('one exact minute agrees however hedged; "Feb. 28" meets "February 28, 2019"', () => {
    const statuses = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => f.status);
    expect(statuses('Boats were sighted at 9.25 a.m. by the crew.', 'The incident occurred around 9.25 am, officers said.')).toEqual(['agree']);
    expect(statuses('My end date is February 28, 2019.', 'His final day in office will be Feb. 28.')).toEqual(['agree']);
    // An undated "February 12" may be of any year.
    expect(statuses('The call was on February 12.', 'The war began in February 2022.')).toEqual(['only', 'only']);
  });

  test('an undated "March 2" meets "March 2008" when said alike: one month, its day in one report, its year in the other', () => {
    const statuses = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => f.status);
    expect(statuses('At that March 2 rally in Dunmore, the mayor praised the nurses.', 'The mayor praised the nurses at a Dunmore rally in March 2008.')).toEqual(['agree']);
  });
});

describe('date: parts of the day', () => {
  const times = (text: string) => dates(text).filter((c) => c.key === 'date|time').map((c) => [c.text, c.value.name, c.value.amount!.min, c.value.amount!.max]);
  const findings = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => [f.status, f.claims.map((c) => c.text).join(' | ')]);

  test('"Thursday morning", "late Monday afternoon", "early Friday", "before dawn": a day and a time of it', () => {
    expect(times('The boats came into view on Thursday morning near the reef.')).toEqual([['Thursday morning', 'morning', 300, 720]]);
    expect(times('The council met late Monday afternoon.')).toEqual([['late Monday afternoon', 'late afternoon', 900, 1080]]);
    expect(times('Agents raided the farm early Friday.')).toEqual([['early Friday', 'small hours', 0, 420]]);
    expect(times('Agents raided the farm before dawn. It was a pre-dawn raid.')).toEqual([
      ['before dawn', 'small hours', 0, 420],
      ['pre-dawn', 'small hours', 0, 420],
    ]);
    expect(dates('The boats came into view on Thursday morning.').map((c) => c.text)).toEqual(['Thursday', 'Thursday morning']);
    expect(times('The council met late on Monday night.')).toEqual([['Monday night', 'night', 1200, 1440]]);
  });

  test('"early Friday" and "before dawn" agree; a part of the day is no rival to a clock, nor to another day\'s', () => {
    expect(findings('Agents arrested the mayor early Friday at his farm.', 'Agents arrested the mayor before dawn at his farm.')).toEqual([
      ['agree', 'early Friday | before dawn'],
      ['only', 'Friday'],
    ]);
    expect(findings('The quake struck the coast on Tuesday afternoon, officials said.', 'The quake struck the coast at 0737 GMT on Tuesday, officials said.').filter(([status]) => status === 'diverge')).toEqual([]);
    expect(findings('The mayor spoke to the council on Saturday evening.', 'The mayor spoke to the council on Wednesday evening.').filter(([status]) => status === 'agree')).toEqual([]);
  });

  test('"at 9.25 a.m. on Thursday" falls in "Thursday morning"; "3 p.m. on Monday" is no rival to "Tuesday at 4 p.m."', () => {
    expect(findings('Crew on the tanker saw the skiffs at 9.25 a.m. on Thursday.', 'The pirates struck on Thursday morning, the navy said.')).toContainEqual(['agree', '9.25 a.m. | Thursday morning']);
    // Without its day, the clock would conflict.
    expect(findings('The ferry sank at 3 p.m. on Monday near the pier.', 'The ferry sank Tuesday at 4 p.m. near the pier.').filter(([status]) => status === 'diverge')).toEqual([]);
  });

  test('"Thursday night" in two reports is a time two happenings may share: only the same happening pairs it, not another night\'s', () => {
    const a = 'The charity game was held on Wednesday night. The clinic issued a statement on Thursday night.';
    const b = 'The charity game was held on Thursday night.';
    expect(findings(a, b).filter(([, claims]) => claims.includes('night'))).toEqual([
      ['only', 'Wednesday night'],
      ['only', 'Thursday night'],
      ['only', 'Thursday night'],
    ]);
    expect(findings('The storm hit the port on Monday night.', 'The storm hit the port late on Monday night.')).toContainEqual(['agree', 'Monday night | Monday night']);
  });

  test('one report\'s mornings of two days are two times, not one mention', () => {
    expect(findings('Doctors operated on Wednesday morning and operated again on Thursday morning.', 'Doctors operated on Thursday morning.')).toContainEqual(['agree', 'Thursday morning | Thursday morning']);
  });
});

describe('date: strings that must NOT be a date claim', () => {
  test.each([
    'Officials may decide later.',
    'May the best team win.',
    'He said that 2015 was a hard year.',
    'Parliament will march on.',
    'The score was 4:43 after the break.',
    'She gave 2000 hours of community service.',
  ])('%j', (text) => {
    expect(dates(text).map((c) => c.text)).toEqual([]);
  });
});

describe('date: what a date is of (its clause), and when two dates diverge', () => {
  const statuses = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => [f.status, f.claims.map((c) => c.text).join(' | ')]);

  test.each<[string, string]>([
    ['Voters in 2009 approved the bond.', 'approv bond voter'],
    ['In 1969, he was indicted in New Jersey.', 'indict'],
    ['It was revived in 2008 under a private operation.', 'reviv'],
    ['Ann Keane praised the 2001 law.', '@keane law prais'],
    // A person after "with", "to", "against" or "from", or one whose thing it is ("Keane's"), is no actor.
    ['Ann Keane praised her talks with Tom Rudd in 2001.', '@keane talk'],
    ["Ann Keane vetoed Tom Rudd's bill in 2001.", '@keane bill veto'],
    // …nor one named inside an aside, unless the aside is the name: "The mayor, Ann Keane, said".
    ['The vote, the first Ann Keane had lost, came in 2001.', 'come'],
    ['The mayor, Ann Keane, resigned in 2001.', '@keane resign'],
    // A date after a comma that ends its sentence is of the whole sentence before it.
    ['Crews were called to the store in the High Street, on Sunday.', 'call crew store'],
  ])('%j: the words of what happened then, names and words of time left out → %j', (text, role) => {
    expect(only(text).value.role).toBe(role);
  });

  test('"today" of two happenings is two facts: "a news conference today" vs "today\'s story distorts his record"', () => {
    const found = statuses('Keane will appear at a news conference today in the capital.', "Today's story distorts the record of the senator.");
    expect(found.map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('one weekday said of two people in clauses of two happenings is two facts: "Keane said Tuesday" vs "Rudd planned a rally Tuesday"', () => {
    const found = statuses('Senator Ann Keane, who chairs the panel, said Tuesday the bill was flawed.', 'Mayor Tom Rudd planned a rally Tuesday with nurses.');
    expect(found.map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('the same year of one happening in two reports diverges: "approved in 2009" vs "in 2010 approved"', () => {
    expect(statuses('City voters in 2009 approved the museum bond.', 'City voters in 2010 approved the museum bond.')).toEqual([['diverge', '2009 | 2010']]);
  });

  test('years of other happenings around one person do not diverge: "a profile of Keane in 2000" vs "the debate on March 1, 2010"', () => {
    const found = statuses('A magazine published a profile of Senator Ann Keane in 2000.', 'Senator Ann Keane spoke at a debate on March 1, 2010.');
    expect(found.filter(([status]) => status === 'diverge')).toEqual([]);
  });

  test('a deadline is no rival of a moment: "by 6:40 a.m. the fire was out" vs "the fire broke out at 3:30 a.m."', () => {
    const found = statuses('Crews said the warehouse fire was out by 6:40 a.m. on the hill.', 'Crews said the warehouse fire was out at 3:30 a.m. on the hill.');
    expect(found.filter(([status]) => status === 'diverge')).toEqual([]);
  });

  test('a period\'s start and a time something happened pair only by their happening or context: "lowest since the 1970s" vs "a 1970s-era law"', () => {
    const found = statuses('Border arrests are at their lowest levels since the 1970s.', 'Presidents have declared emergencies under a 1970s-era law dozens of times.');
    expect(found.map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('"not until 2003" and "until April 2003, when he appeared" date what at last happened; "stayed until 2003" is a deadline', () => {
    expect(only('It was not until 2003 that he admitted the ruse.').rule).toBe('date/year');
    expect(only("It wasn't until 2003 that he admitted the ruse.").rule).toBe('date/year');
    expect(only('He kept up the act until April 2003, when he appeared in court.').rule).toBe('date/month-year');
    expect(only('He kept up the act until 2003 in the village.').rule).toBe('date/year/deadline');
  });

  test('the end of a period is no rival of the end of another: "the quarter will end Jan. 31, 2008" vs "the quarters ended July 31, 2007"', () => {
    const found = statuses('The deal should close in the first fiscal quarter, which will end Jan. 31, 2008.', 'Revenue was $100 billion for the four fiscal quarters ended July 31, 2007.');
    expect(found.filter(([status]) => status === 'diverge')).toEqual([]);
  });

  test('the start of a period is no rival of a point in time: "the worst riots since 1991" vs "the worst riots in 2008"', () => {
    const found = statuses('They were the worst riots in the capital since 1991.', 'They were the worst riots in the capital in 2008.');
    expect(found.filter(([status]) => status === 'diverge')).toEqual([]);
    expect(only('The worst riots since the 1991 defeat.').rule).toBe('date/year-modifier/since');
  });

  test('"from 1977" starts a period, as "since 1977" does; "from 2010 to 2013" is the whole period', () => {
    expect(only('The firm has filed its accounts from 1977, when it opened.').rule).toBe('date/year/since');
    expect(only('She led the command from 2010 to 2013.').rule).toBe('date/year-range');
  });

  test('a period\'s start and a year that equals it are one fact only by context: "paid taxes since 2007" vs "paid taxes in 2007"', () => {
    const spec = kindSpec('date');
    const [since, year, sameYear] = [only('The couple paid taxes since 2007.'), only('The couple paid taxes in 2007.'), only('The firm paid taxes in 2007.')];
    expect(spec.affinity!(since, year, 0.4, () => [])).toBeLessThan(0.4);
    expect(spec.affinity!(sameYear, year, 0.4, () => [])).toBe(0.4);
  });
});

describe('date: relative dates of an undated report', () => {
  const findings = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').map((f) => [f.status, f.claims.map((c) => c.text).join(' | ')]);

  test('"died yesterday" and "died Monday" of one happening are one fact that cannot be checked', () => {
    expect(findings('The actor died yesterday at his home in Malibu.', 'The actor died Monday at his home in Malibu.')).toEqual([['agree', 'yesterday | Monday']]);
  });

  test('"the quake struck yesterday" and "struck … on Tuesday" share the happening, though their sentences share little else', () => {
    expect(findings('The quake struck yesterday afternoon at a depth of just six miles, officials said in Jakarta.', 'A strong earthquake struck Aceh province on Tuesday, sending people running into the streets.')).toEqual([
      ['agree', 'yesterday | Tuesday'],
    ]);
  });

  test('"last year" joins two reports that diverge on the year of one vote', () => {
    const found = findings('Town voters in 2010 approved the school bond.', 'Town voters in 2009 approved the school bond.');
    expect(found).toEqual([['diverge', '2010 | 2009']]);
    const three = findingsOf(compareTexts('Town voters in 2010 approved the school bond.', 'Town voters in 2009 approved the school bond.', 'Last year, town voters approved the school bond.'), 'date');
    expect(three.map((f) => [f.status, f.claims.length])).toEqual([['diverge', 3]]);
  });

  test('"over the weekend" may be another report\'s "Sunday", never its "Monday"', () => {
    expect(findings('The lenders agreed the rescue loan over the weekend in Brussels.', 'The rescue loan for the banks was unveiled on Sunday in Brussels.')).toEqual([['agree', 'over the weekend | Sunday']]);
    expect(findings('The lenders agreed the rescue loan over the weekend in Brussels.', 'The rescue loan for the banks was unveiled on Monday in Brussels.').map(([status]) => status)).toEqual(['only', 'only']);
  });

  test('a fronted date dates its whole sentence: "By the end of 2007, … and the owners closed it" meets "closed … in December 2007"', () => {
    const a = 'By the end of 2007, it was clear to everyone that the plant could not survive, and the owners closed it.';
    expect(findings(a, 'The owners closed the plant in December 2007.')).toEqual([['agree', 'the end of 2007 | December 2007']]);
  });

  test('"were this morning called in" is the report\'s own day; a relative date in a quotation is of when it was said', () => {
    expect(only('Crews were this morning called to the blaze.', '2025-05-20').value).toMatchObject({ name: 'this morning', amount: { min: dayNumber(2025, 5, 20), max: dayNumber(2025, 5, 20) } });
    expect(findings('Crews were this morning called to the blaze at the store.', 'Crews were called yesterday to the blaze at the store.')).toEqual([['agree', 'this morning | yesterday']]);
    expect(dates('Her son wrote on Thursday: "My mother passed away this morning, as she did yesterday." The news spread today.').map((c) => c.text)).toEqual(['Thursday', 'today']);
  });

  test('a relative date narrower than the other, or of another happening, pairs with nothing', () => {
    expect(findings('The actor died yesterday at his home.', 'The actor was born in 1931 in Malibu.').map(([status]) => status)).toEqual(['only', 'only']);
    expect(findings('The actor died yesterday at his home.', 'The studio opened Monday at his home.').map(([status]) => status)).toEqual(['only', 'only']);
  });
});

describe('date: moments that are not one happening', () => {
  const diverging = (a: string, b: string) => findingsOf(compareTexts(a, b), 'date').filter((f) => f.status === 'diverge');

  test('two phases of one vote: "voters began to cast ballots at 8 a.m." vs "voters cast ballots until 4 p.m."', () => {
    expect(diverging('Voters began to cast their ballots at 8 a.m. local time.', 'Voters cast their ballots at 4 p.m. local time.')).toEqual([]);
  });

  test('who announced is no happening: "the firm announced on 12 October" vs "the operator announced on 20 October"', () => {
    expect(diverging('The firm announced on 12 October 2011 that its service was running.', 'The operator announced on 20 October 2011 that all clients were restored.')).toEqual([]);
  });

  test('a sentence that numbers its happening dates another: "the first quake struck at 4:43 a.m."', () => {
    expect(diverging('The quake struck off the coast at 7:48 a.m. local time.', 'The first quake struck off the coast at 4:43 a.m. local time.')).toEqual([]);
    expect(diverging('The first quake struck off the coast at 7:48 a.m.', 'The first quake struck off the coast at 4:43 a.m.')).toHaveLength(1);
  });

  test('a decade is no rival to a year: "in the 1950s the operators lost" vs "the operation failed in 1990"', () => {
    expect(diverging('In the 1950s, dairy operators fought a losing battle.', 'Efforts by dairy operators in 1990 were a losing battle.')).toEqual([]);
  });

  test('a decade meets a year it holds only by context, not by a word of its clause: "built in the 1930s" vs "built in 1935"', () => {
    const spec = kindSpec('date');
    const [decade, year, otherDecade] = [only('The mill was built in the 1930s.'), only('The mill was built in 1935.'), only('The mill was built in the mid-1930s.')];
    expect(spec.affinity!(decade, year, 0.05, () => [])).toBe(0.05);
    expect(spec.affinity!(decade, otherDecade, 0.05, () => [])).toBeGreaterThan(0.05);
  });

  test('a weekday before a date is that date: "on Saturday, 8 October 2011" in a report published a week later', () => {
    const [c] = dates('The cable went down on Saturday, 8 October 2011, it said.', '2011-10-17');
    expect([c.text, c.value.display]).toEqual(['Saturday, 8 October 2011', 'October 8, 2011']);
  });

  test('"Tuesday" in two reports a week apart is the same word, not two days', () => {
    const found = findingsOf(compareTexts({ text: 'His body was discovered Tuesday by a maid.', published: '2004-07-21' }, { text: 'His body was discovered Tuesday by a maid.', published: '2004-07-28' }), 'date');
    expect(found.map((f) => [f.status, f.reason])).toEqual([['agree', 'both tuesday as written']]);
  });
});

describe('date: dates said of different people', () => {
  test('"Eddie Murphy as host of the 2012 Oscars" and "Seth MacFarlane, whose hosting of the 2013 Oscars" do not diverge', () => {
    const found = findingsOf(compareTexts('The academy once chose Eddie Murphy as host of the 2012 Oscars ceremony.', 'The academy once chose Seth MacFarlane as host of the 2013 Oscars ceremony.'), 'date');
    expect(found.map((f) => f.status)).toEqual(['only', 'only']);
    expect(only('The academy chose Eddie Murphy as host of the 2012 Oscars.').value.role).toContain('@murphy');
  });

  test('a generational suffix is no surname: "Tom Smith Jr." and "Ann Cole Jr." are two people', () => {
    const found = findingsOf(compareTexts('Tom Smith Jr. was sentenced to prison in 2019.', 'Ann Cole Jr. was sentenced to prison in 2021.'), 'date');
    expect(found.map((f) => f.status)).toEqual(['only', 'only']);
  });
});

describe('date: the day something was said', () => {
  test('"On Monday, police said the man was arrested" dates the saying, never the arrest of "arrested on Friday"', () => {
    const report = compareTexts(
      { text: 'On Monday, police said the man was arrested at his home after the raid.', published: '2024-05-08' },
      { text: 'The man was arrested at his home on Friday after the raid, police said.', published: '2024-05-08' },
    );
    expect(findingsOf(report, 'date').map((f) => f.status)).toEqual(['only', 'only']);
  });
});

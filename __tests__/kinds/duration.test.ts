import { compare } from '../../src';
import { claimsOf } from '../helpers/claims';
import { formatMinutes } from '../../src/kinds/duration/format';
import { relateIntervals } from '../../src/normalise/intervals';

const durations = (text: string) => claimsOf('duration', text);

function only(text: string) {
  const found = durations(text);
  expect(found.map((c) => c.text)).toHaveLength(1);
  return found[0];
}

describe('duration: lengths in minutes', () => {
  // [sentence, words the claim must hold (it may take in a verb: "lasted three days"), minutes]
  test.each<[string, string, number]>([
    ['They spent two and a half hours talking.', 'two and a half hours', 150],
    ['The leaders held a two-hour discussion on Monday.', 'two-hour discussion', 120],
    ['The council approved a 30-day review.', '30-day review', 30 * 1440],
    ['The flood lasted three days.', 'three days', 3 * 1440],
    ['He was jailed for 30 months.', '30 months', 30 * 43830],
    ['He was jailed for two and a half years.', 'two and a half years', 2.5 * 525960],
    ['The hearing took 45 minutes.', '45 minutes', 45],
  ])('%j → %j = %d min', (text, words, minutes) => {
    const c = only(text);
    expect(c.text).toContain(words);
    expect(c.value.unit).toBe('min');
    expect(c.value.amount!.min).toBeCloseTo(minutes);
    expect(c.value.amount!.max).toBeCloseTo(minutes);
    expect(c.value.amount!.exact).toBe(true);
  });

  test('an ordinal ranks and measures nothing: "a fourth-year pro", "the 3rd mile"', () => {
    expect(durations('Wynn is a fourth-year pro, and the 3rd year was his best.').map((c) => c.text)).toEqual([]);
  });

  test('"30 months" and "two and a half years" are the same length', () => {
    const months = only('He was jailed for 30 months.');
    const years = only('He was jailed for two and a half years.');
    expect(relateIntervals(months.value.amount!, years.value.amount!)).toBe('equal');
  });

  test('"about 2 hours" is an interval around 120 min', () => {
    const { min, max, exact } = only('They spoke for about 2 hours.').value.amount!;
    expect(exact).toBe(false);
    expect(min!).toBeLessThan(120);
    expect(max!).toBeGreaterThan(120);
  });

  test('"30 to 41 months" is a range', () => {
    const c = only('He faces 30 to 41 months in prison.');
    expect(c.value.amount).toEqual({ min: 30 * 43830, max: 41 * 43830, exact: false, vague: true });
  });

  test('"half an hour" is 30 min', () => {
    const c = only('It took half an hour to clear the road.');
    expect(c.value.amount).toEqual({ min: 30, max: 30, exact: true });
  });
});

/** What a duration is the length of, as the claim records it (key and, where kept, value.name). */
const role = (c: { key: string; value: { name?: string } }) => `${c.key} ${c.value.name ?? ''}`;

describe('duration: what the length is of', () => {
  test('the noun after "of" says what lasted: "three years of supervised release", "five days of rioting"', () => {
    expect(role(only('He got three years of supervised release.'))).toBe('duration| releas');
    expect(role(only('The killing sparked five days of rioting shaking Athens.'))).toBe('duration| riot');
  });

  test('a meeting length and a promise "in 24 hours" get different keys', () => {
    const meeting = only('The two leaders held a two-hour discussion.');
    const promise = only('He promised to end the war in 24 hours.');
    expect(role(meeting)).not.toBe(role(promise));
  });

  test('"a six-year sentence" is a prison term like "jailed for six years": the brother\'s four years are another fact', () => {
    const status = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'duration').map((f) => f.status);
    expect(status('Moore received a six-year sentence.', 'Moore was jailed for six years.')).toEqual(['agree']);
    expect(status('The 24-year-old was jailed for six years; his brother, 22, got four.', 'Smith, 24, received a six-year sentence, while his 22-year-old brother was jailed for four years.')).not.toContain('diverge');
  });

  test('a "30-day ceasefire" is not a meeting length', () => {
    expect(role(only('Both sides accepted a 30-day ceasefire.'))).not.toBe(role(only('They held a two-hour discussion.')));
  });
});

describe('duration: strings that must NOT be a duration claim', () => {
  test.each([
    'The 24/7 news cycle never stops.',
    'Officials met at 5 p.m. on Tuesday.',
    'The Hundred Years War ended long ago.',
    'He works at the Day Hospital.',
    'They spoke on Monday.',
    'He stayed a month with his aunt.',
    'Hackers used a zero-day flaw in the browser.',
  ])('%j', (text) => {
    expect(durations(text).map((c) => c.text)).toEqual([]);
  });
});

describe('formatMinutes', () => {
  test.each<[number, string]>([
    [120, '2 h'],
    [150, '2 h 30 min'],
    [45, '45 min'],
    [30 * 1440, '30 days'],
    [2.5 * 525960, '2.5 years'],
    [0.5, '30 s'],
  ])('%d min reads as %j', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('duration: generic roles', () => {
  test('"the worst flood in the valley in more than a decade" and "rain fell on the valley in half a day" are no divergence', () => {
    const report = compare([
      { text: 'At least 31 people were killed when the river broke through a flood wall on Tuesday, officials said, in the worst disaster to hit the Kessel Valley in more than a decade.' },
      { text: 'Forecasters said 18 centimetres of rain had fallen on the Kessel Valley in half a day, swelling the river and its tributaries to record levels.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('"over the nine year span" meets an equal length that names what lasted; "nine years later" does not', () => {
    const statuses = (b: string) => compare([{ text: 'The senator released nine years of tax returns on Friday.' }, { text: b }]).findings.filter((f) => f.kind === 'duration').map((f) => f.status);
    expect(statuses('She earned $12 million over the nine year span, her office said.')).toEqual(['agree']);
    expect(statuses('She left for Paris nine years later, her office said.')).toEqual(['only', 'only']);
  });
  test('a window bounds how close two moments were: "the third school hit within 24 hours" is no length of the fighting', () => {
    const report = compare([
      { text: 'Israeli shells hit a school in Jabaliya, the third school in Gaza to come under fire within 24 hours.' },
      { text: 'Israeli shells have been fired at Gaza in the past 11 days of fighting, police said.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('one report\'s "killed eight days ago" and "protests over the past eight days" are two facts: a moment and a length', () => {
    const report = compare([
      { text: 'The boy was killed by police eight days ago. At least 70 people have been hurt in the protests over the past eight days.' },
      { text: 'The killing sparked five days of protests across the country.' },
    ]);
    const rules = report.findings.filter((f) => f.kind === 'duration').map((f) => f.claims.map((c) => c.rule));
    expect(rules).toContainEqual(['duration/ago']);
    expect(rules.every((r) => !r.includes('duration/ago') || r.length === 1)).toBe(true);
  });
});

describe('duration: lengths far apart that share only a role', () => {
  const diverging = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge');

  test('"a jail sentence of 60 days" and "serving a 15-year sentence" are two sentences, not one that diverges', () => {
    expect(diverging('His only jail sentence in that decade was 60 days for a gambling conviction.', 'The boss ran his crew from behind bars while serving a 15-year sentence.')).toEqual([]);
  });

  test('a role with nothing else in common is no divergence: "sentenced to one to three years", "most of a six-month sentence"', () => {
    expect(diverging('He was sentenced to one to three years in prison.', 'He served most of a six-month sentence before returning home.')).toEqual([]);
  });

  test('a role alone still makes close lengths diverge: a "two-hour discussion" and "two and a half hours" of talks', () => {
    expect(diverging('The two leaders held a two-hour discussion on Monday.', 'The two leaders spent two and a half hours talking on Monday.')).toHaveLength(1);
  });
});

describe('duration: calendar lengths, time served, and what lasted', () => {
  const findings = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'duration').map((f) => f.status);

  test('"a 90-day stay" and "a three-month stay" are one length: a month is 28 to 31 days', () => {
    expect(findings('A judge ordered her to a 90-day stay in rehab.', 'A judge ordered her to a three-month stay in rehab.')).toEqual(['agree']);
    expect(findings('The ban lasts 30 days under the ruling.', 'The ban lasts 31 days under the ruling.')).toEqual(['diverge']);
  });

  test('a term said to be changed is one version of it: "a reduced sentence of four months" is no "six-month sentence"', () => {
    const given = 'He was given a six-month sentence in federal prison for his role in the fraud.';
    expect(findings('He was given a reduced sentence of four months in federal prison for his role in the fraud.', given)).toEqual(['only', 'only']);
    expect(findings('He was given a sentence of four months in federal prison for his role in the fraud.', given)).toEqual(['diverge']);
  });

  test('time served is never the sentence imposed: "served four months" vs "a six-month sentence"', () => {
    expect(only('He served four months in prison.').key).toBe('duration|served');
    expect(only('He was serving a 15-year sentence.').key).toBe('duration|sentence');
    expect(only('The forger was paroled after six years.').key).toBe('duration|served');
    expect(only('The forger got life without parole plus 40 years.').key).not.toBe('duration|served');
    expect(findings('Larue served four months in a federal prison for the cover-up.', 'Larue got a six-month sentence in a federal prison for the cover-up.')).toEqual(['only', 'only']);
  });

  test('generic lengths conflict only when they say alike what lasted: "entered rehab three years ago" vs "filmed a show a few months ago"', () => {
    expect(findings('Actress Tara Reid entered rehab three years ago, her agent said.', 'Actress Tara Reid filmed a reality show a few months ago, her agent said.')).not.toContain('diverge');
  });
});

describe('duration: lengths said of different people', () => {
  test('"Captain Tennant was a 28-year veteran" and "Officer Whitfield, a 20-year veteran" are two facts', () => {
    const statuses = compare([{ text: 'Captain Tom Tennant was a 28-year veteran of the police department.' }, { text: 'Officer Dana Whitfield, a 20-year veteran of the police department, was hurt.' }])
      .findings.filter((f) => f.kind === 'duration')
      .map((f) => f.status);
    expect(statuses).toEqual(['only', 'only']);
  });
});

describe('duration: how far apart two moments are', () => {
  test('"nine days after a heart attack" is no length, and never diverges from a stay of "four weeks"', () => {
    expect(durations('She died in hospital nine days after suffering a heart attack.').map(role)).toEqual(['duration| offset']);
    const report = compare([
      { text: 'Ann Lee died in a Los Angeles hospital nine days after suffering a heart attack.' },
      { text: 'Ann Lee had been in a Los Angeles hospital for four weeks before she died.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });
});

describe('duration: "a month ago", "a day later"', () => {
  test('an article before a unit and "ago" or "later" is one of it, which meets "about one month after"', () => {
    expect(durations('He quit a month ago. She came back a day later.').map((c) => [c.text, c.value.name, c.value.amount!.min])).toEqual([
      ['a month', 'ago', 43830],
      ['a day', 'later', 1440],
    ]);
    const report = compare([
      { text: 'A month ago, when the governor released his own tax returns, he mocked her.' },
      { text: 'Her release comes about one month after the governor released his tax returns.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'duration').map((f) => f.status)).toEqual(['agree']);
  });
});

describe('duration: how long after a happening', () => {
  test('"seeking justice 15 years after the attacks" is how long ago they were; "sentenced to five years after a trial" a term', () => {
    expect(durations('Families are still seeking justice 15 years after the attacks.').map(role)).toEqual(['duration| offset']);
    expect(durations('He was sentenced to five years after a trial.').map(role)).toEqual(['duration|sentence sentence']);
  });

  test('"the 15th anniversary of the attacks" is 15 years after them', () => {
    const report = compare([
      { text: 'Families are still seeking justice 15 years after the attacks on the city.' },
      { text: 'Families lobbied Congress before the 15th anniversary of the attacks on the city.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'duration').map((f) => [f.status, f.claims.map((c) => c.text)])).toEqual([['agree', ['15 years', '15th anniversary']]]);
  });
});

describe('duration: a length given with the dates of its span', () => {
  const findings = (a: string, b: string) => compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'duration').map((f) => f.status);

  test('"From Dec. 2 through Jan. 5, for 35 days" meets an undated "for 35 days": the dates are its span, not another event', () => {
    const dated = 'The strike closed the port on Monday. From Dec. 2 through Jan. 5, for 35 days, dockers and owners argued over wages.';
    expect(findings(dated, 'The strike kept the port shut for 35 days and left dockers without pay.')).toEqual(['agree']);
  });

  test('a rare length meets itself in other words; a common one needs a shared context', () => {
    expect(findings('Talks went on for 35 days in all.', 'Negotiators argued over wages for 35 days.')).toEqual(['agree']);
    expect(findings('Talks went on for two days in all.', 'Negotiators argued over wages for two days.')).toEqual(['only', 'only']);
  });
});

describe('duration: the length a thing had before', () => {
  test('"eight hours of battery life, up from five hours before" gives the old length of the same thing', () => {
    expect(durations('The laptop offers eight hours of battery life, up from five hours before.').map(role)).toEqual(['duration| life', 'duration| life']);
    const report = compare([
      { text: 'The laptop offers eight hours of battery life, up from five hours before.' },
      { text: 'The old model gave five hours of battery life, the firm said.' },
      { text: 'The new laptop has eight hours of battery life, the firm said.' },
    ]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });
});

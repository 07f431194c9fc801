import { dayNumber, daysInMonth, isoDay, lastWeekday, minutesBetween, MONTHS, parseIsoDay, parsePublicationTime, weekdayOf, WEEKDAYS } from '../../src/normalise/dates';

describe('day numbers', () => {
  test('1970-01-01 is day 0 and days count up one a day', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2025, 5, 20) - dayNumber(2025, 5, 19)).toBe(1);
    expect(dayNumber(2025, 3, 1) - dayNumber(2025, 2, 28)).toBe(1);
  });

  test.each(['2025-05-20', '2024-02-29', '1999-12-31', '2000-01-01'])('%s round-trips through its day number', (iso) => {
    expect(isoDay(parseIsoDay(iso)!)).toBe(iso);
  });

  test.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '20-05-2025', 'May 20, 2025', ''])('%j is not a date', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });

  test.each<[number, number, number]>([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%d-%d has %d days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('weekdays', () => {
  test('2025-05-20 was a Tuesday', () => {
    expect(WEEKDAYS[weekdayOf(dayNumber(2025, 5, 20))]).toBe('tuesday');
  });

  // A report published on Tuesday 2025-05-20 that says "Monday" means 2025-05-19.
  test.each<[string, string]>([
    ['monday', '2025-05-19'],
    ['tuesday', '2025-05-20'],
    ['wednesday', '2025-05-14'],
    ['sunday', '2025-05-18'],
  ])('"%s" in a report of Tuesday 2025-05-20 is %s', (name, iso) => {
    expect(isoDay(lastWeekday(dayNumber(2025, 5, 20), WEEKDAYS.indexOf(name)))).toBe(iso);
  });
});

describe('month names', () => {
  test.each([
    ['january', 1], ['jan', 1], ['sept', 9], ['sep', 9], ['september', 9], ['may', 5], ['dec', 12],
  ])('%s is month %d', (name, n) => {
    expect(MONTHS[name]).toBe(n);
  });
});

describe('publication times', () => {
  test.each<[string, object]>([
    ['2025-05-20', { published: '2025-05-20' }],
    ['2025-05-20T14:05', { published: '2025-05-20', publishedAt: '2025-05-20T14:05:00Z' }],
    ['2025-05-20 14:05:30+02:00', { published: '2025-05-20', publishedAt: '2025-05-20T12:05:30Z' }],
    ['2025-05-20T23:30:00.000-0530', { published: '2025-05-20', publishedAt: '2025-05-21T05:00:00Z' }],
  ])('%s is read as %j', (text, expected) => {
    expect(parsePublicationTime(text)).toEqual(expected);
  });

  test.each(['2025-13-45', '2025-02-30', '2025-05-20T24:00', '2025-05-20T12:60', '2025-05-20T10:00+15:00', 'May 20, 2025', '20250520'])('%j is no real date or time', (text) => {
    expect(parsePublicationTime(text)).toBeUndefined();
  });

  test('minutes between two timestamps', () => {
    expect(minutesBetween('2025-05-20T08:00:00Z', '2025-05-20T14:30:00Z')).toBe(390);
  });
});

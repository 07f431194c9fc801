import { groupArticles, groupEvents } from '../../src/batch';
import { ARTICLES } from '../helpers/articles';

const eventsOf = (groups: number[][]) => groups.map((g) => g.map((i) => ARTICLES[i].event));

describe('grouping articles into events', () => {
  test('two earthquakes in one province, two years apart, are two events; each told in other words is one', () => {
    const groups = eventsOf(groupArticles(ARTICLES));
    expect(groups).toEqual([['quake-2019', 'quake-2019'], ['quake-2021', 'quake-2021'], ['trial', 'trial'], ['festival']]);
  });

  test('the same articles in another order make the same events', () => {
    const reversed = [...ARTICLES].reverse();
    const groups = groupArticles(reversed).map((g) => g.map((i) => reversed[i].path).sort());
    const expected = groupArticles(ARTICLES).map((g) => g.map((i) => ARTICLES[i].path).sort());
    expect(groups.sort()).toEqual(expected.sort());
  });

  test('every article is in exactly one event', () => {
    const all = groupArticles(ARTICLES).flat().sort((a, b) => a - b);
    expect(all).toEqual(ARTICLES.map((_, i) => i));
  });

  test('an empty batch has no events, and one article is one event', () => {
    expect(groupArticles([])).toEqual([]);
    expect(groupArticles([ARTICLES[0]])).toEqual([[0]]);
  });

  test('events are numbered most-covered first, their articles given report ids A, B, …, and labelled', () => {
    const events = groupEvents(ARTICLES);
    expect(events.map((e) => e.id)).toEqual(['E1', 'E2', 'E3', 'E4']);
    expect(events.map((e) => e.sources.length)).toEqual([2, 2, 2, 1]);
    expect(events[0].sources.map((s) => s.id)).toEqual(['A', 'B']);
    expect(events[3].label).toBe('Jazz festival returns to the harbour');
    expect(events.find((e) => e.sources.some((s) => s.path === 'wire/trial.txt'))!.label).toMatch(/Brandt/);
  });
});

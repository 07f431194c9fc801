import { compare } from '../src';
import { align, type Cluster } from '../src/align';
import { buildIdf, cosine, sharedTerms, toVector } from '../src/align/similarity';
import { analyse } from '../src/text';
import { sentenceTerms } from '../src/text/context';
import { extractClaims } from '../src/extract';
import type { KindName } from '../src/types';
import { expectSpansValid } from './helpers/spans';
import { sourcesOf } from './helpers/fixtures';
import { compareSources } from '../src/pipeline';
import { sourceId } from '../src/ingest';

/** The align stage on invented reports A, B, …: clusters of claims of one kind. */
function clustersOf(kind: KindName, ...texts: string[]): Cluster[] {
  const docs = texts.map((text, i) => analyse({ id: String.fromCharCode(65 + i), path: `${i}.txt`, text }));
  const claims = docs.flatMap(extractClaims);
  expectSpansValid(claims, texts);
  const idf = buildIdf(docs.flatMap((d) => d.sentences.map((s) => sentenceTerms(d, s.index))));
  return align(claims, idf).filter((c) => c.groups[0].claims[0].kind === kind);
}

/** Each cluster as the claim texts of its sources: [["A:two hours", "B:2 hours"], …]. */
const shape = (clusters: Cluster[]) => clusters.map((c) => c.groups.map((g) => `${g.source}:${g.claims[0].text}`));
const joint = (clusters: Cluster[]) => clusters.filter((c) => c.groups.length > 1);

describe('align: claims of one fact across sources', () => {
  test('the length of one call in two reports is one fact', () => {
    const clusters = clustersOf('duration', 'The two leaders held a two-hour discussion on Monday.', 'The two leaders spent two and a half hours talking on Monday.');
    expect(shape(joint(clusters))).toEqual([['A:two-hour discussion', 'B:two and a half hours']]);
  });

  test('one place named in two reports is one fact, whatever it is called', () => {
    const clusters = clustersOf('place', 'The talks were held in Kyiv.', 'Delegations met in Kiev.');
    expect(shape(joint(clusters))).toEqual([['A:Kyiv', 'B:Kiev']]);
  });

  test('all mentions of one person in one source travel together', () => {
    const clusters = clustersOf('person', 'Judge Anna Marsh sentenced the man. Marsh called it grave.', 'Judge Anna Marsh jailed the man.');
    const [c] = joint(clusters);
    expect(c.groups.find((g) => g.source === 'A')!.claims.map((x) => x.text)).toEqual(['Anna Marsh', 'Marsh']);
  });

  test('a fact never holds two groups of one source', () => {
    const clusters = clustersOf('quantity', 'The storm killed 10 people in the north and 12 people in the south.', 'The storm killed 10 people.');
    for (const c of clusters) expect(new Set(c.groups.map((g) => g.source)).size).toBe(c.groups.length);
  });
});

describe('align: claims about different things are never one fact', () => {
  test('killed and injured are different facts, even with one number each', () => {
    const clusters = clustersOf('quantity', 'Ten people were killed in the blast.', 'Twelve people were injured in the blast.');
    expect(joint(clusters)).toEqual([]);
  });

  test('"the blast killed ten" and "the blast injured twelve" are different facts', () => {
    expect(joint(clustersOf('quantity', 'The blast killed ten people.', 'The blast injured twelve people.'))).toEqual([]);
  });

  test('drones launched and drones intercepted are different facts', () => {
    const clusters = clustersOf('quantity', 'Officials said 112 drones were launched overnight.', 'Officials said 76 drones were intercepted overnight.');
    expect(joint(clusters)).toEqual([]);
  });

  test('"Donald Trump" and "Melania Trump" are never aligned', () => {
    expect(joint(clustersOf('person', 'Donald Trump signed the bill.', 'Melania Trump signed the bill.'))).toEqual([]);
  });

  test('a call length tied to an earlier date is not the main call’s length', () => {
    const clusters = clustersOf(
      'duration',
      'The presidents spoke by phone for two hours on Monday.',
      'The presidents spoke by phone on Monday. Their previous call, on March 18, lasted about 2 hours, they spoke for about 2 hours.',
    );
    expect(joint(clusters)).toEqual([]);
  });

  test('"on March 18 … for two hours" stays apart even when the values would agree', () => {
    const clusters = clustersOf(
      'duration',
      'The presidents spoke by phone for two hours on Monday.',
      'The presidents spoke by phone on Monday. On March 18 the presidents spoke by phone for two hours.',
    );
    expect(joint(clusters)).toEqual([]);
  });

  test('an equal value one report ties to a year of its background and another to nothing is one fact', () => {
    const clusters = clustersOf(
      'duration',
      'The senator spoke on May 18, 2010. He joined the Marine reserves in 1970 and served six years there.',
      'The senator spoke on May 18, 2010. He served six years in the Marine reserves.',
    );
    expect(shape(joint(clusters))).toEqual([['A:served six years', 'B:served six years']]);
  });

  test('…and so is one tied to a full date of its background: "shot him twice on April 8, 2012" and "shot him twice"', () => {
    const clusters = clustersOf(
      'quantity',
      'A jury convicted Tom Reed on Friday. Reed shot Ann Lee twice in the head on April 8, 2012, prosecutors said.',
      'A jury convicted Tom Reed on Friday. Prosecutors said Reed shot Ann Lee twice in the head.',
    );
    expect(shape(joint(clusters))).toEqual([['A:twice', 'B:twice']]);
  });

  test('a campaign promise "in 24 hours" is not a call length', () => {
    const clusters = clustersOf('duration', 'Trump, who promised to end the war in 24 hours, called Putin on Monday.', 'Trump and Putin spoke by phone for two hours on Monday.');
    expect(joint(clusters)).toEqual([]);
  });
});

describe('similarity', () => {
  test('cosine is 1 for the same terms, 0 for none shared, and lists the shared terms', () => {
    const idf = buildIdf([['call', 'putin'], ['rain', 'flood']]);
    expect(cosine(toVector(['call', 'putin'], idf), toVector(['call', 'putin'], idf))).toBeCloseTo(1);
    expect(cosine(toVector(['call'], idf), toVector(['rain'], idf))).toBe(0);
    expect(sharedTerms(toVector(['call', 'putin'], idf), toVector(['call', 'rain'], idf))).toEqual(['call']);
  });

  test('a rare term weighs more than a common one', () => {
    const idf = buildIdf([['said', 'call'], ['said', 'rain'], ['said', 'flood']]);
    expect(idf.weightOf(idf.id('call'))).toBeGreaterThan(idf.weightOf(idf.id('said')));
  });

  test('an empty context is similar to nothing', () => {
    const idf = buildIdf([]);
    expect(cosine(toVector([], idf), toVector(['call'], idf))).toBe(0);
  });
});

describe('align: three reports of one vote and one age', () => {
  test('"voted 52-48", "by a vote of 52 to 48", "51-48" is one tally, diverging; "Lopez, 54", "the 54-year-old judge", "López, 55" one age', () => {
    const report = compare([
      { text: 'The Senate voted 52-48 on Thursday to confirm Judge Maria Lopez. Lopez, 54, will replace Judge Robert King, who retired in May.' },
      { text: 'Senators confirmed Maria Lopez on Thursday by a vote of 52 to 48. The 54-year-old judge succeeds Robert King.' },
      { text: 'The Senate on Thursday approved Maria López, 55, in a 51-48 vote.' },
    ]);
    const quantities = report.findings.filter((f) => f.kind === 'quantity');
    expect(quantities.map((f) => [f.status, f.sources.join('')])).toEqual([
      ['diverge', 'ABC'],
      ['diverge', 'ABC'],
    ]);
    expect(report.findings.find((f) => f.kind === 'person' && f.reason.includes('King'))?.claims.map((c) => c.text)).toEqual(['Robert King', 'Robert King']);
  });
});

describe('align: large blocks (more than 256 claims of one key), reached by the inverted index', () => {
  // 90 outlets: the flood's three reports, thirty copies each, each signed by its own desk.
  const event = sourcesOf('events/brenmoor-flood');
  const sources = Array.from({ length: 90 }, (_, i) => ({ ...event[i % 3], id: sourceId(i), text: `${event[i % 3].text}\nFiled by desk ${i + 1}.\n` }));
  const report = compareSources(sources);
  const statements = report.findings.filter((f) => f.kind === 'statement' || f.kind === 'quote');

  test('the statements and quotes form blocks too large to compare pair by pair', () => {
    expect(statements.reduce((n, f) => n + f.claims.length, 0)).toBeGreaterThan(256);
  });

  test('thirty copies of three reports: a statement or quote holds one claim of each source', () => {
    for (const f of statements) expect(new Set(f.claims.map((c) => c.source)).size).toBe(f.claims.length);
  });

  test('a clause or quote printed word for word by thirty outlets is one fact carried by all thirty', () => {
    const copiesOfA = sources.filter((_, i) => i % 3 === 0).map((s) => s.id);
    const carriedByA = statements.filter((f) => f.sources.includes('A'));
    expect(carriedByA.length).toBeGreaterThan(5);
    for (const f of carriedByA) expect(copiesOfA.filter((id) => f.sources.includes(id))).toEqual(copiesOfA);
  });

  test('copies of one text never diverge from one another', () => {
    const copiesOfA = new Set(sources.filter((_, i) => i % 3 === 0).map((s) => s.id));
    for (const f of report.findings.filter((x) => x.status === 'diverge')) expect(f.sources.every((id) => copiesOfA.has(id))).toBe(false);
  });
});

describe('align: a report that says one thing twice', () => {
  const headline = 'Mayor quits over harbour deal after council revolt';
  const lead = 'The mayor of Brenport quit on Monday over the harbour deal after a council revolt, officials said.';
  const other = 'The mayor of Brenport quit over the harbour deal on Monday after the council revolt against her.';

  test('its headline joins the fact its lead shares with another report, not left as its own alone', () => {
    const clusters = clustersOf('statement', `${headline}\n\n${lead}\n\nShe had led the town for ten years.`, other);
    expect(shape(joint(clusters))).toEqual([[`A:${lead}`, `B:${other}`, `A:${headline}`]]);
  });
});

describe('align: a value a source also states is no divergence with its other values', () => {
  test.each([
    ['The fire broke out at 2 a.m. and was contained by 9 a.m.', 'Firefighters contained the fire by 9 a.m.'],
    ['The meeting lasted two hours, and the press conference 30 minutes.', 'The press conference lasted half an hour.'],
    ['The 2022 fire was in July; the 2018 fire, in August.', 'The 2018 fire was in August.'],
  ])('%j and %j do not diverge', (a, b) => {
    const report = compare([{ text: a }, { text: b }]);
    expect(report.findings.filter((f) => f.status === 'diverge').map((f) => f.reason)).toEqual([]);
  });

  test('a value the source states of another time is still its: "11 seasons" as a player, "seven" as a coach', () => {
    const a = 'The Hawks named Lee head coach on May 6, 2003. Lee was a second-round draft choice of the Hawks in 1978 and played for 11 seasons with the team. Lee is glad to be back because of the success he enjoyed here as a player, followed by seven seasons as an assistant coach.';
    const b = 'Lee, who played for the Hawks for 11 seasons and served as an assistant coach for seven, was named head coach.';
    expect(compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('but two values told in nearly the same words diverge, though one source also states the other', () => {
    const a = 'A 12-year-old girl testified in May. Jurors heard a tape of the preacher assaulting the 11-year-old girl at the ranch temple.';
    const b = 'Jurors heard a tape of the preacher assaulting a 12-year-old girl at the ranch temple.';
    const diverging = compare([{ text: a }, { text: b }]).findings.filter((f) => f.status === 'diverge');
    expect(diverging.map((f) => f.claims.map((c) => `${c.source}:${c.text}`))).toEqual([['A:11-year-old', 'B:12-year-old']]);
  });

  test('of pairs lifted to one affinity, the more alike join first: a third report\'s "12-year-old" joins the divergence', () => {
    const a = 'A 12-year-old girl testified in May. Jurors heard a tape of the preacher assaulting the 11-year-old girl at the ranch temple.';
    const b = 'Jurors heard a tape of the preacher assaulting a 12-year-old girl at the ranch temple.';
    const c = 'Outside the court, crowds, reporters and lawyers spoke of the 12-year-old on the tape, and of little else.';
    const diverging = compare([{ text: a }, { text: b }, { text: c }]).findings.filter((f) => f.status === 'diverge');
    expect(diverging.map((f) => f.claims.map((x) => `${x.source}:${x.text}`))).toEqual([['A:11-year-old', 'B:12-year-old', 'C:12-year-old']]);
  });

  test('a total is no divergence with the parts another report lists: "53 killed" and "41 in Turkey and 12 in Syria"', () => {
    const [parts, total] = ['The earthquake killed 41 people in Turkey and 12 in Syria.', 'The earthquake killed 53 people.'];
    for (const texts of [[parts, total], [total, parts]]) {
      expect(compare(texts.map((text) => ({ text }))).findings.filter((f) => f.status === 'diverge')).toEqual([]);
    }
    const other = compare([{ text: parts }, { text: 'The earthquake killed 50 people.' }]);
    expect(other.findings.filter((f) => f.status === 'diverge')).toHaveLength(1);
  });

  test('a list with a vague part may add up to the total: "170,000 in the province and tens of thousands more"', () => {
    const parts = 'The tsunami killed 170,000 people in the province and tens of thousands more in countries around the ocean.';
    const report = compare([{ text: parts }, { text: 'The tsunami killed 230,000 people in countries around the ocean.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge')).toEqual([]);
    const beyond = compare([{ text: parts }, { text: 'The tsunami killed 900,000 people in countries around the ocean.' }]);
    expect(beyond.findings.filter((f) => f.status === 'diverge')).toHaveLength(1);
  });

  test('a report\'s two values of one thing are both in the fact where another report\'s equal values meet them, not one left "only" in it', () => {
    const a = 'Jane Doe, a mother of 12, was killed outside a school on Friday. Neighbours remember the mother of 13 as kind.';
    const b = 'Jane Doe, a mother of 13, was killed outside a school on Friday.';
    const c = 'A stray bullet killed Jane Doe, a mother of 12, on Friday.';
    const quantities = compare([{ text: a }, { text: b }, { text: c }]).findings.filter((f) => f.kind === 'quantity');
    expect(quantities.map((f) => [f.status, f.claims.map((x) => `${x.source}:${x.text}`)])).toEqual([['diverge', ['A:mother of 12', 'A:mother of 13', 'B:mother of 13', 'C:mother of 12']]]);
  });

  test('a value a source states once, where it repeats another, is no second thing: "a mother of 12" twice and "the mother of 13" diverge from "a mother of 13"', () => {
    const a = 'Jane Doe, a mother of 12, was killed outside a school on Friday. Doe, a mother of 12, was hit by a stray bullet. Neighbours remember the mother of 13 as kind.';
    const b = 'A stray bullet killed Jane Doe, a mother of 13, on Friday.';
    const quantities = compare([{ text: a }, { text: b }]).findings.filter((f) => f.kind === 'quantity');
    expect(quantities.map((f) => [f.status, f.claims.map((x) => `${x.source}:${x.text}`)])).toEqual([['diverge', ['A:mother of 12', 'A:mother of 12', 'A:mother of 13', 'B:mother of 13']]]);
    const once = 'Jane Doe, a mother of 12, was killed outside a school on Friday. Neighbours remember the mother of 13 as kind.';
    expect(compare([{ text: once }, { text: b }]).findings.filter((f) => f.status === 'diverge')).toEqual([]);
  });

  test('a value the other source does not state still diverges: "2 a.m." and "3 a.m."', () => {
    const report = compare([{ text: 'The fire broke out at 2 a.m. and was contained by 9 a.m.' }, { text: 'The fire broke out at 3 a.m., officials said.' }]);
    expect(report.findings.filter((f) => f.status === 'diverge').map((f) => f.reason)).toEqual(['02:00 vs 03:00']);
  });
});

describe('align: one report\'s equal counts of two things', () => {
  test('"13 shots" and "a mother of 13" in one report each meet their own fact', () => {
    const a = 'The gunman fired 13 shots from a rooftop on Friday. Jane Doe, a mother of 13, was killed on her way home from school.';
    const b = 'Jane Doe, a mother of 12, was killed on her way home from school on Friday.';
    const c = 'The gunman fired 13 shots from a rooftop on Friday.';
    const quantities = compare([{ text: a }, { text: b }, { text: c }]).findings.filter((f) => f.kind === 'quantity');
    expect(quantities.map((f) => [f.status, f.claims.map((x) => `${x.source}:${x.text}`)])).toEqual([
      ['agree', ['A:fired 13 shots', 'C:fired 13 shots']],
      ['diverge', ['A:mother of 13', 'B:mother of 12']],
    ]);
  });

  test('a count left alone under its other noun rejoins the fact its equal count found: "26 pirates", "all 26 crewmen"', () => {
    const clusters = clustersOf('quantity', 'The navy caught 26 pirates off Aden on Monday. All 26 crewmen are Somali nationals.', 'The navy caught 26 pirates off Aden on Monday.');
    expect(clusters.map((c) => c.groups.flatMap((g) => g.claims.map((x) => `${g.source}:${x.text}`)))).toEqual([['A:26 pirates', 'B:26 pirates', 'A:26 crewmen']]);
  });
});

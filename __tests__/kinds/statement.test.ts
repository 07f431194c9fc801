import { claimsOf, compareTexts, findingsOf } from '../helpers/claims';

const statements = (text: string) => claimsOf('statement', text);

describe('statement: clauses with enough content', () => {
  test('a sentence is a statement', () => {
    expect(statements('Kyiv agreed to a ceasefire.').map((c) => c.text)).toEqual(['Kyiv agreed to a ceasefire.']);
  });

  test('a clause opened by ", saying" is a second statement', () => {
    expect(statements('The minister rejected the proposal, saying the terms were unfair to farmers.').map((c) => c.text)).toEqual([
      'The minister rejected the proposal',
      'saying the terms were unfair to farmers.',
    ]);
  });

  test('"and" before an auxiliary or a pronoun opens a second claim; "and" between two nouns does not', () => {
    expect(statements('The old ferryman retired last spring and had been in poor health for years.').map((c) => c.text)).toEqual([
      'The old ferryman retired last spring',
      'had been in poor health for years.',
    ]);
    expect(statements('The storm flooded the harbour and the old market square.').map((c) => c.text)).toEqual(['The storm flooded the harbour and the old market square.']);
  });

  test('a dash ends a clause, the horizontal bar some outlets set for one too', () => {
    for (const dash of ['—', '―']) {
      expect(statements(`The council voted to close the old harbour ${dash} if the new pier opens on time.`).map((c) => c.text)).toEqual([
        'The council voted to close the old harbour',
        'if the new pier opens on time.',
      ]);
    }
  });

  test('a hyphen set apart by spaces is a dash; one inside a word is not', () => {
    for (const dash of ['-', '--']) {
      expect(statements(`The council voted to close the old harbour ${dash} if the new pier opens on time.`).map((c) => c.text)).toEqual([
        'The council voted to close the old harbour',
        'if the new pier opens on time.',
      ]);
    }
    expect(statements('The well-known ferry company cancelled the late-night crossings.').map((c) => c.text)).toEqual([
      'The well-known ferry company cancelled the late-night crossings.',
    ]);
  });

  test('a second predicate one report adds stays its own fact', () => {
    const report = compareTexts(
      'The old ferryman retired last spring and had been in poor health for years.',
      'The old ferryman retired last spring, his family said.',
    );
    expect(findingsOf(report, 'statement').map((f) => [f.status, f.claims.map((c) => c.text)])).toContainEqual(['only', ['had been in poor health for years.']]);
  });

  test('places fold to their country: "Kyiv" is compared as Ukraine', () => {
    const [a] = statements('Kyiv agreed to a ceasefire.');
    const [b] = statements('Ukraine is ready for an unconditional ceasefire.');
    expect(a.context.some((t) => b.context.includes(t) && t !== 'ceasefir')).toBe(true);
  });

  test('"Kyiv agreed to a ceasefire" and "Ukraine is ready for an unconditional ceasefire" are one fact', () => {
    const report = compareTexts('Kyiv agreed to a ceasefire on Monday.', 'Ukraine is ready for an unconditional ceasefire, officials said.');
    const [f] = findingsOf(report, 'statement');
    expect(f?.sources).toEqual(['A', 'B']);
  });

  test('two long clauses that share five words are one fact, though the rest of each dilutes their cosine', () => {
    const report = compareTexts(
      'The ferry company said on its website on Tuesday that the night crossing to the northern islands stays cancelled until engineers inspect the damaged harbour wall.',
      'Passengers at the terminal with their bicycles heard that the crossing to the northern islands stays cancelled while volunteers handed out blankets and tea.',
    );
    expect(findingsOf(report, 'statement').filter((f) => f.sources.length > 1).map((f) => f.sources)).toEqual([['A', 'B']]);
  });

  test('a short clause whose terms are mostly in a long lead is one fact with it, though the lead dilutes their cosine', () => {
    const report = compareTexts(
      'The county council on Tuesday evening voted by a narrow margin after a long and heated debate to close the old harbour bridge to lorries, ending a decade of angry letters and complaints from fishermen and residents who live along the narrow coast road into the market town.',
      'The old bridge will be closed to lorries.',
    );
    expect(findingsOf(report, 'statement').filter((f) => f.sources.length > 1).map((f) => f.sources)).toEqual([['A', 'B']]);
  });

  test('a denial counts among a clause’s terms: "There were no reports of injuries" is a statement', () => {
    expect(statements('There were no reports of injuries.').map((c) => c.text)).toEqual(['There were no reports of injuries.']);
  });

  test('"no injuries have been reported" and "there were no reports of injuries" are one fact', () => {
    const report = compareTexts('The fire destroyed the barn. There were no reports of injuries.', 'Officials say no injuries have been reported in the blaze.');
    expect(findingsOf(report, 'statement').filter((f) => f.sources.length > 1).map((f) => f.claims.map((c) => c.text))).toEqual([
      ['There were no reports of injuries.', 'Officials say no injuries have been reported in the blaze.'],
    ]);
  });

  test('unrelated sentences are not paired', () => {
    const report = compareTexts('The council approved the new budget for the harbour district.', 'Heavy rain flooded the stadium car park overnight.');
    expect(findingsOf(report, 'statement').filter((f) => f.sources.length > 1)).toEqual([]);
  });

  test('a statement only one source makes is reported as only', () => {
    const report = compareTexts('The council approved the new budget for the harbour district.', 'Heavy rain flooded the stadium car park overnight.');
    expect(findingsOf(report, 'statement').map((f) => [f.status, f.sources])).toEqual([
      ['only', ['A']],
      ['only', ['B']],
    ]);
  });
});

describe('statement: attribution is who said it, not what was said', () => {
  test.each([
    ['The ferry will stay in port until the storm passes, a spokesman for the harbour board said.', ['spokesman', 'harbour', 'board']],
    ['Coastguards said the ferry will stay in port until the storm passes.', ['coastguard']],
    ['The skipper told the Gazette that the ferry will stay in port until the storm passes.', ['skipper', 'gazett']],
    ['The ferry will stay in port until the storm passes, according to the harbour board.', ['harbour', 'board']],
  ])('%j leaves out %j', (text, left) => {
    const [claim] = statements(text);
    expect(claim.context).toEqual(expect.arrayContaining(['ferri', 'stai', 'port', 'storm', 'pass']));
    expect(claim.context.filter((t) => left.includes(t))).toEqual([]);
  });

  test('a subject set off by commas is no attribution: "Mr. Brandt, a veteran ferry skipper, retired…" keeps it', () => {
    expect(statements('Mr. Brandt, a veteran ferry skipper, retired last spring.')[0].context).toContain('brandt');
  });

  test('one fact attributed to two different sources is one fact', () => {
    const report = compareTexts(
      'The island ferry will stay in port, the chief spokesman for the regional harbour board told the Gazette.',
      'Senior coastguard officers at the northern station said the island ferry will stay in port.',
    );
    expect(findingsOf(report, 'statement').filter((f) => f.sources.length > 1).map((f) => f.sources)).toEqual([['A', 'B']]);
  });
});

describe('statement: headlines', () => {
  test('a headline in Title Case says something, though its words are capitalised', () => {
    expect(statements('Harbour Master Resigns Over Crane Collapse\n\nThe harbour master resigned on Monday.').map((c) => c.text)).toContain('Harbour Master Resigns Over Crane Collapse');
  });

  test('a title does not take the place of its own report’s lead: the leads pair first', () => {
    const report = compareTexts(
      'Harbour board closes island ferry route\n\nThe harbour board closed the island ferry route on Monday after a storm damaged the pier.',
      'The harbour board has closed the island ferry route. A winter storm badly damaged the old northern pier on Monday.',
    );
    const leads = ['The harbour board closed the island ferry route on Monday after a storm damaged the pier.', 'The harbour board has closed the island ferry route.'];
    expect(findingsOf(report, 'statement').some((f) => leads.every((lead) => f.claims.some((c) => c.text === lead)))).toBe(true);
  });

  test('a clause of names alone is still no statement', () => {
    expect(statements('The visit of Prime Minister Jonas Ekdahl.').map((c) => c.text)).toEqual([]);
  });
});

describe('statement: strings that must NOT be a statement claim', () => {
  test.each(['He left.', 'Officials said so.', 'Yes!'])('%j', (text) => {
    expect(statements(text).map((c) => c.text)).toEqual([]);
  });
});

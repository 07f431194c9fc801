// Event anchoring in the extract stage: which values belong to another event than the report's.
import { allClaimsOf } from './helpers/claims';

const eventOf = (text: string, claimText: string) => allClaimsOf(text).find((c) => c.text.includes(claimText))?.event;

describe('extract: values of another event', () => {
  const background = 'A strong quake shook the island on Tuesday. In 2004 a massive quake struck off the coast.';

  test('a sentence that refers back to an earlier dated happening ("in the quake") is of that event', () => {
    expect(eventOf(`${background} Nine people died in the quake.`, 'Nine people')).toBe('2004');
  });

  test('a sentence that names its own day, or refers to no happening, keeps the report’s event', () => {
    expect(eventOf(`${background} Nine people died in the quake on Tuesday.`, 'Nine people')).toBe('');
    expect(eventOf(`${background} Nine people died, officials said.`, 'Nine people')).toBe('');
  });

  test('of two dates in one sentence, the one in the value\'s own clause dates it', () => {
    const text = 'A quake shook the town on Tuesday. It recalled the quake that hit the town in 2002, as well as the tsunami that killed 9,000 people on the coast in 2004.';
    expect(eventOf(text, '9,000 people')).toBe('2004');
  });

  test('a noun the dated clause does not name ("from the rooftop") carries nothing over', () => {
    expect(eventOf('Two men went on trial on Monday. They shot Ann Lee from a rooftop in 2011. She walked with one of her 12 children from the rooftop.', '12 children')).toBe('');
  });

  test('a prison term given again in an undated sentence is of the year it was first dated to; a bare length is not', () => {
    const text = 'Ann Lee died on Monday. She was serving a nine-year sentence imposed in 2010. Handing down a sentence of nine years, the judge spoke of greed.';
    expect(eventOf(text, 'sentence of nine years')).toBe('2010');
    expect(eventOf('Ann Lee died on Monday. She joined the firm in 2010 and stayed for nine years. She then worked for nine years abroad.', 'worked for nine years')).toBe('');
  });
});

describe('extract: names in a value’s context', () => {
  const contextOf = (text: string, claimText: string) => {
    const claim = allClaimsOf(text).find((c) => c.text.includes(claimText));
    expect(claim).toBeDefined();
    return claim!.context;
  };

  test('a team, firm or model the sentence names joins its values’ context; a headline’s capitals do not', () => {
    expect(contextOf('Police said the driver of a gray 2009 Honda Accord fled at 9 p.m. on Friday.', '9 p.m.')).toContain('name:honda accord');
    expect(contextOf('Harbridge United scored three goals on Saturday.', 'three goals')).toContain('name:harbridge united');
    expect(contextOf('The Harbridge United players scored three goals on Saturday.', 'three goals')).toContain('name:harbridge united');
    expect(contextOf('Blaze Leaves Three Families Homeless', 'Three Families').filter((t) => t.startsWith('name:'))).toEqual([]);
  });
});

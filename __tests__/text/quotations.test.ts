import { quotations } from '../../src/text/quotations';

const quoted = (text: string) => quotations(text).map(([s, e]) => text.slice(s, e));

describe('quotations: passages between quotation marks', () => {
  test('curly, straight and guillemet marks', () => {
    expect(quoted('She said “we will rebuild” and he said "never" and «non».')).toEqual(['we will rebuild', 'never', 'non']);
  });

  test("old-style ``marks'' are one quotation", () => {
    expect(quoted("He said, ``We will rebuild the town.'' Then he left.")).toEqual(['We will rebuild the town.']);
  });

  test('a quotation of several sentences, one per line, is one passage', () => {
    expect(quoted("``It is too early.\nEverything is speculation,'' he said.")).toEqual(['It is too early.\nEverything is speculation,']);
  });

  test('a paragraph that reopens a straight quotation ends the one before at its line', () => {
    const text = 'He said: "It spread to the roof.\n"We stopped it there," he added.\nCrews left at noon.';
    expect(quoted(text)).toEqual(['It spread to the roof.', 'We stopped it there,']);
  });

  test('single marks quote a passage of three words or more, over lines too', () => {
    expect(quoted("Her father said: 'I am glad it is over.\nShe deserved it.' He wept.")).toEqual(['I am glad it is over.\nShe deserved it.']);
  });

  test("single marks around a word or two set a term apart, and apostrophes quote nothing: the so-called ‘deal’, Jones' car, it's", () => {
    expect(quoted("The so-called ‘deal’ collapsed; Jones' car and it's 'ours' too.")).toEqual([]);
  });

  test('an opening mark never closed quotes the rest of its line only', () => {
    expect(quoted('He said "we will rebuild\nThe council met on Monday.')).toEqual(['we will rebuild']);
  });
});

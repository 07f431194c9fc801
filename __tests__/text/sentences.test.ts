import { splitSentences } from '../../src/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

/** Lossless: every non-space character lies in exactly one sentence, and each span is its slice. */
function expectLossless(text: string): void {
  const spans = splitSentences(text);
  const owners = new Array<number>(text.length).fill(0);
  for (const s of spans) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    for (let i = s.start; i < s.end; i++) owners[i]++;
  }
  for (let i = 0; i < text.length; i++) {
    if (/\S/.test(text[i])) expect({ at: i, char: text[i], sentences: owners[i] }).toEqual({ at: i, char: text[i], sentences: 1 });
  }
  for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
}

describe('splitSentences', () => {
  // [why, text, expected sentences]
  const cases: Array<[string, string, string[]]> = [
    ['"U.S." before a capitalised noun does not end the sentence', 'Soldiers from the U.S. Army arrived on Tuesday. They left at dawn.', ['Soldiers from the U.S. Army arrived on Tuesday.', 'They left at dawn.']],
    ['"U.S." before a usual sentence opener does end it', 'The aid came from the U.S. The rest came later.', ['The aid came from the U.S.', 'The rest came later.']],
    ['"p.m." before a weekday does not end the sentence', 'Polls close at 5 p.m. Monday in every district. Results follow.', ['Polls close at 5 p.m. Monday in every district.', 'Results follow.']],
    ['"Mr." is a title, not a sentence end', 'Mr. Smith declined to comment. His lawyer spoke instead.', ['Mr. Smith declined to comment.', 'His lawyer spoke instead.']],
    ['"Mt." before a name is Mount', 'He was flown to Mt. Cook Village. He died there.', ['He was flown to Mt. Cook Village.', 'He died there.']],
    ['titles before names', 'Sen. Jane Doe spoke first. Rep. John Roe replied.', ['Sen. Jane Doe spoke first.', 'Rep. John Roe replied.']],
    ['an initial is not a sentence end', 'John F. Kennedy Airport reopened. Flights resumed.', ['John F. Kennedy Airport reopened.', 'Flights resumed.']],
    ['"Sept." before a day', 'The trial opens Sept. 3 in Denver. Jurors were chosen.', ['The trial opens Sept. 3 in Denver.', 'Jurors were chosen.']],
    ['a last sentence without a full stop is kept', 'The storm hit at night. No one was hurt', ['The storm hit at night.', 'No one was hurt']],
    ['a text without any full stop is one sentence', 'Flood warning lifted for Riverside', ['Flood warning lifted for Riverside']],
    ['a straight quote ending with the full stop inside', '"We will rebuild." The mayor left the podium.', ['"We will rebuild."', 'The mayor left the podium.']],
    ['a curly quote ending with the full stop inside', 'She said, “It is over.” Then she walked away.', ['She said, “It is over.”', 'Then she walked away.']],
    ['question and exclamation marks', 'Is it safe? Not yet! Crews are still working.', ['Is it safe?', 'Not yet!', 'Crews are still working.']],
    ['a line break always ends a sentence', 'Flood warning lifted\nResidents may return home.', ['Flood warning lifted', 'Residents may return home.']],
    ['a lower-case word after a full stop does not start a sentence', 'The fee is approx. ten dollars. It rose.', ['The fee is approx. ten dollars.', 'It rose.']],
    ['decimals are not sentence ends', 'Inflation rose 2.5 percent. Markets fell.', ['Inflation rose 2.5 percent.', 'Markets fell.']],
  ];

  test.each(cases)('%s', (_why, text, expected) => {
    expect(texts(text)).toEqual(expected);
    expectLossless(text);
  });

  test.each([
    [''],
    ['   \n\n  '],
    ['  Leading and trailing space.  \n\n Second line here.  '],
    ['Café owners in Zürich met. “Prices rose,” one said. Another disagreed…'],
    ['Line one.\r\nLine two.\rLine three.'],
  ])('stays lossless on %j', (text) => {
    expectLossless(text);
  });

  test('"voted no." ends a sentence ("no" is only an abbreviation before a number)', () => {
    expect(texts('Sen. Jane Doe voted no. Rep. John Roe abstained.')).toEqual(['Sen. Jane Doe voted no.', 'Rep. John Roe abstained.']);
  });

  test('empty or blank text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});

// Article text must never become markup in the HTML report: a page quoting "<script>" or an
// "onerror=" attribute shows those characters and runs nothing.
import { compareSources } from '../../src/pipeline';
import { FORMATS, PLAIN } from '../../src/report';

const HOSTILE = [
  'Mr. John Smith said <script>alert(1)</script> about 300 people were killed on Monday in Kyiv.',
  'John Smith said “<img src=x onerror=alert(1)>” as 310 people were killed on Monday in Kyiv.',
];

function renderHtml(): string {
  const sources = HOSTILE.map((text, i) => ({ id: 'AB'[i], path: `${'ab'[i]}.txt`, text }));
  const report = compareSources(sources);
  const texts = Object.fromEntries(sources.map((s) => [s.id, s.text]));
  return [...FORMATS.html(report, { style: PLAIN, width: 120, explain: true, texts })].join('');
}

describe('the html format on article text holding markup', () => {
  let html: string;
  beforeAll(() => {
    html = renderHtml();
  });

  test('shows the script tag as text, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  test('shows the img tag as text: no element carries the onerror attribute', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
  });

  test('holds no script element that carries article text', () => {
    const scripts = html.match(/<script\b[\s\S]*?<\/script>/gi) ?? [];
    expect(scripts.filter((s) => s.includes('alert(1)'))).toEqual([]);
  });
});

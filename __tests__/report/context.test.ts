// Claims shown in the sentences their sources state them in: table, Markdown and HTML.
import type { Report } from '../../src/types';
import { findingsInContext, lineText } from '../../src/report/context';
import { renderTable } from '../../src/report/table';
import { renderMarkdown } from '../../src/report/markdown';
import { renderHtml } from '../../src/report/html';
import { PLAIN } from '../../src/report/style';
import { CONTEXT } from '../../src/thresholds';
import { compareTexts } from '../helpers/claims';

const SHORT = ['A fire at the Harlow depot killed 5 people on Monday, officials said.', 'A fire at the Harlow depot killed 24 people on Monday, officials said.'];
const texts = (inputs: string[]) => Object.fromEntries(inputs.map((t, i) => [String.fromCharCode(65 + i), t]));
const plain = { claim: (s: string) => `[${s}]`, words: (s: string) => s };

/** A sentence far longer than CONTEXT.sentenceChars, with the claim in its middle. */
const padding = (words: number, word: string) => Array.from({ length: words }, () => word).join(' ');
const LONG = [
  `Residents of the quiet ${padding(30, 'riverside')} town said a fire at the Harlow depot killed 5 people on Monday while ${padding(30, 'neighbours')} watched.`,
  'A fire at the Harlow depot killed 24 people on Monday.',
];

describe('findings in context', () => {
  const report: Report = compareTexts(...SHORT);

  test('each divergence comes with each source’s sentence, the claim marked where its offsets say', () => {
    const [{ finding, lines }] = findingsInContext(report, texts(SHORT), false);
    expect(finding.status).toBe('diverge');
    expect(lines.map((l) => lineText(l, plain))).toEqual([
      'A fire at the Harlow depot [killed 5 people] on Monday, officials said.',
      'A fire at the Harlow depot [killed 24 people] on Monday, officials said.',
    ]);
  });

  test('--context shows every finding, divergences first', () => {
    const all = findingsInContext(report, texts(SHORT), true);
    expect(all).toHaveLength(report.findings.length);
    expect(all[0].finding.status).toBe('diverge');
  });

  test('a long sentence is cut around the claim, between words, never inside the claim', () => {
    const long = compareTexts(...LONG);
    const [{ lines }] = findingsInContext(long, texts(LONG), false);
    const shown = lineText(lines[0], plain);
    expect(shown).toContain('[killed 5 people]');
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(CONTEXT.sentenceChars + '[]……'.length);
    expect(shown).toMatch(/^…(riverside )+town said a fire at the Harlow depot \[killed 5 people\] on Monday while( neighbours)+…$/);
    expect(lineText(lines[1], plain)).toBe('A fire at the Harlow depot [killed 24 people] on Monday.');
  });

  test('without its source’s text a claim is shown alone', () => {
    const [{ lines }] = findingsInContext(report, {}, false);
    expect(lineText(lines[0], plain)).toBe('[killed 5 people]');
  });
});

describe('in the reports', () => {
  const report = compareTexts(...SHORT);
  const byId = texts(SHORT);

  test('the table: divergences first, then each divergence’s sentences after it, claims in [brackets]', () => {
    const out = renderTable(report, PLAIN, { width: 160, texts: byId });
    const rows = out.split('\n').filter((l) => /^│ \w/.test(l) && !l.includes('verdict'));
    expect(rows[0]).toMatch(/│ diverge /);
    const after = out.slice(out.lastIndexOf('┘'));
    expect(after).toContain('Divergences in context');
    expect(after).toContain('A: A: A fire at the Harlow depot [killed 5 people] on Monday, officials said.');
    expect(after).toContain('B: B: A fire at the Harlow depot [killed 24 people] on Monday, officials said.');
  });

  test('Markdown: a section after the table, the claim in bold and the words escaped', () => {
    const inputs = ['The *Harlow* depot fire killed 5 people on Monday.', 'The *Harlow* depot fire killed 24 people on Monday.'];
    const out = renderMarkdown(compareTexts(...inputs), { explain: false, texts: texts(inputs) });
    expect(out.indexOf('## Divergences in context')).toBeGreaterThan(out.lastIndexOf('| quantity'));
    expect(out).toContain('- A: A: The \\*Harlow\\* depot fire **killed 5 people** on Monday.');
  });

  test('HTML: the page opens with the divergences in context, before the table and the texts, all escaped', () => {
    const inputs = ['The <b>Harlow</b> depot fire killed 5 people on Monday.', 'The <b>Harlow</b> depot fire killed 24 people on Monday.'];
    const page = renderHtml(compareTexts(...inputs), { explain: false, texts: texts(inputs) });
    const context = page.indexOf('<h2 id="in-context">Divergences in context</h2>');
    expect(context).toBeGreaterThan(0);
    expect(context).toBeLessThan(page.indexOf('<h2>Findings</h2>'));
    expect(page).toContain('The &lt;b&gt;Harlow&lt;/b&gt; depot fire <mark class="claim">killed 5 people</mark> on Monday.');
    expect(page).not.toMatch(/<b>|<script/);
  });

  test('no divergence, no section; with --context, every finding', () => {
    const agreeing = ['The depot fire killed 5 people on Monday.', 'The depot fire killed five people on Monday.'];
    const r = compareTexts(...agreeing);
    expect(renderTable(r, PLAIN, { width: 160, texts: texts(agreeing) })).not.toContain('in context');
    const all = renderTable(r, PLAIN, { width: 160, texts: texts(agreeing), context: true });
    expect(all).toContain('In context');
    expect(all).toContain('The depot fire [killed five people] on Monday.');
  });
});

import { escapeHtml } from '../../src/report/escape';
import { highlight, markId } from '../../src/report/marks';
import { renderHtml } from '../../src/report/html';
import { renderAuditHtml } from '../../src/report/audit-html';
import { withAudit } from '../../src/audit';
import { reportOf } from '../helpers/fixtures';

// The little of the DOM these tests read (the build has no DOM library).
interface El {
  id: string;
  tagName: string;
  textContent: string | null;
  attributes: ArrayLike<{ name: string }>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}
type Doc = El & { body: El; getElementById(id: string): El | null };
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: Doc } };
const list = (items: ArrayLike<El>) => Array.from(items);

describe('escapeHtml', () => {
  test('a script tag in article text becomes text', () => {
    expect(escapeHtml(`<script>alert('pwned')</script>`)).toBe('&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;');
  });
  test('an onerror= attribute cannot break out of an attribute value', () => {
    expect(escapeHtml(`x" onerror="alert(1)`)).toBe('x&quot; onerror=&quot;alert(1)');
  });
  test('ampersands first, so entities in the text stay as written', () => expect(escapeHtml('&lt; & >')).toBe('&amp;lt; &amp; &gt;'));
});

describe('highlight', () => {
  const mark = (start: number, end: number, finding: string) => ({ start, end, id: markId(finding, 'A', 0), finding, status: 'agree' as const, title: finding });

  test('a claim inside another nests, and links wrap only plain stretches of text', () => {
    expect(highlight('On Tuesday 31 died.', [mark(0, 18, 'F1'), mark(3, 10, 'F2')])).toBe(
      '<mark id="F1-A-0" class="v-agree" title="F1"><a href="#F1">On </a><mark id="F2-A-0" class="v-agree" title="F2"><a href="#F2">Tuesday</a></mark><a href="#F1"> 31 died</a></mark>.',
    );
  });

  test('a claim crossing the end of the one around it is cut there, so marks always nest', () => {
    const html = highlight('abcdefgh', [mark(0, 4, 'F1'), mark(2, 7, 'F2')]);
    expect(html).toBe('<mark id="F1-A-0" class="v-agree" title="F1"><a href="#F1">ab</a><mark id="F2-A-0" class="v-agree" title="F2"><a href="#F2">cd</a></mark></mark>efgh');
  });
});

describe('HTML report of a hostile page beside real reports', () => {
  // hostile.html says "<script>alert('pwned')</script>" and "<img src=x onerror=alert(1)>" in its text.
  const { report, texts } = reportOf('html/hostile.html', 'events/kellbrook-tunnel-vote');
  const pages = { compare: renderHtml(report, { texts, explain: false }), audit: renderAuditHtml(withAudit(report), { texts }) };

  describe.each(Object.entries(pages))('%s', (_, html) => {
    const { document } = parseHTML(html);
    const all = list(document.querySelectorAll('*'));

    test('no script, no event handler attribute, no outside asset', () => {
      expect(document.querySelectorAll('script, link, iframe, img, object').length).toBe(0);
      expect(all.filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on')))).toEqual([]);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    });

    test('the hostile text is shown as text', () => {
      expect(document.querySelector('#source-A + p + div.source')!.textContent).toContain(`<script>alert('pwned')</script>`);
      expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
    });

    test('every link lands on an element of the page, and every row links to its marks and back', () => {
      const ids = new Set(all.map((e) => e.getAttribute('id')).filter(Boolean));
      const targets = list(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
      expect(targets.every((t) => t.startsWith('#') && ids.has(t.slice(1)))).toBe(true);
      for (const row of list(document.querySelectorAll('tbody tr[id]'))) {
        const links = list(row.querySelectorAll('a')).map((a) => a.getAttribute('href')!.slice(1));
        for (const id of links) expect(document.getElementById(id)!.querySelector(`a[href="#${row.id}"]`)).not.toBeNull();
      }
    });
  });

  test('every claim of every finding is one mark with its verdict’s class, and its text is the claim', () => {
    const { document } = parseHTML(pages.compare);
    for (const f of report.findings) {
      for (const s of f.sources) {
        f.claims
          .filter((c) => c.source === s)
          .forEach((c, rank) => {
            const el = document.getElementById(markId(f.id, s, rank))!;
            expect(el.tagName).toBe('MARK');
            expect(el.getAttribute('class')).toBe(`v-${f.status}`);
            expect(c.text.startsWith(el.textContent!)).toBe(true);
          });
      }
    }
  });
});

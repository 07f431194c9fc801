// The HTML report in a real browser: Chromium from Debian's packages, headless. CI may not have
// it, so without /usr/bin/chromium these tests skip with a note.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../src/report/html';
import { reportOf } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.log(`chromium.test.ts: ${CHROMIUM} is absent (apt-get install -y chromium); skipping the browser checks`);

const browse = (args: string[]) => {
  const profile = tempDir('chromium');
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`];
  return spawnSync(CHROMIUM, [...flags, ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 << 20 });
};

(present ? describe : describe.skip)('the HTML report in headless Chromium', () => {
  const { report, texts } = reportOf('html/hostile.html', 'events/kellbrook-tunnel-vote');
  let [dir, page] = ['', ''];
  beforeAll(() => {
    dir = tempDir('html');
    page = join(dir, 'report.html');
    writeFileSync(page, renderHtml(report, { texts, explain: false }));
  });
  const claims = report.findings.reduce((n, f) => n + f.claims.length, 0);

  test('the browser reads every claim as a mark, runs no script, and shows the hostile text as text', () => {
    const dom = browse(['--dump-dom', `file://${page}`]).stdout;
    // Each claim is marked once in its source's text (the legend and the divergences in context have marks of their own).
    expect(dom.match(/<mark id=/g)).toHaveLength(claims);
    expect(dom).not.toMatch(/<script|<img/);
    expect(dom).toContain('&lt;script&gt;alert(\'pwned\')&lt;/script&gt;');
  });

  test('the page the browser builds opens with the divergences in context, each claim marked', () => {
    const dom = browse(['--dump-dom', `file://${page}`]).stdout;
    const divergences = report.findings.filter((f) => f.status === 'diverge');
    expect(divergences.length).toBeGreaterThan(0);
    expect(dom.indexOf('id="in-context"')).toBeGreaterThan(0);
    expect(dom.indexOf('id="in-context"')).toBeLessThan(dom.indexOf('<h2>Findings</h2>'));
    expect(dom.match(/class="context-finding v-diverge"/g)).toHaveLength(divergences.length);
    expect(dom.match(/<mark class="claim">/g)!.length).toBeGreaterThanOrEqual(divergences.length * 2);
  });

  test('it renders to a screenshot', () => {
    const png = join(dir, 'report.png');
    browse([`--screenshot=${png}`, '--window-size=1400,1000', `file://${page}`]);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20000);
  });
});

import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/ingest';
import { expandInputs } from '../../src/ingest/inputs';
import { expectSpansValid } from '../helpers/spans';
import { ROOT, reportOf } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

const read = (file: string, date?: string) => readSource(join(ROOT, 'fixtures', 'html', file), { maxBytes: 1 << 20, date }).source;

describe('a saved news page read to its article', () => {
  const page = read('brenmoor-courier.html');

  test('title, outlet and publication date come from the metadata', () => {
    expect(page).toMatchObject({ title: 'Flood wall failed hours before dawn, Brenmoor survivors say', outlet: 'The Kessel Courier', published: '2024-09-04', format: 'html' });
  });

  test('the text is the headline and the story, one paragraph a block', () => {
    expect(page.text.startsWith('Flood wall failed hours before dawn, Brenmoor survivors say\n\nAt least 29 people died')).toBe(true);
    expect(page.text).toContain('minutes. Fifteen people');
    expect(page.text.split('\n\n')).toHaveLength(6);
  });

  test('navigation, ads, footer and scripts are dropped', () => {
    for (const noise of ['Subscribe', 'Advertisement', 'All rights reserved', 'replaced by a script', 'factdiffPageScriptRan', 'Related']) expect(page.text).not.toContain(noise);
  });

  test('scripts and handlers in the page never run', () => {
    read('hostile.html');
    const g = globalThis as Record<string, unknown>;
    expect([g.factdiffPageScriptRan, g.factdiffHostileScriptRan, g.factdiffOnloadRan, g.factdiffOnerrorRan]).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('--date wins over the page’s own date', () => expect(read('brenmoor-courier.html', '2024-09-05').published).toBe('2024-09-05'));

  test('"Tuesday" resolves against the page’s date, and every claim points into the extracted text the JSON carries', () => {
    const { report } = reportOf('html/brenmoor-courier.html', 'events/brenmoor-flood/wire.txt');
    const [html, wire] = report.sources;
    expect(html.text).toBe(page.text);
    expect(wire.text).toBeUndefined();
    expectSpansValid(report, { A: html.text!, B: read('../events/brenmoor-flood/wire.txt').text });
    const tuesday = report.findings.flatMap((f) => f.claims).find((c) => c.source === 'A' && c.text === 'Tuesday')!;
    expect(tuesday.value.display).toBe('Tuesday (2024-09-03)');
  });
});

describe('folders as inputs', () => {
  test('a folder expands to its .txt, .md and .html files in name order; other files and subfolders are left out', () => {
    const dir = tempDir('inputs');
    for (const name of ['b.md', 'a.txt', 'c.html', 'gold.json', 'notes.pdf']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'd.txt'));
    expect(expandInputs([dir, '-'])).toEqual([join(dir, 'a.txt'), join(dir, 'b.md'), join(dir, 'c.html'), '-']);
  });

  test('a Markdown file is read as text, as written', () => {
    const dir = tempDir('md');
    writeFileSync(join(dir, 'r.md'), '# Flood\n\n**31** people died on *Tuesday*.\n');
    expect(readSource(join(dir, 'r.md'), { maxBytes: 1000 }).source.text).toBe('# Flood\n\n**31** people died on *Tuesday*.\n');
  });
});

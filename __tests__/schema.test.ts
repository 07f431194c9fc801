import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { withAudit } from '../src/audit';
import { renderJson } from '../src/report/json';
import { readSource, sourceId } from '../src/ingest';
import { compareSources } from '../src/pipeline';
import { EVENTS, ROOT, reportOf } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
/** The report as --json prints it, parsed back. */
const asJson = (report: object) => JSON.parse(renderJson(report as never));
const errors = () => JSON.stringify(validate.errors, null, 2);

describe('schema/report.schema.json against real --json output', () => {
  const cases: Array<[string, string[]]> = [
    ['the sample', ['report-a.txt', 'report-b.txt']],
    ...EVENTS.map((e): [string, string[]] => [e, [`events/${e}`]]),
    ['the lineage folder', ['lineage']],
    ['HTML pages beside text', ['html/brenmoor-courier.html', 'html/hostile.html', 'events/brenmoor-flood/wire.txt']],
  ];

  test.each(cases)('compare and audit of %s validate', (_, paths) => {
    const { report } = reportOf(...paths);
    expect(validate(asJson(report))).toBe(true);
    if (validate.errors) throw new Error(errors());
    expect(validate(asJson(withAudit(report)))).toBe(true);
  });

  test('sources with front matter validate: outlet, title, url, published, publishedAt, bodyStart; claims carry their sentence', () => {
    const dir = tempDir('schema');
    const sources = ['2025-05-20T08:00:00Z', '2025-05-20'].map((published, i) => {
      const path = join(dir, `${i}.md`);
      writeFileSync(path, `---\npublished: ${published}\noutlet: Outlet ${i}\ntitle: Title ${i}\nurl: https://example.invalid/${i}\n---\nThe Orrin mine collapse trapped ${5 + i * 19} miners on Monday.\n`);
      return { id: sourceId(i), ...readSource(path, { maxBytes: 1 << 20 }).source };
    });
    const json = asJson(compareSources(sources));
    expect(json.sources[0]).toMatchObject({ outlet: 'Outlet 0', title: 'Title 0', url: 'https://example.invalid/0', published: '2025-05-20', publishedAt: '2025-05-20T08:00:00Z' });
    expect(json.findings[0].claims[0].sentence).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    expect(validate(json)).toBe(true);
    if (validate.errors) throw new Error(errors());
    json.sources[0].publishedAt = '2025-05-20 08:00';
    expect(validate(json)).toBe(false);
  });

  test('a place said of a person validates with its owner', () => {
    const texts = ['Ann Rusk, 23, of Denver, was hurt on Monday.', 'Ann Rusk, who lives in Boulder, was hurt on Monday.'];
    const json = asJson(compareSources(texts.map((text, i) => ({ id: sourceId(i), path: `${i}.txt`, text }))));
    type Claimed = { value: { owner?: string } };
    const owners = json.findings.flatMap((f: { claims: Claimed[] }) => f.claims.map((c) => c.value.owner)).filter(Boolean);
    expect(owners).toEqual(['ann rusk', 'ann rusk']);
    expect(validate(json)).toBe(true);
    if (validate.errors) throw new Error(errors());
  });

  test('schemaVersion is in the output and in the schema', () => {
    const { report } = reportOf('report-a.txt', 'report-b.txt');
    expect(asJson(report).schemaVersion).toBe(schema.properties.schemaVersion.const);
  });

  test('it rejects a report without schemaVersion, a claim without text, and an HTML source without its text', () => {
    const { report } = reportOf('html/hostile.html', 'report-a.txt');
    const json = asJson(report);
    const { schemaVersion: _, ...unversioned } = json;
    expect(validate(unversioned)).toBe(false);
    const claim = json.findings[0].claims[0];
    delete claim.text;
    expect(validate(json)).toBe(false);
    const html = asJson(report);
    delete html.sources[0].text;
    expect(validate(html)).toBe(false);
  });
});

#!/usr/bin/env node
// Writes N reports of one event for benchmarks: each is one of the event's real reports, re-cut
// the way another outlet would write it. Paragraphs are reordered, dropped or borrowed from the
// event's other reports, sentences swapped, some numbers changed ("31" → "33", "2,300" → "2,450")
// and some given names misspelt ("Katarina" → "Katraina"), so the claims stay realistic: most
// reports agree, some diverge, and every kind of claim is present. Deterministic: one seed, one set.
//
//   node scripts/generate-reports.mjs 200                       # sample event, into a temp folder
//   node scripts/generate-reports.mjs 200 --event brenmoor-flood --seed 7 --out /tmp/flood
//
// Events: "sample" (fixtures/report-a.txt and report-b.txt, about 6 KB a report) and every folder
// of fixtures/events (about 1.5 KB a report).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** mulberry32: a small, fast, seeded PRNG; floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every event the generator knows: "sample" and the folders of fixtures/events. */
export function events() {
  return ['sample', ...readdirSync(join(FIXTURES, 'events')).sort()];
}

/** An event's reports (texts) and the people its gold file names ("Katarina Holm"). */
function loadEvent(event) {
  const dir = event === 'sample' ? FIXTURES : join(FIXTURES, 'events', event);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const texts = Object.values(gold.sources).map((file) => readFileSync(join(dir, file), 'utf8'));
  const names = new Set();
  for (const fact of gold.facts.filter((f) => f.kind === 'person')) {
    for (const evidence of Object.values(fact.evidence)) {
      // "Mayor Katarina Holm", "Henrik Dahl, 58": the last two capitalised words are the name.
      const m = /(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?!.*\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/u.exec(evidence);
      if (m && !/^(Mayor|Judge|Manager|Minister|Pope|President)$/.test(m[1])) names.add(`${m[1]} ${m[2]}`);
    }
  }
  return { texts, names: [...names] };
}

const paragraphsOf = (text) => text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
const sentencesOf = (paragraph) => paragraph.split(/(?<=[.!?…][”"’]?)\s+(?=[\p{Lu}“"])/u);

/** A changed number, written like the original: "2,300" → "2,450", "31" → "33", "4" → "5". */
function varyNumber(text, random) {
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isInteger(n) || (n >= 1900 && n <= 2100)) return text; // years stay
  let m;
  if (n <= 31) m = Math.max(1, n + (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 2)));
  else {
    const zeros = /0*$/.exec(String(n))[0].length;
    const step = 10 ** Math.min(zeros, String(n).length - 2);
    m = Math.max(step, Math.round((n * (0.85 + random() * 0.3)) / step) * step);
  }
  return text.includes(',') || m >= 10000 ? m.toLocaleString('en-US') : String(m);
}

/** A plausible misspelling of a given name: two inner letters swapped, or one doubled. */
function misspell(word, random) {
  const i = 1 + Math.floor(random() * Math.max(1, word.length - 2));
  if (random() < 0.5 && i + 1 < word.length) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

function shuffleGently(items, random, p, movable = () => true) {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) if (random() < p && movable(out[i]) && movable(out[i + 1])) [out[i], out[i + 1]] = [out[i + 1], out[i]];
  return out;
}

// A sentence cut from inside a quotation ("… UNLIMITED. Likewise, …") must stay where it is.
const count = (text, mark) => text.split(mark).length - 1;
const quotesClosed = (sentence) => count(sentence, '“') === count(sentence, '”') && count(sentence, '"') % 2 === 0;

/** One report: a base report of the event, re-cut with the event's other reports. */
function report(event, random) {
  const base = Math.floor(random() * event.texts.length);
  const [lede, ...body] = paragraphsOf(event.texts[base]);
  const others = event.texts.filter((_, i) => i !== base).flatMap(paragraphsOf);
  let paragraphs = body.filter(() => random() >= 0.1);
  for (let k = Math.floor(random() * 4); k > 0 && others.length; k--) {
    paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, others[Math.floor(random() * others.length)]);
  }
  paragraphs = shuffleGently(paragraphs, random, 0.3).map((p) => shuffleGently(sentencesOf(p), random, 0.15, quotesClosed).join(' '));
  let text = [lede, ...paragraphs].join('\n\n');
  text = text.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+\b(?![.,]\d)/g, (m) => (random() < 0.25 ? varyNumber(m, random) : m));
  for (const name of event.names) {
    if (random() >= 0.1) continue;
    const [given, surname] = name.split(' ');
    text = text.replaceAll(`${given} ${surname}`, `${misspell(given, random)} ${surname}`);
  }
  return `${text}\n`;
}

/**
 * Writes `n` reports of one event into `out` (a new temp folder by default) and returns their
 * paths and total size in bytes.
 */
export function generateReports({ n, event = 'sample', seed = 1, out } = {}) {
  const loaded = loadEvent(event);
  const random = prng(seed);
  const dir = out ?? mkdtempSync(join(tmpdir(), `factdiff-${event}-${n}-`));
  mkdirSync(dir, { recursive: true });
  const paths = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = report(loaded, random);
    const path = join(dir, `report-${String(i + 1).padStart(4, '0')}.txt`);
    writeFileSync(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { dir, paths, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const n = Number(args[0]);
  const event = flag('--event', 'sample');
  if (!Number.isInteger(n) || n < 1 || !events().includes(event)) {
    console.error(`usage: generate-reports.mjs N [--event ${events().join('|')}] [--seed S] [--out DIR]`);
    process.exit(2);
  }
  const { dir, paths, bytes } = generateReports({ n, event, seed: Number(flag('--seed', 1)), out: flag('--out') });
  console.log(`${paths.length} reports of ${event}, ${(bytes / 1e6).toFixed(2)} MB, in ${dir}`);
}

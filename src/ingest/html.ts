import type { Source } from '../types';
import { publicationDate } from './published';
import { parsePublicationTime, type PublicationTime } from '../normalise/dates';

// The little of the DOM used here, typed locally: the build has no DOM library.
interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  querySelector(selector: string): DomNode | null;
}
interface Article {
  content?: DomNode | null;
  title?: string | null;
  siteName?: string | null;
}
type Linkedom = { parseHTML(html: string): { document: DomDocument } };
type ReadabilityModule = { Readability: new (doc: DomDocument, options: { serializer(node: DomNode): DomNode }) => { parse(): Article | null } };

/** Saved web pages, read to their article text rather than as text. */
export const isHtmlPath = (path: string) => /\.html?$/i.test(path);

// Elements that end a paragraph: their text becomes its own block, separated by a blank line.
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'BR', 'HR']);

/**
 * The text of an element, one paragraph per block with blank lines between, spaces collapsed.
 * Readability's own textContent runs paragraphs together ("…end.Next…"), which breaks sentences.
 */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const block = BLOCKS.has((child.tagName ?? '').toUpperCase());
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

const meta = (doc: DomDocument, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute?.('content')?.trim() || undefined;

/** The date (and time) of a metadata timestamp ("2025-09-03T06:10:00Z"), if it is a real one. */
const stampOf = (value: string | null | undefined): PublicationTime | undefined => (value ? parsePublicationTime(value) : undefined);

/**
 * A saved news page read to its article: Readability keeps the story and drops navigation, ads,
 * scripts and footers. Title, outlet (og:site_name) and publication date (article:published_time
 * or <time datetime>) come from the page's metadata. The text is the article as extracted, with
 * its title as first paragraph, and claims' offsets point into it.
 *
 * linkedom and Readability are required here, on first use, so reading plain text never loads
 * them. linkedom is pinned at 0.18.12: later releases need css-select 7, which is ESM only and
 * cannot be required before Node 20.19 (nor under jest). linkedom only builds a DOM: it runs no scripts, loads nothing and fires no events, so a
 * page's <script> or onerror= never executes.
 */
export function readHtml(path: string, html: string, date?: string): Omit<Source, 'id'> {
  const { parseHTML } = require('linkedom') as Linkedom;
  const { Readability } = require('@mozilla/readability') as ReadabilityModule;
  const { document } = parseHTML(html);
  const title = meta(document, 'og:title') ?? (document.querySelector('title')?.textContent?.trim() || undefined);
  const outlet = meta(document, 'og:site_name');
  const stamped = stampOf(meta(document, 'article:published_time')) ?? stampOf(document.querySelector('time[datetime]')?.getAttribute?.('datetime'));
  const article = new Readability(document, { serializer: (node) => node }).parse();
  const body = article?.content ? blockText(article.content) : '';
  const headline = title ?? article?.title ?? undefined;
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  const published = date ?? stamped?.published ?? publicationDate(text);
  return {
    path,
    text,
    ...(headline ? { title: headline } : {}),
    ...(outlet ?? article?.siteName ? { outlet: outlet ?? article!.siteName! } : {}),
    ...(published ? { published } : {}),
    ...(!date && stamped?.publishedAt ? { publishedAt: stamped.publishedAt } : {}),
    format: 'html',
  };
}

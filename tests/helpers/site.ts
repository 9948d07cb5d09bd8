/** Reads pages of a built site (the example's, built by npm test, by default) as cheerio documents. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** Where npm test builds the example organization's site, whatever the organization's own content/ holds. */
export const EXAMPLE_DIST = 'node_modules/.prongsai-fixtures/example/dist';

/** The example's built site: the program's tests read its pages (PRONGSAI_DIST: another build of it). */
export const DIST = process.env.PRONGSAI_DIST || EXAMPLE_DIST;

/** The organization's built site (dist/ when the project has its own, else the example's): the checks that hold for any. */
export const ORG_DIST = process.env.PRONGSAI_ORG_DIST || DIST;

/** The HTML file for a site path such as "/ita/2566/". */
export function htmlFile(path: string, dist = DIST): string {
  const clean = path.replace(/^\/+/, '');
  return join(dist, clean.endsWith('.html') ? clean : join(clean, 'index.html'));
}

export function loadPage(path: string, dist = DIST): cheerio.CheerioAPI {
  const file = htmlFile(path, dist);
  if (!existsSync(file))
    throw new Error(`No built page for ${path} (looked for ${file}); run npm test, which builds it`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Visible text with whitespace folded, as a reader would see it. */
export const text = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The text of each cell of a table row, as a reader sees it cell by cell. */
export function cells($: cheerio.CheerioAPI, row: Parameters<cheerio.CheerioAPI>[0]): string[] {
  return $(row)
    .children('th, td')
    .toArray()
    .map((cell) => text($(cell).text()));
}

/** Elements that flow inside a line: their text joins the text beside them, as a reader sees it. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '),
);

type Node = { type: string; data?: string; name?: string; children?: Node[] };

/** Text of nodes with a space at every block boundary (cells, list items, dt/dd, paragraphs). */
function nodeText(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.data ?? '';
      if (node.type !== 'tag' || !node.children) return '';
      const inner = nodeText(node.children);
      return node.name && INLINE.has(node.name) ? inner : ` ${inner} `;
    })
    .join('');
}

/**
 * The text of an element as a reader sees it: block elements (table cells, list items, terms and
 * definitions) stand apart as the browser lays them out, inline elements run on, whitespace folded.
 */
export function readable(selection: { toArray(): unknown[] }): string {
  return text(nodeText(selection.toArray() as Node[]));
}

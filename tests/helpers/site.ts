/** Reads pages of a built site (dist/ by default) as cheerio documents. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = process.env.PRONGSAI_DIST || 'dist';

/** The HTML file for a site path such as "/ita/2566/". */
export function htmlFile(path: string, dist = DIST): string {
  const clean = path.replace(/^\/+/, '');
  return join(dist, clean.endsWith('.html') ? clean : join(clean, 'index.html'));
}

export function loadPage(path: string, dist = DIST): cheerio.CheerioAPI {
  const file = htmlFile(path, dist);
  if (!existsSync(file)) throw new Error(`No built page for ${path} (looked for ${file}); run npm run build first`);
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

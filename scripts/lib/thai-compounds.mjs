// After the search index is built, keeps Thai phrases whole on every page: each run of two or more
// ICU words that src/lib/thai/phrases.ts calls one phrase, in the text of <body>, is wrapped in
// <span class="tw">, which the base styles keep on one line (src/styles/base.css), so a phone never
// breaks "ผู้มีส่วนได้ส่วนเสีย" into "ผู้มีส่วนได้ส่วน / เสีย": lines break between phrases only. Only text
// between tags changes: tags, attributes, comments and the raw text of <script>, <style>, <textarea>,
// <title> and <svg> are copied as they are. Runs after indexing, so the search index sees the page as
// Astro wrote it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepPhrasesWhole } from '../../src/lib/thai/phrases.ts';

const RAW = /^<(script|style|textarea|title|svg)\b/i;
const wrap = (word) => `<span class="tw">${word}</span>`;

/** The end (exclusive) of the tag starting at `i`, quoted attribute values (which may hold ">") skipped. */
function tagEnd(html, i) {
  if (html.startsWith('<!--', i)) {
    const end = html.indexOf('-->', i + 4);
    return end === -1 ? html.length : end + 3;
  }
  let quote = '';
  for (let j = i + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

/** The organization's words a page carries in its <html data-compounds="…"> (none without it). */
export function pageWords(html) {
  const tag = html.match(/<html\b[^>]*>/i)?.[0] ?? '';
  const value = tag.match(/\sdata-compounds\s*=\s*(?:"([^"]*)"|'([^']*)')/i);
  return (value?.[1] ?? value?.[2] ?? '').split(/\s+/).filter(Boolean);
}

/** A page with the phrases of its body text kept whole. */
export function keepCompoundsInHtml(html) {
  const body = html.search(/<body\b/i);
  if (body === -1) return html;
  let out = html.slice(0, body);
  let i = body;
  while (i < html.length) {
    if (html[i] === '<') {
      const end = tagEnd(html, i);
      const tag = html.slice(i, end);
      const raw = tag.match(RAW);
      if (raw) {
        const close = html.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, end);
        const stop = close === -1 ? html.length : tagEnd(html, close);
        out += html.slice(i, stop);
        i = stop;
      } else {
        out += tag;
        i = end;
      }
    } else {
      const next = html.indexOf('<', i);
      const stop = next === -1 ? html.length : next;
      out += keepPhrasesWhole(html.slice(i, stop), wrap);
      i = stop;
    }
  }
  return out;
}

/** Rewrites every HTML page under `site` (Pagefind's bundle aside); returns how many changed. */
export function keepCompoundsInSite(site) {
  let changed = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!(dir === site && entry.name === 'pagefind')) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        const kept = keepCompoundsInHtml(html);
        if (kept !== html) {
          writeFileSync(full, kept);
          changed++;
        }
      }
    }
  };
  walk(site);
  return changed;
}

// What a built page costs a reader: the gzip bytes of the JavaScript it loads (scripts, module
// preloads and the modules they import, inline scripts) and the total bytes of the home page.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;

export function dirBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

const attrs = (html, tag, test) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]).filter(test);
const attr = (tagText, name) => tagText.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Resolves a URL path of the built site ("/prongsai/_astro/x.js") to a file in dist. */
const fileFor = (dist, base, url) => join(dist, url.replace(/^https?:\/\/[^/]+/, '').slice(base.length - 1));

/** The JavaScript a page loads before anyone interacts: external modules (with their static imports) and inline scripts. */
export function pageJavaScript(dist, pagePath, base = '/') {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const files = new Set();
  const queue = [
    ...attrs(html, 'script', (t) => /\ssrc=/.test(t)).map((t) => attr(t, 'src')),
    ...attrs(html, 'link', (t) => /rel="modulepreload"/.test(t)).map((t) => attr(t, 'href')),
  ].map((u) => fileFor(dist, base, u));
  while (queue.length) {
    const file = queue.shift();
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1]));
  }
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]);
  const externalGzip = [...files].reduce((sum, f) => sum + gzipBytes(readFileSync(f)), 0);
  const inlineBytes = inline.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  return { files: files.size, externalGzip, inlineBytes, inlineGzip: inline.length ? gzipBytes(inline.join('')) : 0 };
}

/** Everything the home page downloads, gzip where a server would compress (fonts and images as they are). */
export function pageTotal(dist, pagePath, base = '/') {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  let total = gzipBytes(html);
  const parts = { html: total, css: 0, fonts: 0, js: 0, images: 0 };
  for (const t of attrs(html, 'link', (t) => /rel="stylesheet"/.test(t))) {
    const css = readFileSync(fileFor(dist, base, attr(t, 'href')));
    parts.css += gzipBytes(css);
    // Thai pages use both the Thai and Latin ranges of each weight: a browser fetches every woff2.
    for (const m of css.toString().matchAll(/url\(([^)]+\.woff2)\)/g))
      parts.fonts += statSync(fileFor(dist, base, m[1].replace(/["']/g, ''))).size;
  }
  // The logo is both the icon and the header image: one download.
  const images = new Set([
    ...attrs(html, 'img', () => true).map((t) => fileFor(dist, base, attr(t, 'src'))),
    ...attrs(html, 'link', (t) => /rel="icon"/.test(t)).map((t) => fileFor(dist, base, attr(t, 'href'))),
  ]);
  for (const file of images) parts.images += statSync(file).size;
  const js = pageJavaScript(dist, pagePath, base);
  parts.js = js.externalGzip + js.inlineGzip;
  total = parts.html + parts.css + parts.fonts + parts.js + parts.images;
  return { total, parts };
}

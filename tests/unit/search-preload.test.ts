// The search page preloads what Pagefind's worker fetches before a first search can look for words, so
// a phone downloads them with the page (scripts/lib/search-preload.mjs, run by the indexer).
import { describe, expect, it } from 'vitest';
import { addSearchPreloads, searchPreloads, staticImports } from '../../scripts/lib/search-preload.mjs';

const ENTRY = { languages: { th: { hash: 'th_aa6bf287fb', wasm: null }, en: { hash: 'en_123', wasm: 'en' } } };
const PAGE =
  '<html><head><title>ค้นหา</title></head><body>' +
  '<pagefind-config bundle-path="/pagefind/" lang="th" preload></pagefind-config></body></html>';

describe('searchPreloads', () => {
  it("names, in Pagefind's order, the worker, the entry under the index's tag, its metadata, the WebAssembly and the language's filters", () => {
    expect(searchPreloads(ENTRY, ['th_b.pf_filter', 'en_a.pf_filter', 'th_a.pf_filter', 'th_notes.txt'], 'th')).toEqual(
      {
        tag: 'th_aa6bf287fb',
        files: [
          'pagefind-worker.js',
          'pagefind-entry.json?ts=th_aa6bf287fb',
          'pagefind.th_aa6bf287fb.pf_meta',
          'wasm.unknown.pagefind',
          'filter/th_a.pf_filter',
          'filter/th_b.pf_filter',
        ],
      },
    );
  });

  it("takes the language's own WebAssembly when Pagefind has one for it", () => {
    expect(searchPreloads(ENTRY, [], 'en').files).toEqual([
      'pagefind-worker.js',
      'pagefind-entry.json?ts=en_123',
      'pagefind.en_123.pf_meta',
      'wasm.en.pagefind',
    ]);
  });

  it('refuses a language the index does not have', () => {
    expect(() => searchPreloads(ENTRY, [], 'lo')).toThrow(
      'ดัชนีค้นหาไม่มีภาษา "lo" ของหน้าค้นหา (มี th, en) / search index has no "lo" language (has th, en)',
    );
  });
});

describe('addSearchPreloads', () => {
  const preloads = { tag: 'th_1', files: ['pagefind-worker.js', 'pagefind-entry.json?ts=th_1'] };

  it('puts the tag on <pagefind-config> and a preload per file, under the base path, at the end of <head>', () => {
    expect(addSearchPreloads(PAGE, '/prongsai/pagefind/', preloads)).toBe(
      '<html><head><title>ค้นหา</title>' +
        '<link rel="prefetch" href="/prongsai/pagefind/pagefind-worker.js" crossorigin data-search-preload>' +
        '<link rel="prefetch" href="/prongsai/pagefind/pagefind-entry.json?ts=th_1" crossorigin data-search-preload>' +
        '</head><body><pagefind-config meta-cache-tag="th_1" bundle-path="/pagefind/" lang="th" preload></pagefind-config></body></html>',
    );
  });

  it('indexing the same page again replaces the earlier tag and preloads', () => {
    const once = addSearchPreloads(PAGE, '/pagefind/', preloads);
    const again = addSearchPreloads(once, '/pagefind/', { tag: 'th_2', files: ['pagefind.th_2.pf_meta'] });
    expect(again).toBe(
      '<html><head><title>ค้นหา</title>' +
        '<link rel="prefetch" href="/pagefind/pagefind.th_2.pf_meta" crossorigin data-search-preload>' +
        '</head><body><pagefind-config meta-cache-tag="th_2" bundle-path="/pagefind/" lang="th" preload></pagefind-config></body></html>',
    );
  });

  it("preloads the page's modules first, as modules", () => {
    expect(
      addSearchPreloads(PAGE, '/pagefind/', {
        tag: 't',
        files: ['pagefind-worker.js'],
        modules: ['/_astro/page.1.js', '/_astro/words.2.js'],
      }),
    ).toContain(
      '<link rel="modulepreload" href="/_astro/page.1.js" data-search-preload>' +
        '<link rel="modulepreload" href="/_astro/words.2.js" data-search-preload>' +
        '<link rel="prefetch" href="/pagefind/pagefind-worker.js" crossorigin data-search-preload></head>',
    );
  });

  it('escapes the addresses it writes', () => {
    expect(addSearchPreloads(PAGE, '/a"b&c/', { tag: 'x', files: ['f'] })).toContain('href="/a&quot;b&amp;c/f"');
  });

  it("refuses a page without Pagefind's <pagefind-config>", () => {
    expect(() => addSearchPreloads('<html><head></head></html>', '/pagefind/', preloads)).toThrow(
      'หน้าค้นหาไม่มี <pagefind-config> / the search page has no <pagefind-config>',
    );
  });
});

describe('staticImports', () => {
  it('lists the modules a built script imports, as Vite writes them, and not its dynamic imports', () => {
    expect(
      staticImports(
        'import{t as e}from"./format.EgcITyN0.js";import{n as t,t as n}from"./words.CkvZxYYa.js";' +
          'import"./side.js";\nimport * as all from \'../lib/all.js\';function r(){return import("./later.js")}',
      ),
    ).toEqual(['./format.EgcITyN0.js', './words.CkvZxYYa.js', './side.js', '../lib/all.js']);
  });

  it('finds nothing in a script without imports, or in a word that only contains "import"', () => {
    expect(staticImports('const important="x";reimport("./a.js")')).toEqual([]);
  });
});

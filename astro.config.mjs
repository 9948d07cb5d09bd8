// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { astroCacheDir } from './scripts/cache-dir.mjs';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './scripts/lib/content-check-integration.ts';
import { proseGuard } from './scripts/lib/prose-guard.ts';
import { cmsLocalApi } from './scripts/lib/cms-integration.ts';
import { deployFiles } from './scripts/lib/deploy-files-integration.ts';
import { publicDir } from './src/data/content-dir.ts';
import { siteAddress } from './scripts/lib/site-address.ts';
import { onBundlerWarning } from './scripts/lib/build-warnings.mjs';

/** Every page but the 404 page and the staff's editing page (/admin/). */
const listedInSitemap = (/** @type {string} */ page) => !/\/(?:404|admin)\/?$/.test(page);

// The public origin (canonical links, the sitemap, robots.txt, feeds, the ITAS sheet): SITE_URL if set, else
// `siteUrl` of the organization file, else http://localhost:4321 (scripts/lib/site-address.ts); a build for
// publishing (npm run build:publish) refuses localhost. From the environment:
//   BASE_PATH  a sub-path when the site does not live at the domain's root, e.g. /prongsai
export default defineConfig({
  site: siteAddress().url,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Tests build fixture sites from other content folders into folders of their own.
  outDir: process.env.PRONGSAI_OUT_DIR || './dist',
  // The organization's own files (public/, or the example's before adoption; a test's copy with the CMS test).
  publicDir: publicDir(),
  cacheDir: astroCacheDir(),
  build: { format: 'directory' },
  // Astro 7's JSX whitespace rules (the default, spelled out): line breaks around elements are dropped,
  // so the formatter may wrap markup freely; a space that must stay between an element and the text
  // beside it on another line is written {' '}. A test compares the text of every page with a reference.
  compressHTML: 'jsx',
  // Every content rule runs once, before any collection is loaded or page rendered (npm run check's messages).
  // sitemap-index.xml lists every page (not the 404 page, nor the staff's /admin/ page); robots.txt
  // (src/pages/robots.txt.ts) points to it. cmsLocalApi: the CMS's file API of npm run edit.
  // deployFiles: the security headers of deploy/ copied into the built site. proseGuard: the Markdown/MDX
  // pipeline itself refuses, before compiling, any file that would be a program (the check's own rule), so
  // nothing in content runs even when the content check is skipped.
  integrations: [
    proseGuard(),
    contentCheck(),
    mdx(),
    cmsLocalApi(),
    sitemap({ filter: listedInSitemap }),
    deployFiles(),
  ],
  // Pictures in Markdown/MDX (news, pages, the guide) get a srcset, so a phone loads a picture sized for it.
  image: { layout: 'constrained' },
  devToolbar: { enabled: false },
  // Never inline bundled scripts into pages: the Content-Security-Policy (src/lib/site/csp.ts) allows only
  // same-origin script files and the display-settings script by its hash. One stylesheet for the whole
  // site (components keep their scoped styles): fetched once on a slow connection, then cached.
  // The bundler's warning about Astro's own MDX directive is dropped, every other printed
  // (scripts/lib/build-warnings.mjs).
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { onwarn: onBundlerWarning } } },
  // npm run edit (scripts/edit.ts) opens the CMS's page.
  server: { host: '127.0.0.1', open: process.env.PRONGSAI_EDIT ? '/admin/' : false },
});

/**
 * The browser test harness: one call at the top of a browser test file (or of a describe block) gives
 * it a built site served on loopback and Debian's chromium, both closed when its tests are done.
 *
 *   const site = useBrowserSite();                                      // the example site's dist/
 *   const fixture = useBrowserSite({ fixture: 'measures-progress' });  // a fixture, built once here
 *
 * Sites of one file share one chromium. The server listens on port 0, so files and helpers running
 * at the same time never collide.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launchBrowser } from './browser';
import { buildFixture } from './fixtures';
import { sitePaths } from './pages';
import { serve, type StaticServer } from './server';
import { DIST } from './site';

export interface SiteOptions {
  /** A built site folder to serve; the example site's dist/ (built by npm test before vitest) by default. */
  dist?: string;
  /** A fixture content folder (tests/fixtures/<name>), built once for this file instead. */
  fixture?: string;
  /** Environment of the fixture build (BASE_PATH, PRONGSAI_TODAY, PRONGSAI_CONTENT, PRONGSAI_OUT_DIR…). */
  env?: Record<string, string>;
  /** Or a site made for this file (e.g. a copy of dist/ with pages added), removed after its tests. */
  make?: () => Promise<{ dir: string; remove: () => void }>;
  /** The base path the site is served under (a fixture built with BASE_PATH is served under it). */
  base?: string;
  /** Extra response headers on every response (e.g. the Content-Security-Policy of the deploy recipes). */
  headers?: Record<string, string>;
}

export interface BrowserSite {
  /** This file's chromium. */
  readonly browser: Browser;
  /** The folder served. */
  readonly dist: string;
  /** Origin plus base path, ending in "/". */
  readonly url: string;
  /** The absolute URL of a site path ("/ita/2566/" or "ita/2566/?q=…"). */
  href: (path: string) => string;
  /** The paths the server has answered with a file so far (what the browser took from its cache is not there). */
  readonly served: string[];
}

let sharedBrowser: Promise<Browser> | undefined;
let users = 0;

/** This file's chromium, launched by the first site that needs it. */
function acquireBrowser(): Promise<Browser> {
  users++;
  sharedBrowser ??= launchBrowser();
  return sharedBrowser;
}

/** Closes chromium once the last site of the file is done with it. */
async function releaseBrowser(): Promise<void> {
  users--;
  if (users > 0 || !sharedBrowser) return;
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  // A failed launch was reported by the beforeAll that awaited it.
  const launched = await browser.catch(() => undefined);
  await launched?.close();
}

/** The folder to serve: a ready dist/, a fixture built now, or a site made now. */
async function prepareSite(options: SiteOptions): Promise<{ dir: string; remove?: () => void }> {
  if (options.make) return options.make();
  if (options.fixture) {
    const build = buildFixture(options.fixture, options.env);
    if (!build.ok) throw new Error(`Fixture ${options.fixture} did not build:\n${build.output}`);
    return { dir: build.dist };
  }
  const dir = options.dist ?? DIST;
  if (!existsSync(dir)) throw new Error(`No built site in ${dir}: run npm test, which builds it`);
  return { dir };
}

/** Registers the hooks that build or make the site, serve it and launch chromium, and close all after. */
export function useBrowserSite(options: SiteOptions = {}): BrowserSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let site: { dir: string; remove?: () => void } | undefined;
  let acquired = false;

  beforeAll(async () => {
    site = await prepareSite(options);
    acquired = true;
    const launching = acquireBrowser();
    server = await serve(site.dir, options.base ?? options.env?.['BASE_PATH'] ?? '/', {
      headers: options.headers ?? {},
    });
    browser = await launching;
  });

  afterAll(async () => {
    await server?.close();
    if (acquired) await releaseBrowser();
    site?.remove?.();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The browser site's ${what} is used before its beforeAll ran`);
    return value;
  };
  const handle: BrowserSite = {
    get browser() {
      return ready(browser, 'browser');
    },
    get dist() {
      return ready(site, 'folder').dir;
    },
    get url() {
      return ready(server, 'server').url;
    },
    href: (path) => `${handle.url}${path.replace(/^\/+/, '')}`,
    get served() {
      return ready(server, 'server').served;
    },
  };
  return handle;
}

/**
 * Every page of a built site ("/", "/ita/2566/"…, "/404.html"), read when the test file is collected so
 * that `it.each` gives each page a test of its own.
 */
export function builtPages(dist = DIST, options: { admin?: boolean } = {}): string[] {
  if (!existsSync(dist)) throw new Error(`No built site in ${dist}: run npm test, which builds it`);
  return sitePaths(dist, options);
}

#!/usr/bin/env node
// Builds the static site and its search index into a staging folder, then swaps it into place.
// A failed build leaves the previous dist/ untouched: nothing half-built is ever deployable.
//   node scripts/build.mjs            a site for this computer too (warns when its address is localhost)
//   node scripts/build.mjs --publish  npm run build:publish: refuses to build without a public address
// astro build is stopped after PRONGSAI_BUILD_TIMEOUT seconds (default 600, src/lib/build/time-limit.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { astroCacheDir } from './cache-dir.mjs';

const out = process.env.PRONGSAI_OUT_DIR || 'dist';
const publishing = process.argv.slice(2).includes('--publish');

// The site's public address (SITE_URL, else siteUrl of the organization file), checked before anything is
// built: a site for publishing never links to localhost (its ITAS sheet, canonical links, sitemap, robots.txt).
await import('./ts-hooks.mjs');
const { siteAddress, organizationFile } = await import('./lib/site-address.ts');
const { isLocalAddress, localAddressWarning, siteAddressRefusal, siteAddressRefusalText } =
  await import('../src/lib/site/site-address.ts');
const address = siteAddress();
const refusal = siteAddressRefusal(address, publishing);
if (refusal) {
  console.error(siteAddressRefusalText(refusal, organizationFile()));
  console.error(`\nไม่ได้สร้างเว็บไซต์: ${out}/ ไม่ถูกเปลี่ยนแปลง / nothing was built: ${out}/ was left as it was.`);
  process.exit(1);
}
const { buildTimeLimit, buildTimeoutMessage } = await import('../src/lib/build/time-limit.ts');
const limit = buildTimeLimit(process.env.PRONGSAI_BUILD_TIMEOUT);
if ('refusal' in limit) {
  console.error(limit.refusal);
  console.error(`\nไม่ได้สร้างเว็บไซต์: ${out}/ ไม่ถูกเปลี่ยนแปลง / nothing was built: ${out}/ was left as it was.`);
  process.exit(1);
}
const local = isLocalAddress(address);
const staging = `${out}.staging`;

// The project's own binaries (and its Node 24 runtime) come first, even when run outside npm.
const PATH = [resolve('node_modules/.bin'), process.env.PATH].join(delimiter);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PATH, ...env } });
  if (r.error) console.error(`${cmd}: ${r.error.message}`);
  return r.status === 0;
}

/**
 * Runs a command in a process group of its own, stopped (with everything it started) after the time limit:
 * true when it ended well; the limit's message is printed when it was stopped.
 */
function runLimited(cmd, args, env, seconds) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, PATH, ...env }, detached: true });
    let timedOut = false;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      // A process that ignores SIGTERM (a loop in a worker) is killed outright.
      setTimeout(() => kill('SIGKILL'), 5000).unref();
    }, seconds * 1000);
    // Ctrl+C stops the build too, not only this script.
    const interrupt = () => kill('SIGTERM');
    process.on('SIGINT', interrupt);
    child.on('error', (error) => console.error(`${cmd}: ${error.message}`));
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupt);
      if (timedOut) for (const line of buildTimeoutMessage(seconds)) console.error(line);
      done(!timedOut && code === 0);
    });
  });
}

rmSync(staging, { recursive: true, force: true });
// Astro reuses parsed entries of unchanged files even when a schema changed: parse everything afresh.
rmSync(`${astroCacheDir()}/data-store.json`, { force: true });
// astro build checks every content rule first, once (scripts/lib/content-check-integration.ts), and stops
// with npm run check's Thai/English messages before it renders anything.
// Astro's own output at "warn" (scripts/lib/astro-build.mjs): problems only, not every page written.
let ok = await runLimited('node', ['scripts/lib/astro-build.mjs'], { PRONGSAI_OUT_DIR: staging }, limit.seconds);
if (ok) {
  // The search index (pages and the text of their PDF documents), through Pagefind's Node API.
  const { buildSearchIndex, summary } = await import('./search-index.mjs');
  const result = await buildSearchIndex({ site: staging, basePath: process.env.BASE_PATH || '/' });
  for (const e of result.errors) console.error(e);
  console.log(summary(result));
  ok = result.errors.length === 0;
  // Thai compound words kept whole on the pages (after indexing: the index sees Astro's own HTML).
  if (ok) (await import('./lib/thai-compounds.mjs')).keepCompoundsInSite(staging);
}
if (!ok) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nการสร้างเว็บไซต์ไม่สำเร็จ: ${out}/ ไม่ถูกเปลี่ยนแปลง แก้ไขตามข้อความด้านบนแล้วลองใหม่`);
  console.error(`Build failed: ${out}/ was left as it was. Fix the problem reported above and try again.`);
  process.exit(1);
}
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
if (local) console.log(`สร้างเว็บไซต์ไว้ที่ ${out}/ แล้ว (site written to ${out}/)`);
else console.log(`เว็บไซต์พร้อมเผยแพร่ที่ ${out}/ สำหรับ ${address.url} (site written to ${out}/ for ${address.url})`);
// The OIT self-check in one line; `npm run oit` gives the item-by-item report.
run('node', ['--import', './scripts/ts-hooks.mjs', 'scripts/oit.ts', '--summary']);
// Last, where it is seen: a site built for localhost is not for publishing.
if (local) console.warn(localAddressWarning(address));

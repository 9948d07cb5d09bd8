#!/usr/bin/env node
// `astro build` with Astro's log level at "warn" (scripts/build.mjs runs it): the build says what went
// wrong, and nothing while all goes well — no list of every page, file and picture written (a hundred
// lines that hid the few that matter). The content check prints its own result and problems
// (scripts/lib/content-check-integration.ts). PRONGSAI_BUILD_VERBOSE=1 lists everything again.
import { build } from 'astro';

const logLevel = process.env.PRONGSAI_BUILD_VERBOSE ? 'info' : 'warn';
try {
  await build({ logLevel });
} catch (error) {
  // What `astro build` prints of a failed build: the message, where, and Astro's hint.
  const e = /** @type {Error & { hint?: string; loc?: { file?: string; line?: number; column?: number } }} */ (error);
  if (e.stack) console.error(e.stack);
  else console.error(`${e.name}: ${e.message}`);
  if (e.loc?.file) console.error(`  ${e.loc.file}${e.loc.line ? `:${e.loc.line}:${e.loc.column ?? 0}` : ''}`);
  if (e.hint) console.error(`  ${e.hint}`);
  process.exit(1);
}

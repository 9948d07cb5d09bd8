/**
 * Builds a fixture site: the same code with another content folder (tests/fixtures/<name>/content),
 * into a folder of its own. Used for scenarios the example organization does not show.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildOutcome {
  ok: boolean;
  output: string;
  dist: string;
}

/**
 * Builds tests/fixtures/<name>/content (with its nacc/, if any) into node_modules/.prongsai-fixtures/<name>/dist, or env.PRONGSAI_OUT_DIR;
 * `args` go to scripts/build.mjs (["--publish"]: npm run build:publish).
 */
export function buildFixture(name: string, env: Record<string, string> = {}, args: string[] = []): BuildOutcome {
  const dist = env['PRONGSAI_OUT_DIR'] ?? resolve('node_modules/.prongsai-fixtures', name, 'dist');
  // Vitest puts its own import.meta.env values (BASE_URL, MODE…) into process.env; a child build
  // would take BASE_URL=/ over the configured base, so they are not passed on.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  // A fixture may bring frameworks of its own (tests/fixtures/<name>/nacc/), else the program's.
  const nacc = join('tests/fixtures', name, 'nacc');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
    encoding: 'utf8',
    env: {
      ...inherited,
      PRONGSAI_CONTENT: join('tests/fixtures', name, 'content'),
      ...(existsSync(nacc) ? { PRONGSAI_NACC: nacc } : {}),
      ...env,
      PRONGSAI_OUT_DIR: dist,
    },
  });
  return { ok: r.status === 0, output: `${r.stdout}\n${r.stderr}`, dist };
}

#!/usr/bin/env node
// The browser tests drive Debian's chromium through playwright-core (no browser download).
// Installs chromium and Thai fonts with apt when missing and we are allowed to; otherwise explains.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  console.log(
    `chromium is not installed at ${CHROMIUM}: installing Debian's chromium and fonts-thai-tlwg with apt-get…`,
  );
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    return (
      spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
      0
    );
  };
  const ok =
    apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-thai-tlwg']);
  if (!ok || !existsSync(CHROMIUM)) {
    console.error(
      [
        'Could not install chromium for the browser tests.',
        'Install it yourself, then run npm test again:',
        '  sudo apt-get install chromium fonts-thai-tlwg',
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim());
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();

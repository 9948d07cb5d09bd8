#!/usr/bin/env node
// The browser tests drive Debian's chromium through playwright-core (no browser download).
// Installs chromium and Thai fonts with apt when missing and we are allowed to; otherwise explains.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Installs Debian packages with apt-get (as root, or through sudo without a password): true when it worked. */
function aptInstall(packages) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    return (
      spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
      0
    );
  };
  return apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  console.log(
    `chromium is not installed at ${CHROMIUM}: installing Debian's chromium and fonts-thai-tlwg with apt-get…`,
  );
  const ok = aptInstall(['chromium', 'fonts-thai-tlwg']);
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

/**
 * The Nu HTML checker (vnu.jar, tests/organization/nu-html.test.ts) runs on Java: Debian's headless JRE is
 * installed with apt when no java is on the PATH; without it that one test is skipped, and says so.
 */
export function ensureJava() {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0) return;
  console.log("java is not installed: installing Debian's default-jre-headless with apt-get for the Nu HTML checker…");
  if (!aptInstall(['default-jre-headless']))
    console.error(
      'Could not install java: the Nu HTML checker test is skipped (sudo apt-get install default-jre-headless).',
    );
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();

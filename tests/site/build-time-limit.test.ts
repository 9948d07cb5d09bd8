// The build's time limit (scripts/build.mjs, PRONGSAI_BUILD_TIMEOUT): a build that runs too long is stopped
// with a Thai and an English message, and the site already in the output folder stays exactly as it was.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtures';
import { EXAMPLE_ENV } from '../helpers/example';

describe('the build time limit', { timeout: 120_000 }, () => {
  it('stops a build that runs longer, says so, and leaves the site as it was', () => {
    const dist = join('node_modules/.prongsai-fixtures', 'build-time-limit', 'dist');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    const page = '<!doctype html><title>เว็บไซต์ที่เผยแพร่อยู่</title>';
    writeFileSync(join(dist, 'index.html'), page);
    const started = Date.now();
    const build = buildFixture('build-time-limit', {
      ...EXAMPLE_ENV,
      PRONGSAI_OUT_DIR: dist,
      PRONGSAI_BUILD_TIMEOUT: '1',
    });
    expect(build.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(build.output).toContain('การสร้างเว็บไซต์ใช้เวลาเกิน 1 วินาที จึงถูกหยุด');
    expect(build.output).toContain('The build ran longer than 1 second(s) and was stopped');
    expect(build.output).toContain(`Build failed: ${dist}/ was left as it was.`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(page);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  it('refuses a limit that is not a number of seconds, before building', () => {
    const build = buildFixture('build-time-limit', { ...EXAMPLE_ENV, PRONGSAI_BUILD_TIMEOUT: '10m' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('PRONGSAI_BUILD_TIMEOUT ต้องเป็นจำนวนวินาทีที่มากกว่า 0');
    expect(build.output).not.toContain('[build]');
  });
});

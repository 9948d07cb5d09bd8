// The build's time limit (scripts/build.mjs): from PRONGSAI_BUILD_TIMEOUT, with a Thai and an English message.
import { describe, expect, it } from 'vitest';
import { buildTimeLimit, buildTimeoutMessage, DEFAULT_BUILD_TIMEOUT_SECONDS } from '../../src/lib/build/time-limit';

describe('the build time limit', () => {
  it('is ten minutes unless set', () => {
    expect(DEFAULT_BUILD_TIMEOUT_SECONDS).toBe(600);
    expect(buildTimeLimit(undefined)).toEqual({ seconds: 600 });
    expect(buildTimeLimit(' ')).toEqual({ seconds: 600 });
  });

  it('takes seconds, whole or not', () => {
    expect(buildTimeLimit('1800')).toEqual({ seconds: 1800 });
    expect(buildTimeLimit(' 0.5 ')).toEqual({ seconds: 0.5 });
  });

  it('refuses what is not a number of seconds above 0, in Thai and English', () => {
    for (const v of ['0', '-5', '10m', 'สิบ', '1e3', '0x10']) {
      const r = buildTimeLimit(v);
      expect(r).toEqual({ refusal: expect.stringContaining(`(พบ "${v}")`) as unknown });
      expect('refusal' in r && r.refusal).toContain('must be a number of seconds above 0');
    }
  });

  it('says what happened and how to raise it, in minutes when whole', () => {
    expect(buildTimeoutMessage(600)).toEqual([
      'การสร้างเว็บไซต์ใช้เวลาเกิน 10 นาที จึงถูกหยุด: เนื้อหาบางไฟล์อาจทำให้การสร้างค้าง ตรวจด้วย npm run check หรือถ้าเว็บไซต์ใหญ่และเครื่องช้า ให้เพิ่มเวลาด้วย PRONGSAI_BUILD_TIMEOUT=<จำนวนวินาที> เช่น PRONGSAI_BUILD_TIMEOUT=1800',
      'The build ran longer than 10 minute(s) and was stopped: some content may hang it; run npm run check, or for a large site on a slow computer raise the limit with PRONGSAI_BUILD_TIMEOUT=<seconds>.',
    ]);
    expect(buildTimeoutMessage(3)[0]).toContain('เกิน 3 วินาที');
    expect(buildTimeoutMessage(90)[1]).toContain('longer than 90 second(s)');
  });
});

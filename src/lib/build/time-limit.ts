/**
 * The build's time limit (scripts/build.mjs): `astro build` is stopped when it runs longer than this, so
 * content that hangs the build (a loop, a runaway file) ends in a message, not a build that never ends.
 * PRONGSAI_BUILD_TIMEOUT sets it in seconds; the default is generous for a slow computer.
 */

/** Ten minutes: a large site builds in a few minutes on a slow computer. */
export const DEFAULT_BUILD_TIMEOUT_SECONDS = 600;

/** The limit in seconds from the environment's value, or why the value is not one. */
export function buildTimeLimit(value: string | undefined): { seconds: number } | { refusal: string } {
  if (value === undefined || value.trim() === '') return { seconds: DEFAULT_BUILD_TIMEOUT_SECONDS };
  const v = value.trim();
  if (!/^\d+(?:\.\d+)?$/.test(v) || Number(v) <= 0)
    return {
      refusal:
        `PRONGSAI_BUILD_TIMEOUT ต้องเป็นจำนวนวินาทีที่มากกว่า 0 เช่น 900 (พบ "${value}")` +
        ` / PRONGSAI_BUILD_TIMEOUT must be a number of seconds above 0, such as 900 (found "${value}")`,
    };
  return { seconds: Number(v) };
}

/** How a time is said: "10 นาที" / "10 minutes", or seconds below a minute. */
function duration(seconds: number): [string, string] {
  if (seconds >= 60 && seconds % 60 === 0) return [`${seconds / 60} นาที`, `${seconds / 60} minute(s)`];
  return [`${seconds} วินาที`, `${seconds} second(s)`];
}

/** The message when the build was stopped at its limit (two lines: Thai, then English). */
export function buildTimeoutMessage(seconds: number): string[] {
  const [th, en] = duration(seconds);
  return [
    `การสร้างเว็บไซต์ใช้เวลาเกิน ${th} จึงถูกหยุด: เนื้อหาบางไฟล์อาจทำให้การสร้างค้าง ตรวจด้วย npm run check ` +
      `หรือถ้าเว็บไซต์ใหญ่และเครื่องช้า ให้เพิ่มเวลาด้วย PRONGSAI_BUILD_TIMEOUT=<จำนวนวินาที> เช่น PRONGSAI_BUILD_TIMEOUT=1800`,
    `The build ran longer than ${en} and was stopped: some content may hang it; run npm run check, ` +
      'or for a large site on a slow computer raise the limit with PRONGSAI_BUILD_TIMEOUT=<seconds>.',
  ];
}

import { z } from 'zod';
import { parseThaiDate, parseThaiDateRange } from '../lib/thai/date';

/** A Buddhist-Era year as staff write it (Thai or Arabic digits accepted by the loaders). */
export const beYear = z
  .number({ error: 'ต้องเป็นปี พ.ศ. เป็นตัวเลข / expected a Buddhist-Era year as a number' })
  .int()
  .min(2500, { error: 'ปี พ.ศ. ต้องไม่น้อยกว่า 2500 / expected a Buddhist-Era year (>= 2500)' })
  .max(2700, { error: 'ปี พ.ศ. ต้องไม่เกิน 2700 / expected a Buddhist-Era year (<= 2700)' });

/** Stable ASCII slugs: the part of a published URL that must never change. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง / expected an ASCII slug such as "budget-use"',
});

/** A non-empty line of Thai or English text. */
export const text = z.string().trim().min(1, { error: 'ต้องไม่เว้นว่าง / expected non-empty text' });

/** Marks content that is not the organization's real data but a demonstration value. */
export const example = z.boolean().default(false);

/**
 * A date as staff write it ("๑ ต.ค.๒๕๖๖", "1 ต.ค. 66", "30 กันยายน 2567", "2023-10-01"), stored as a
 * real date. A date that does not exist stops the build with a message naming what was expected.
 */
export const thaiDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const r = parseThaiDate(value);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: r.error, input: value });
  return z.NEVER;
});

/** A date range "start - end" in one string, or an object { start, end }. */
export const thaiDateRange = z
  .union([z.string(), z.object({ start: z.union([z.string(), z.date()]), end: z.union([z.string(), z.date()]) })])
  .transform((value, ctx) => {
    const r =
      typeof value === 'string'
        ? parseThaiDateRange(value)
        : (() => {
            const start = parseThaiDate(value.start);
            const end = parseThaiDate(value.end);
            if (!start.ok) return start;
            if (!end.ok) return end;
            return end.value < start.value
              ? { ok: false as const, error: 'วันสิ้นสุดอยู่ก่อนวันเริ่ม / the end is before the start' }
              : { ok: true as const, value: { start: start.value, end: end.value } };
          })();
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.error, input: value });
    return z.NEVER;
  });

import { z } from 'zod';

/** A Buddhist-Era year as staff write it (Thai or Arabic digits accepted by the loaders). */
export const beYear = z
  .number({ error: 'ต้องเป็นปี พ.ศ. เป็นตัวเลข / expected a Buddhist-Era year as a number' })
  .int()
  .min(2500, { error: 'ปี พ.ศ. ต้องไม่น้อยกว่า 2500 / expected a Buddhist-Era year (>= 2500)' })
  .max(2700, { error: 'ปี พ.ศ. ต้องไม่เกิน 2700 / expected a Buddhist-Era year (<= 2700)' });

/** Stable ASCII slugs: the part of a published URL that must never change. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง / expected an ASCII slug such as "budget-use"',
  });

/** A non-empty line of Thai or English text. */
export const text = z.string().trim().min(1, { error: 'ต้องไม่เว้นว่าง / expected non-empty text' });

/** Marks content that is not the organization's real data but a demonstration value. */
export const example = z.boolean().default(false);

import { z } from 'zod';
import { example, text } from './common';

/** A value the site needs but the organization has not supplied yet may be flagged as an example. */
const exampleText = z.object({ value: text, example });

export const organizationSchema = z.object({
  name: text.describe('ชื่อเต็มภาษาไทย'),
  shortName: text.describe('ชื่อย่อ เช่น อบต.โคกก่อ'),
  nameEn: text,
  type: text.describe('ประเภทหน่วยงาน เช่น องค์การบริหารส่วนตำบล'),
  address: exampleText,
  phone: exampleText,
  email: exampleText,
  website: z.url().optional(),
  social: z
    .array(
      z.object({ label: text, url: z.url({ error: 'ต้องเป็นลิงก์เต็ม เช่น https://… / expected a full URL' }), example }),
    )
    .default([]),
  logo: z
    .object({
      src: z.string().startsWith('/', {
        error: 'ต้องขึ้นต้นด้วย / (ไฟล์ในโฟลเดอร์ public) / expected a path under public/, starting with /',
      }),
      alt: text,
      example,
    })
    .optional(),
  openData: z
    .object({
      /** The licence of the datasets at /data/ (data.go.th's default licence unless the organization chooses another). */
      licence: text.default('Open Data Common'),
    })
    .prefault({}),
  display: z
    .object({
      /** Show figures in Thai digits (๗๔.๕๘) instead of Arabic digits (74.58). */
      thaiDigits: z.boolean().default(false),
      /** Mourning theme: the whole site in grayscale, as agencies do on days of national mourning. */
      mourning: z.boolean().default(false),
    })
    .prefault({}),
});

export type Organization = z.infer<typeof organizationSchema>;

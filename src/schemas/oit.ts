import { z } from 'zod';
import { beYear, example, slug, text, thaiDate } from './common';

/** How recent an item's evidence must be for the assessed fiscal year. */
export const TIME_RULES = ['fiscal-year', 'monthly', 'updated-in-year', 'none'] as const;
export type TimeRule = (typeof TIME_RULES)[number];

const itemCode = z
  .string()
  .regex(/^O\d{1,3}$/, { error: 'รหัสรายการต้องเป็น O ตามด้วยตัวเลข เช่น O20 / expected an item code such as O20' });
const subIndicatorCode = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}$/, { error: 'ตัวชี้วัดย่อยต้องเป็นเลข เช่น "9.1" / expected a sub-indicator such as "9.1"' });

/**
 * The OIT checklist of one ITA year. The NACC renumbers items between years; the slug is what stays:
 * every published page is keyed by slug, and each year's framework maps its codes to slugs.
 */
export const oitFrameworkSchema = z
  .object({
    year: beYear,
    /** Where the list comes from, and whether it was checked against the NACC's manual of that year. */
    source: text,
    verified: z.boolean().default(false),
    subIndicators: z.array(z.object({ code: subIndicatorCode, name: text })).min(1),
    items: z
      .array(
        z.object({
          code: itemCode,
          slug,
          title: text,
          subIndicator: subIndicatorCode,
          /** What the assessor looks for in the evidence. */
          evidence: text,
          timeRule: z.enum(TIME_RULES, {
            error:
              'ต้องเป็น fiscal-year, monthly, updated-in-year หรือ none / expected fiscal-year, monthly, updated-in-year or none',
          }),
          /** -1 when the evidence is of the fiscal year before the assessed one (annual reports). */
          fiscalYearOffset: z.number().int().min(-1).max(0).default(0),
        }),
      )
      .min(1),
  })
  .superRefine((fw, ctx) => {
    const subs = new Set(fw.subIndicators.map((s) => s.code));
    const seen = { code: new Set<string>(), slug: new Set<string>() };
    fw.items.forEach((item, i) => {
      if (!subs.has(item.subIndicator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'subIndicator'],
          message: `ไม่มีตัวชี้วัดย่อย ${item.subIndicator} ใน subIndicators / expected one of ${[...subs].join(', ')}`,
        });
      }
      for (const key of ['code', 'slug'] as const) {
        if (seen[key].has(item[key])) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, key],
            message: `${key} ซ้ำ: ${item[key]} / expected each ${key} once`,
          });
        }
        seen[key].add(item[key]);
      }
    });
  });

export type OitFramework = z.infer<typeof oitFrameworkSchema>;
export type OitItem = OitFramework['items'][number];

/** A link from a disclosure: a full URL, or a path on this site starting with "/". */
const link = z.object({
  label: text,
  url: z.union([z.url(), z.string().regex(/^\/[A-Za-z0-9/_.#-]*$/)], {
    error: 'ต้องเป็นลิงก์เต็ม (https://…) หรือที่อยู่ในเว็บไซต์นี้ที่ขึ้นต้นด้วย / / expected a full URL or a site path starting with /',
  }),
});

const itemSlugs = z
  .array(slug)
  .min(1, { error: 'ต้องระบุรายการ OIT อย่างน้อยหนึ่งรายการ / expected at least one OIT item slug' });

/** One published piece of information that evidences one or more OIT items. */
export const disclosureSchema = z.object({
  title: text,
  items: itemSlugs,
  date: thaiDate,
  fiscalYear: beYear.optional(),
  example,
  unit: text.optional(),
  summary: text,
  body: z.array(text).default([]),
  people: z
    .array(
      z.object({
        name: text,
        position: text,
        side: text.optional(),
        phone: text.optional(),
        email: text.optional(),
        photo: z.string().startsWith('/').optional(),
      }),
    )
    .default([]),
  table: z
    .object({
      caption: text,
      headers: z.array(text).min(1),
      rows: z.array(z.array(z.union([z.string(), z.number()]))).min(1),
    })
    .optional(),
  links: z.array(link).default([]),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** A published file (PDF or other) with everything a reader needs in HTML beside it. */
export const documentSchema = z.object({
  title: text,
  items: itemSlugs,
  date: thaiDate,
  fiscalYear: beYear,
  example,
  unit: text.optional(),
  file: z.string().regex(/^\/documents\/[A-Za-z0-9/_.-]+\.[a-z0-9]+$/, {
    error:
      'ไฟล์ต้องอยู่ในโฟลเดอร์ public/documents/ เช่น /documents/plan-2568.pdf / expected a path such as /documents/plan-2568.pdf',
  }),
  /** The summary in HTML, so the content is never "PDF only". */
  summary: z.array(text).min(1, { error: 'ต้องมีสรุปเนื้อหาอย่างน้อยหนึ่งย่อหน้า / expected at least one paragraph of summary' }),
});
export type OitDocument = z.infer<typeof documentSchema>;

const money = z.number({ error: 'จำนวนเงินต้องเป็นตัวเลข (บาท) / expected an amount in baht' }).nonnegative();
const bid = z.object({ name: text, price: money });

/** The monthly procurement summary (แบบ สขร.1): one file per month. */
export const procurementMonthSchema = z.object({
  fiscalYear: beYear,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: 'เดือนต้องเขียนเป็น ค.ศ.-เดือน เช่น 2024-10 / expected a month such as 2024-10',
  }),
  date: thaiDate,
  example,
  unit: text.optional(),
  rows: z
    .array(
      z.object({
        item: text,
        budget: money,
        method: text,
        bids: z.array(bid).min(1),
        winner: bid,
        reason: text,
        contract: z.object({ number: text, date: thaiDate }),
      }),
    )
    .default([]),
  /** Said when nothing was procured in the month (the form is still published). */
  note: text.optional(),
});
export type ProcurementMonth = z.infer<typeof procurementMonthSchema>;

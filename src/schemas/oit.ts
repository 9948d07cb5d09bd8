/** OIT disclosure: each year's checklist, and what is published to satisfy it. */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import {
  addMessage,
  beYear,
  cleanText,
  confidence,
  documentFile,
  example,
  safeUrl,
  sitePath,
  slug,
  text,
  thaiDate,
} from './common';

/**
 * How recent an item's evidence must be for the assessed fiscal year: of the fiscal year (with
 * `fiscalYearOffset: -1`, of the fiscal year before it: the annual reports from ITA 2568), the report of
 * its first six months, every month passed, updated within the year, or current with no year (none).
 */
export const TIME_RULES = ['fiscal-year', 'six-month', 'monthly', 'updated-in-year', 'none'] as const;

const timeRule = z.enum(TIME_RULES, { error: fixedText('oit.time-rule') });
export type TimeRule = z.output<typeof timeRule>;

/** An item's code in that year's checklist (O1 … O43). */
const itemCode = z.string().regex(/^O\d{1,3}$/, { error: fixedText('oit.item-code') });
/** A sub-indicator's code ("9.1"). */
const subIndicatorCode = z.string().regex(/^\d{1,2}\.\d{1,2}$/, { error: fixedText('oit.sub-indicator-code') });

/** The NACC's OIT sub-indicators, every year since ITA 2563: 9.1–9.5 and 10.1–10.2, never 9.6 or more. */
export const OIT_SUB_INDICATORS = ['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'] as const;

/** One item of the checklist. */
const itemSchema = z.strictObject({
  /** The item's code this year (the NACC renumbers items between years). */
  code: itemCode.describe('รหัสรายการของปีนี้ เช่น O20'),
  /** The item's address, the same every year: /oit/<slug>/. */
  slug: slug.describe('ชื่อภาษาอังกฤษของรายการ ใช้เหมือนกันทุกปี เช่น procurement-plan'),
  /** The item's title as the manual words it. */
  title: cleanText.describe('ชื่อรายการตามคู่มือ'),
  /** The code of the sub-indicator it belongs to. */
  subIndicator: subIndicatorCode.describe('ตัวชี้วัดย่อยของรายการ เช่น "9.1"'),
  /** What the assessor looks for in the evidence. */
  evidence: text.describe('สิ่งที่ผู้ประเมินตรวจในหลักฐาน'),
  /** How recent the evidence must be. */
  timeRule: timeRule.describe('ความใหม่ของหลักฐาน: fiscal-year, monthly, updated-in-year หรือ none'),
  /** -1 when the evidence is of the fiscal year before the assessed one (annual reports); default 0. */
  fiscalYearOffset: z
    .number()
    .int()
    .min(-1)
    .max(0)
    .default(0)
    .describe('-1 เมื่อหลักฐานเป็นของปีงบประมาณก่อนปีที่ประเมิน (เช่น รายงานประจำปี)'),
  /** How sure the evidence for this item's code, title and grouping is. */
  confidence: confidence.describe('ความมั่นใจของหลักฐานเรื่องรายการนี้: high, medium-high, medium, medium-low หรือ low'),
  /** Where the item's code and title come from, for staff. */
  source: text.describe('แหล่งที่มาของรหัสและชื่อรายการ สำหรับเจ้าหน้าที่'),
  /** True once the item's code and title were checked against the NACC's manual of that year; default false. */
  verified: z.boolean().default(false).describe('true เมื่อตรวจรหัสและชื่อรายการกับคู่มือของ ป.ป.ช. ปีนั้นแล้ว'),
  /** The item was not seen this year: its title is that of the year given (carried forward). */
  carriedFrom: beYear.optional().describe('ปีที่ยกชื่อรายการมา เมื่อไม่พบรายการนี้ในหลักฐานของปีนี้ (ยังไม่ได้ยืนยัน)'),
  /**
   * Other item pages this item serves: the slugs of items merged into it (2568 O1 = structure and
   * powers) or dropped in its favour. Their pages keep working and show this item; their entries count for it.
   */
  alsoCovers: z
    .array(slug)
    .default([])
    .describe('slug ของรายการอื่นที่รวมอยู่ในรายการนี้ หรือรายการเดิมที่รายการนี้มาแทน หน้าเดิมยังใช้งานได้'),
});

/** Every item's sub-indicator is the NACC's and listed; codes and slugs once each, covered slugs too. */
function checkItems(
  fw: { subIndicators: { code: string }[]; items: z.output<typeof itemSchema>[] },
  ctx: z.RefinementCtx,
): void {
  const subs = new Set(fw.subIndicators.map((s) => s.code));
  const seen = { code: new Set<string>(), slug: new Set<string>() };
  const nacc = new Set<string>(OIT_SUB_INDICATORS);
  fw.subIndicators.forEach((sub, i) => {
    if (!nacc.has(sub.code)) {
      addMessage(ctx, ['subIndicators', i, 'code'], {
        code: 'oit.sub-indicator-outside',
        params: { subIndicator: sub.code, known: OIT_SUB_INDICATORS.join(', ') },
      });
    }
  });
  fw.items.forEach((item, i) => {
    if (!nacc.has(item.subIndicator)) {
      addMessage(ctx, ['items', i, 'subIndicator'], {
        code: 'oit.sub-indicator-outside',
        params: { subIndicator: item.subIndicator, known: OIT_SUB_INDICATORS.join(', ') },
      });
    } else if (!subs.has(item.subIndicator)) {
      addMessage(ctx, ['items', i, 'subIndicator'], {
        code: 'oit.unknown-sub-indicator',
        params: { subIndicator: item.subIndicator, known: [...subs].join(', ') },
      });
    }
    for (const key of ['code', 'slug'] as const) {
      if (seen[key].has(item[key])) {
        addMessage(ctx, ['items', i, key], { code: 'oit.duplicate', params: { key, value: item[key] } });
      }
      seen[key].add(item[key]);
    }
  });
  // A page is served by one item a year: a covered slug is no other item's slug, and covered once.
  const own = new Set(fw.items.map((item) => item.slug));
  const covered = new Set<string>();
  fw.items.forEach((item, i) => {
    item.alsoCovers.forEach((value, j) => {
      if (own.has(value) || covered.has(value)) {
        addMessage(ctx, ['items', i, 'alsoCovers', j], { code: 'oit.duplicate', params: { key: 'slug', value } });
      }
      covered.add(value);
    });
  });
}

/**
 * The OIT checklist of one ITA year. The NACC renumbers items between years; the slug is what stays:
 * every published page is keyed by slug, and each year's framework maps its codes to slugs.
 */
export const oitFrameworkSchema = z
  .strictObject({
    /** The ITA year (Buddhist Era); the file is named after it. */
    year: beYear.describe('ปีที่ประเมิน ITA (พ.ศ.) ชื่อไฟล์ต้องเป็นปีนี้ เช่น 2568.yaml'),
    /** Where the list comes from, and whether it was checked against the NACC's manual of that year. */
    source: text.describe('แหล่งที่มาของรายการ เช่น คู่มือการประเมินของปีนั้น'),
    /** True once the list was checked against that year's manual; default false. */
    verified: z.boolean().default(false).describe('true เมื่อตรวจรายการกับคู่มือของปีนั้นแล้ว'),
    /** The sub-indicators the items belong to. */
    subIndicators: z
      .array(
        z.strictObject({
          /** The sub-indicator's code ("9.1"). */
          code: subIndicatorCode.describe('รหัสตัวชี้วัดย่อย เช่น "9.1"'),
          /** Its title. */
          name: text.describe('ชื่อตัวชี้วัดย่อย'),
        }),
      )
      .min(1)
      .describe('ตัวชี้วัดย่อยของ OIT'),
    /** The checklist, in code order. */
    items: z.array(itemSchema).min(1).describe('รายการข้อมูลที่ต้องเปิดเผย'),
  })
  .superRefine(checkItems);

export type OitFramework = z.output<typeof oitFrameworkSchema>;
export type OitItem = z.output<typeof itemSchema>;

/** Every item page an item serves: its own slug, then those it also covers. */
export const itemPageSlugs = (item: Pick<OitItem, 'slug' | 'alsoCovers'>): string[] => [item.slug, ...item.alsoCovers];

/** A link from a disclosure: a full URL, or a path on this site starting with "/". */
const link = z.strictObject({
  /** The link's text. */
  label: text.describe('ข้อความของลิงก์'),
  /** "https://…", or "/…" for a page of this site. */
  url: safeUrl.describe('ลิงก์เต็ม (https://…) อีเมล (mailto:…) โทรศัพท์ (tel:…) หรือที่อยู่ในเว็บไซต์นี้ที่ขึ้นต้นด้วย "/"'),
});

/** The OIT items a piece of content evidences, by slug, at least one. */
const itemSlugs = z
  .array(slug)
  .min(1, { error: fixedText('oit.items') })
  .describe('slug ของรายการ OIT ที่ข้อมูลนี้เป็นหลักฐาน (ดูได้จาก npm run oit)');

/** A person of the organization's structure (executives, contact points). */
const personSchema = z.strictObject({
  /** Full name with title. */
  name: cleanText.describe('ชื่อ-นามสกุล'),
  /** Position. */
  position: text.describe('ตำแหน่ง'),
  /** The side of the organization (executive, council, staff). */
  side: text.optional().describe('ฝ่าย เช่น ฝ่ายบริหาร'),
  /** Phone number. */
  phone: text.optional().describe('หมายเลขโทรศัพท์'),
  /** E-mail address. */
  email: cleanText.optional().describe('อีเมล'),
  /** A photo under public/, starting with "/". */
  photo: sitePath.optional().describe('รูปถ่ายในโฟลเดอร์ public ขึ้นต้นด้วย "/"'),
});

/** A table published in HTML. */
const tableSchema = z.strictObject({
  /** What the table shows. */
  caption: text.describe('คำอธิบายตาราง'),
  /** Column headings. */
  headers: z.array(text).min(1).describe('หัวคอลัมน์'),
  /** Rows of cells (text or numbers). */
  rows: z
    .array(z.array(z.union([z.string(), z.number()])))
    .min(1)
    .describe('แถวของตาราง'),
});

/** One published piece of information that evidences one or more OIT items. */
export const disclosureSchema = z.strictObject({
  /** The disclosure's title. */
  title: cleanText.describe('ชื่อเรื่อง'),
  /** The OIT items it evidences. */
  items: itemSlugs,
  /** The day it was published. */
  date: thaiDate.describe('วันที่เผยแพร่'),
  /** The fiscal year it is about; default the fiscal year of `date`. */
  fiscalYear: beYear.optional().describe('ปีงบประมาณของข้อมูล (ถ้าไม่ระบุ ใช้ปีงบประมาณของวันที่เผยแพร่)'),
  example,
  /** The unit that publishes it. */
  unit: text.optional().describe('หน่วยงานที่เผยแพร่'),
  /** A one-paragraph summary. */
  summary: text.describe('สรุปเนื้อหาหนึ่งย่อหน้า'),
  /** Further paragraphs; default none. */
  body: z.array(text).default([]).describe('ย่อหน้าเนื้อหาเพิ่มเติม'),
  /** People (executives, contact points); default none. */
  people: z.array(personSchema).default([]).describe('รายชื่อบุคคล เช่น ผู้บริหาร'),
  /** A table published in HTML. */
  table: tableSchema.optional().describe('ตารางข้อมูล (ถ้ามี)'),
  /** Links to the information itself; default none. */
  links: z.array(link).default([]).describe('ลิงก์ไปยังข้อมูล'),
});
export type Disclosure = z.output<typeof disclosureSchema>;

/** A published file (PDF or other) with everything a reader needs in HTML beside it. */
export const documentSchema = z.strictObject({
  /** The document's title. */
  title: cleanText.describe('ชื่อเอกสาร'),
  /** The OIT items it evidences. */
  items: itemSlugs,
  /** The day it was published. */
  date: thaiDate.describe('วันที่เผยแพร่'),
  /** The fiscal year it is about. */
  fiscalYear: beYear.describe('ปีงบประมาณของเอกสาร'),
  example,
  /** The unit that publishes it. */
  unit: text.optional().describe('หน่วยงานที่เผยแพร่'),
  /** The file under public/documents/, as linked: "/documents/plan-2568.pdf". */
  file: documentFile.describe('ไฟล์ในโฟลเดอร์ public/documents/ เช่น /documents/plan-2568.pdf'),
  /** The summary in HTML, so the content is never "PDF only". */
  summary: z
    .array(text)
    .min(1, { error: fixedText('document.summary') })
    .describe('สรุปเนื้อหาของเอกสาร อย่างน้อยหนึ่งย่อหน้า'),
});
export type OitDocument = z.output<typeof documentSchema>;

/** An amount in baht, to the satang (two decimals): pages and the CSV then show the same figure. */
const money = z
  .number({ error: fixedText('procurement.money') })
  .nonnegative()
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: fixedText('procurement.money-decimals') });

/** A bidder and the price offered. */
const bid = z.strictObject({
  /** The bidder's name. */
  name: cleanText.describe('ชื่อผู้เสนอราคา'),
  /** The price offered, in baht. */
  price: money.describe('ราคาที่เสนอ (บาท)'),
});

/** One procurement of the month (a row of แบบ สขร.1). */
const procurementRowSchema = z.strictObject({
  /** What was procured. */
  item: text.describe('งานที่จัดซื้อจัดจ้าง'),
  /** The budget, in baht. */
  budget: money.describe('วงเงินงบประมาณ (บาท)'),
  /** The procurement method. */
  method: text.describe('วิธีซื้อหรือจ้าง'),
  /** Every bid received. */
  bids: z.array(bid).min(1).describe('รายชื่อผู้เสนอราคาและราคาที่เสนอ'),
  /** The bid chosen. */
  winner: bid.describe('ผู้ได้รับการคัดเลือกและราคาที่ตกลง'),
  /** Why the winner was chosen. */
  reason: text.describe('เหตุผลที่คัดเลือก'),
  /** The contract signed. */
  contract: z
    .strictObject({
      /** The contract's number. */
      number: text.describe('เลขที่สัญญา'),
      /** The contract's date. */
      date: thaiDate.describe('วันที่ของสัญญา'),
    })
    .describe('สัญญาหรือข้อตกลง'),
});

/** The winner is one of the bids and within the budget; a contract lies in the file's fiscal year. */
function checkProcurement(
  month: { month: string; date: Date; rows: z.output<typeof procurementRowSchema>[]; note?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  // An empty month is published as a statement that nothing was procured, not as a blank form.
  if (!month.rows.length && !month.note?.includes('ไม่มีการจัดซื้อจัดจ้าง')) {
    addMessage(ctx, ['note'], { code: 'procurement.empty-month', params: {} }, month.note);
  }
  // The month's fiscal year runs from 1 October to 30 September.
  const [year = 0, m = 0] = month.month.split('-').map(Number);
  const startYear = m >= 10 ? year : year - 1;
  const start = Date.UTC(startYear, 9, 1);
  const end = Date.UTC(startYear + 1, 9, 1);
  if (month.date.getTime() < Date.UTC(year, m - 1, 1)) {
    addMessage(
      ctx,
      ['date'],
      { code: 'procurement.date-before-month', params: {} },
      month.date.toISOString().slice(0, 10),
    );
  }
  month.rows.forEach((row, i) => {
    if (!row.bids.some((b) => b.name === row.winner.name && b.price === row.winner.price)) {
      addMessage(ctx, ['rows', i, 'winner'], { code: 'procurement.winner-not-bid', params: {} }, row.winner.name);
    }
    if (row.winner.price > row.budget) {
      addMessage(
        ctx,
        ['rows', i, 'winner', 'price'],
        { code: 'procurement.winner-over-budget', params: {} },
        row.winner.price,
      );
    }
    const signed = row.contract.date.getTime();
    if (signed < start || signed >= end) {
      addMessage(
        ctx,
        ['rows', i, 'contract', 'date'],
        { code: 'procurement.contract-date', params: {} },
        row.contract.date,
      );
    }
  });
}

/** The monthly procurement summary (แบบ สขร.1): one file per month. */
export const procurementMonthSchema = z
  .strictObject({
    /** The fiscal year the month lies in. */
    fiscalYear: beYear.describe('ปีงบประมาณของเดือนนี้ (ปีงบประมาณเริ่ม 1 ตุลาคม)'),
    /** The month, "YYYY-MM" (Common Era); the file is named after it. */
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: fixedText('procurement.month') })
      // A year of the Buddhist Era (2569-11): said about the month, not about the dates it puts out of place.
      .refine((m) => Number(m.slice(0, 4)) < 2400, { error: fixedText('procurement.month-buddhist'), abort: true })
      .describe('เดือน ค.ศ.-เดือน เช่น 2024-10 ชื่อไฟล์ต้องเป็นเดือนนี้'),
    /** The day the summary was published. */
    date: thaiDate.describe('วันที่เผยแพร่'),
    example,
    /** The unit that publishes it. */
    unit: text.optional().describe('หน่วยงานที่เผยแพร่'),
    /** The month's procurements; default none. */
    rows: z.array(procurementRowSchema).default([]).describe('รายการจัดซื้อจัดจ้างของเดือน'),
    /** Said when nothing was procured in the month (the form is still published). */
    note: text.optional().describe('หมายเหตุ เช่น "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"'),
  })
  .superRefine(checkProcurement);
export type ProcurementMonth = z.output<typeof procurementMonthSchema>;

/** The organization the site is about: names, contacts, logo, open-data licence and display settings. */
import { z } from 'astro/zod';
import { addMessage, cleanText, example, refuseSpoofing, sitePath, text, webUrl } from './common';
import { fixedMessage } from '../lib/content-check/messages';
import { checkSiteUrl } from '../lib/site/site-address';

/** A value the site needs but the organization may not have supplied yet: flagged as an example. */
const exampleText = (description: string, value: z.ZodType<string> = text) =>
  z
    .strictObject({
      /** The value as shown. */
      value: value.describe(description),
      example,
    })
    .describe(description);

/** The public origin of this site: https://… and a domain, not this computer (see src/lib/site/site-address.ts). */
const siteUrl = z
  .string()
  .trim()
  .superRefine(refuseSpoofing)
  .superRefine((value, ctx) => {
    const checked = checkSiteUrl(value);
    if (checked.ok) return;
    addMessage(
      ctx,
      [],
      fixedMessage(checked.problem === 'local' ? 'organization.site-url-local' : 'organization.site-url'),
      value,
    );
  });

/**
 * The largest amount in baht the checker accepts by default (one thousand million): an extra zero or
 * three in a budget is refused; an organization with larger real amounts raises limits.maxBaht.
 */
export const DEFAULT_MAX_BAHT = 1_000_000_000;

export const organizationSchema = z.strictObject({
  /** The full Thai name, as in the site's heading. */
  name: cleanText.describe('ชื่อเต็มภาษาไทย'),
  /** The short name used in titles. */
  shortName: cleanText.describe('ชื่อย่อ เช่น อบต.บ้านใหม่'),
  /** The English name. */
  nameEn: cleanText.describe('ชื่อภาษาอังกฤษ'),
  /** The kind of organization. */
  type: cleanText.describe('ประเภทหน่วยงาน เช่น องค์การบริหารส่วนตำบล'),
  /** The province, e.g. ขอนแก่น; optional (older files have none). */
  province: text.optional().describe('จังหวัด เช่น ขอนแก่น'),
  /** The public origin of this site, for canonical links, the sitemap and the ITAS sheet; SITE_URL overrides it. */
  siteUrl: siteUrl
    .optional()
    .describe('ที่อยู่สาธารณะของเว็บไซต์นี้ เช่น https://www.banmai.go.th (ใช้ในลิงก์ที่ส่งในระบบ ITAS แผนผังเว็บไซต์ และลิงก์ canonical)'),
  /**
   * The organization's offices and divisions (สำนัก, กอง), each by its name as its pages write it; default
   * none. Pages keep each name whole on one line (src/lib/thai/organization-words.ts).
   */
  offices: z
    .array(
      z.strictObject({
        /** The office's name as written on the pages. */
        name: cleanText.describe('ชื่อส่วนราชการตามที่เขียนในเว็บไซต์ เช่น กองคลัง'),
      }),
    )
    .default([])
    .describe('ส่วนราชการของหน่วยงาน (สำนัก/กอง) เว็บไซต์จะไม่ตัดชื่อเหล่านี้ขึ้นบรรทัดใหม่กลางคำ'),
  /** The postal address. */
  address: exampleText('ที่อยู่'),
  /** The phone number. */
  phone: exampleText('หมายเลขโทรศัพท์'),
  /** The e-mail address. */
  email: exampleText('อีเมล', cleanText),
  /** The organization's own website, if any. */
  website: webUrl.optional().describe('เว็บไซต์เดิมของหน่วยงาน (ถ้ามี) เช่น https://www.banmai.go.th'),
  /** Social media pages; default none. */
  social: z
    .array(
      z.strictObject({
        /** The page's name, e.g. Facebook. */
        label: text.describe('ชื่อช่องทาง เช่น Facebook'),
        /** The page's full address. */
        url: webUrl.describe('ลิงก์เต็ม เช่น https://…'),
        example,
      }),
    )
    .default([])
    .describe('ช่องทางสื่อสังคมออนไลน์'),
  /** The logo under public/. */
  logo: z
    .strictObject({
      /** The file under public/, starting with "/". */
      src: sitePath.describe('ไฟล์ตราสัญลักษณ์ในโฟลเดอร์ public ขึ้นต้นด้วย "/" เช่น /logo.svg'),
      /** The logo's text alternative. */
      alt: text.describe('คำอธิบายภาพตราสัญลักษณ์สำหรับผู้ที่มองไม่เห็นภาพ'),
      example,
    })
    .optional()
    .describe('ตราสัญลักษณ์ (ถ้ามี)'),
  /** Settings of the datasets at /data/. */
  openData: z
    .strictObject({
      /** The licence of the datasets (data.go.th's default licence unless the organization chooses another). */
      licence: text.default('Open Data Common').describe('สัญญาอนุญาตของชุดข้อมูลเปิด (ค่าเริ่มต้น Open Data Common)'),
    })
    .prefault({})
    .describe('การตั้งค่าข้อมูลเปิด'),
  /** How the site shows figures and colours. */
  display: z
    .strictObject({
      /** Show figures in Thai digits (๗๔.๕๘) instead of Arabic digits (74.58); default false. */
      thaiDigits: z.boolean().default(false).describe('true เพื่อแสดงตัวเลขเป็นเลขไทย (๗๔.๕๘)'),
      /** Mourning theme: the whole site in grayscale, as agencies do on days of national mourning; default false. */
      mourning: z.boolean().default(false).describe('true เพื่อแสดงเว็บไซต์เป็นสีขาวดำในช่วงไว้ทุกข์'),
    })
    .prefault({})
    .describe('การแสดงผล'),
  /** Plausibility bounds of the check, raised on purpose when a real value is larger. */
  limits: z
    .strictObject({
      /** The largest amount in baht a procurement or a table in baht may hold; default DEFAULT_MAX_BAHT. */
      maxBaht: z
        .number()
        .positive()
        .default(DEFAULT_MAX_BAHT)
        .describe('จำนวนเงินสูงสุด (บาท) ที่ยอมรับในข้อมูลจัดซื้อจัดจ้างและตาราง ค่าเริ่มต้น 1000000000 (หนึ่งพันล้านบาท)'),
    })
    .prefault({})
    .describe('ขอบเขตที่การตรวจข้อมูลยอมรับ ปรับเพิ่มได้เมื่อค่าจริงเกินขอบเขต'),
});

export type Organization = z.output<typeof organizationSchema>;

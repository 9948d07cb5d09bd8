/**
 * Standalone pages staff write in Markdown (content/pages/<slug>.mdx), published at /<slug>/: the
 * executives' message, the organization's history, services, how to complain.
 */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import { cleanText, example, text } from './common';

/** The sections a page can be listed under, in the footer's order. */
export const PAGE_SECTIONS = ['about', 'services'] as const;

export const contentPageSchema = z.strictObject({
  /** The page's heading and title. */
  title: cleanText.describe('ชื่อหน้า'),
  /** One or two sentences for search results and link previews. */
  summary: text.describe('สรุปเนื้อหาของหน้าหนึ่งถึงสองประโยค แสดงในผลการค้นหา'),
  /** Where the page is listed: its section and its place in that list (smaller first). */
  navigation: z
    .strictObject({
      /** about = เกี่ยวกับหน่วยงาน, services = บริการประชาชน. */
      section: z
        .enum(PAGE_SECTIONS, { error: fixedText('page.section') })
        .describe('หมวดที่แสดงลิงก์: about (เกี่ยวกับหน่วยงาน) หรือ services (บริการประชาชน)'),
      /** Its place in the section, smaller first. */
      order: z.number().int().min(0).default(0).describe('ลำดับในหมวด ตัวเลขน้อยแสดงก่อน'),
    })
    .optional()
    .describe('ตำแหน่งของหน้าในเมนูท้ายเว็บไซต์ (ไม่ระบุ = ไม่แสดงในเมนู)'),
  example,
});

export type ContentPage = z.output<typeof contentPageSchema>;

/**
 * News and announcements that staff write in Markdown (content/news/<fiscal year>/<slug>.mdx): the
 * frontmatter is validated here, the text below it is the article. The cover image goes through
 * Astro's image pipeline (`image()` of the content layer); the checker, which reads the files without
 * Astro, checks the same field as a path next to the file (src/lib/content-check/prose-rules.ts).
 */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import { NEWS_TYPE_VALUES } from '../lib/prose/news-types';
import { cleanText, documentFile, example, slug, text, thaiDate } from './common';

/** A file published with the item, under public/documents/. */
const attachmentSchema = z.strictObject({
  /** The link's text. */
  title: cleanText.describe('ชื่อไฟล์แนบที่แสดงเป็นลิงก์'),
  /** The file under public/documents/, as "/documents/<name>". */
  file: documentFile.describe('ไฟล์ในโฟลเดอร์ public/documents/ เช่น /documents/announcement-2568.pdf'),
});

/** A path to an image next to the MDX file, as staff write it: "./road-2568.jpg". */
export const imagePath = z
  .string()
  .regex(/^\.{1,2}\/[A-Za-z0-9/_.-]+\.(?:jpe?g|png|webp|avif)$/i, { error: fixedText('news.image-path') })
  .describe('ไฟล์ภาพที่อยู่ข้างไฟล์ข่าว ขึ้นต้นด้วย ./ เช่น ./road-repair.jpg (jpg, png, webp)');

/**
 * The news frontmatter, given what an image field is: a checked path for the checker
 * (`imagePath`), Astro's `image()` for the site.
 */
export function newsSchemaWith<I extends z.ZodType>(image: I) {
  return z.strictObject({
    /** The headline. */
    title: cleanText.describe('หัวข้อข่าว'),
    /** The day it was published; its fiscal year must be the file's folder. */
    date: thaiDate.describe('วันที่เผยแพร่ เช่น "20 ม.ค. 2568" (ต้องอยู่ในปีงบประมาณเดียวกับชื่อโฟลเดอร์)'),
    /** One or two sentences shown in the list, the feed and search results. */
    summary: text.describe('สรุปข่าวหนึ่งถึงสองประโยค แสดงในรายการข่าว RSS และผลการค้นหา'),
    /** ข่าว, ประกาศ or กิจกรรม. */
    type: z.enum(NEWS_TYPE_VALUES, { error: fixedText('news.type') }).describe('ประเภท: ข่าว, ประกาศ หรือ กิจกรรม'),
    /** The OIT items this item is evidence for, by slug (e.g. news). */
    items: z.array(slug).default([]).describe('slug ของรายการ OIT ที่ข่าวนี้เป็นหลักฐาน เช่น news (ดูได้จาก npm run oit)'),
    /** A photo at the top of the item, with its text alternative. */
    cover: z
      .strictObject({
        /** The image file next to the MDX file. */
        src: image,
        /** What the photo shows, for people who cannot see it. */
        alt: text.describe('คำอธิบายภาพสำหรับผู้ที่มองไม่เห็นภาพ'),
        /** A caption under the photo. */
        caption: text.optional().describe('คำบรรยายใต้ภาพ'),
      })
      .optional()
      .describe('ภาพปกข่าว'),
    /** Files published with the item. */
    attachments: z.array(attachmentSchema).default([]).describe('ไฟล์แนบในโฟลเดอร์ public/documents/'),
    /** The unit that wrote it. */
    unit: text.optional().describe('หน่วยงานที่เผยแพร่ เช่น สำนักปลัด'),
    example,
  });
}

/** The news frontmatter as the checker reads it (the cover is a path next to the file). */
export const newsSchema = newsSchemaWith(imagePath);

export type NewsFrontmatter = z.output<typeof newsSchema>;
/** The slug part of a news file's name: ASCII, never renamed. */
export const newsSlug = slug;

/** The staff guide's pages (docs/guide/*.md): the program's own documentation, not the organization's. */
import { z } from 'astro/zod';
import { cleanText, text } from './common';

/** A page of the staff guide. */
export const guidePageSchema = z.strictObject({
  /** The page's title (its h1). */
  title: cleanText.describe('ชื่อหน้า'),
  /** One sentence under the title and in search results. */
  description: text.describe('คำอธิบายหน้าหนึ่งประโยค'),
  /** Position in the guide's table of contents (0 first). */
  order: z.number().int().nonnegative().describe('ลำดับในสารบัญของคู่มือ'),
});

export type GuidePage = z.output<typeof guidePageSchema>;

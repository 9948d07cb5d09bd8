/**
 * The organization's own analysis of one year's ITA result (content/ita/reports/<year>.mdx), shown at
 * /ita/<year>/report/: the narrative the importer writes from the report, with the score components in
 * place of the numbers it quotes, so the prose and the figures cannot disagree.
 */
import { z } from 'astro/zod';
import { cleanText, example, text } from './common';

export const itaReportSchema = z.strictObject({
  /** The page's heading. */
  title: cleanText.describe('ชื่อรายงาน เช่น รายงานการวิเคราะห์ผลการประเมิน ITA ปี 2566'),
  /** Where the text comes from (the report's title, who approved it). */
  source: text.describe('ที่มาของเนื้อหา เช่น ชื่อรายงานและหน่วยงานที่จัดทำ'),
  example,
});

export type ItaReport = z.output<typeof itaReportSchema>;

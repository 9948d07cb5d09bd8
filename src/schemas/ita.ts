/** The ITA assessment: each year's framework (tools, indicators, grades) and that year's scores. */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import { addMessage, beYear, slug, text } from './common';

/** A tool's code: two to five capital letters (IIT, EIT, OIT). */
const toolCode = z.string().regex(/^[A-Z]{2,5}$/, { error: fixedText('tool.code') });

/** A score from 0 to 100, as the NACC publishes it (two decimals). */
const score = z
  .number({ error: fixedText('score.type') })
  .min(0, { error: fixedText('score.range') })
  .max(100, { error: fixedText('score.range') });

/** An indicator's number in its year's framework (1, 2, …). */
const indicatorNumber = z.number().int().positive();

/** One assessment tool of a framework and its share of the total. */
const toolSchema = z.object({
  /** The tool's code (IIT, EIT, OIT): indicators name their tool by it. */
  code: toolCode.describe('รหัสเครื่องมือ เช่น IIT, EIT, OIT'),
  /** The tool's Thai name. */
  name: text.describe('ชื่อเครื่องมือภาษาไทย'),
  /** The tool's English name. */
  nameEn: text.describe('ชื่อเครื่องมือภาษาอังกฤษ'),
  /** Share of the total, in percent; the tools' weights add up to 100. */
  weight: z.number().positive().max(100).describe('น้ำหนักเป็นร้อยละของคะแนนรวม น้ำหนักทุกเครื่องมือรวมกันได้ 100'),
});

/** One indicator of a framework. */
const indicatorSchema = z.object({
  /** The indicator's number (1–10 in 2566), which the scores name. */
  number: indicatorNumber.describe('เลขตัวชี้วัด เช่น 1'),
  /** The indicator's page address: /ita/<year>/<slug>/. */
  slug: slug.describe('ชื่อภาษาอังกฤษของตัวชี้วัดในที่อยู่เว็บ เช่น budget-use'),
  /** The indicator's Thai name. */
  name: text.describe('ชื่อตัวชี้วัดภาษาไทย'),
  /** The indicator's English name. */
  nameEn: text.describe('ชื่อตัวชี้วัดภาษาอังกฤษ'),
  /** The code of the tool that measures it. */
  tool: toolCode.describe('รหัสเครื่องมือที่วัดตัวชี้วัดนี้ เช่น IIT'),
});

/** A grade band: a total of at least `min` earns `grade`. */
const gradeSchema = z.object({
  /** The grade's name (AA, A, …, F). */
  grade: text.describe('ชื่อระดับ เช่น AA, A, B'),
  /** The lowest total that earns the grade; the lowest band starts at 0. */
  min: score.describe('คะแนนรวมต่ำสุดของระดับนี้ ระดับต่ำสุดต้องเป็น 0'),
});

/** Every tool has an indicator, every indicator a known tool; numbers and slugs once each. */
function checkFramework(
  fw: { tools: { code: string; weight: number }[]; indicators: z.output<typeof indicatorSchema>[] },
  ctx: z.RefinementCtx,
): void {
  const total = fw.tools.reduce((sum, t) => sum + t.weight, 0);
  if (Math.abs(total - 100) > 1e-9) addMessage(ctx, ['tools'], { code: 'framework.weights', params: { total } });
  const codes = new Set(fw.tools.map((t) => t.code));
  const seen = { number: new Set<number>(), slug: new Set<string>() };
  fw.indicators.forEach((ind, i) => {
    if (!codes.has(ind.tool)) {
      addMessage(ctx, ['indicators', i, 'tool'], {
        code: 'framework.unknown-tool',
        params: { tool: ind.tool, tools: [...codes].join(', ') },
      });
    }
    if (seen.number.has(ind.number)) {
      addMessage(ctx, ['indicators', i, 'number'], {
        code: 'framework.duplicate-number',
        params: { number: ind.number },
      });
    }
    if (seen.slug.has(ind.slug)) {
      addMessage(ctx, ['indicators', i, 'slug'], { code: 'framework.duplicate-slug', params: { slug: ind.slug } });
    }
    seen.number.add(ind.number);
    seen.slug.add(ind.slug);
  });
  for (const code of codes) {
    if (!fw.indicators.some((ind) => ind.tool === code)) {
      addMessage(ctx, ['tools'], { code: 'framework.tool-unused', params: { tool: code } });
    }
  }
}

/** The ITA framework of one assessment year: tools, indicators, weights, pass mark and grade bands. */
export const itaFrameworkSchema = z
  .object({
    /** The ITA year (Buddhist Era); the file is named after it. */
    year: beYear.describe('ปีที่ประเมิน ITA (พ.ศ.) ชื่อไฟล์ต้องเป็นปีนี้ เช่น 2566.yaml'),
    /** The score an indicator needs to pass (85 in 2566). */
    passMark: score.describe('คะแนนผ่านของแต่ละตัวชี้วัด เช่น 85'),
    /** The tools, in the order the report lists them. */
    tools: z.array(toolSchema).min(1).describe('เครื่องมือการประเมิน (IIT, EIT, OIT) และน้ำหนัก'),
    /** The indicators, in number order. */
    indicators: z.array(indicatorSchema).min(1).describe('ตัวชี้วัดของปีนี้ เรียงตามเลข'),
    /** Grade bands: a total of at least `min` earns `grade`. */
    grades: z.array(gradeSchema).min(1).describe('ระดับผลการประเมินตามคะแนนรวม'),
  })
  .superRefine(checkFramework);

/** One indicator's score in the results. */
const scoreSchema = z.object({
  /** The indicator's number in the year's framework. */
  indicator: indicatorNumber.describe('เลขตัวชี้วัดตามกรอบการประเมินของปีนั้น'),
  /** The indicator's score, 0–100. */
  score: score.describe('คะแนนของตัวชี้วัด 0–100 ใช้จุดทศนิยม เช่น 66.20'),
  /** The report's column "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"; default empty. */
  note: z.string().trim().default('').describe('ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ ตามรายงาน (เว้นว่างได้)'),
});

/** A comparison shown beside the scores, e.g. the national or peer average. */
const referenceSchema = z.object({
  /** What the comparison is, as the chart's legend says it. */
  label: text.describe('ชื่อคะแนนเปรียบเทียบ เช่น ค่าเฉลี่ยระดับประเทศ'),
  /** Where the figures come from. */
  source: text.describe('แหล่งที่มาของคะแนนเปรียบเทียบ'),
  /** True when the figures are a demonstration, not published ones; default false. */
  example: z.boolean().default(false).describe('true เมื่อเป็นคะแนนตัวอย่าง'),
  /** The comparison score per indicator number. */
  scores: z
    .array(z.object({ indicator: indicatorNumber.describe('เลขตัวชี้วัด'), score: score.describe('คะแนนเปรียบเทียบ 0–100') }))
    .min(1)
    .describe('คะแนนเปรียบเทียบรายตัวชี้วัด'),
});

/** The results of one year's assessment, as the NACC published them. */
export const itaAssessmentSchema = z
  .object({
    /** The ITA year (Buddhist Era); the file is named after it. */
    year: beYear.describe('ปีที่ประเมิน ITA (พ.ศ.) ชื่อไฟล์ต้องเป็นปีนี้ เช่น 2566.yaml'),
    /** Where the figures come from, e.g. the analysis report. */
    source: text.describe('แหล่งที่มาของคะแนน เช่น รายงานการวิเคราะห์ผลการประเมิน'),
    /** One score per indicator of the year's framework. */
    scores: z.array(scoreSchema).min(1).describe('คะแนนรายตัวชี้วัด ครบทุกตัวชี้วัดในกรอบการประเมินของปีนั้น'),
    /** An optional comparison, e.g. the national or peer average, per indicator number. */
    reference: referenceSchema.optional().describe('คะแนนเปรียบเทียบ (ถ้ามี)'),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<number>();
    a.scores.forEach((s, i) => {
      if (seen.has(s.indicator)) {
        addMessage(ctx, ['scores', i, 'indicator'], {
          code: 'assessment.duplicate-score',
          params: { indicator: s.indicator },
        });
      }
      seen.add(s.indicator);
    });
  });

export type ItaFramework = z.output<typeof itaFrameworkSchema>;
export type ItaAssessment = z.output<typeof itaAssessmentSchema>;

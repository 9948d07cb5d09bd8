/** The ITA assessment: each year's framework (tools, indicators, result levels) and that year's scores. */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import { addMessage, beYear, cleanText, confidence, slug, text } from './common';

/** A tool's code: two to five capital letters (IIT, EIT, OIT). */
const toolCode = z.string().regex(/^[A-Z]{2,5}$/, { error: fixedText('tool.code') });

/** At most two decimals (78.31, not 78.315): what the NACC publishes, so pages and data round alike. */
const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

/** A score from 0 to 100, as the NACC publishes it (two decimals). */
const score = z
  .number({ error: fixedText('score.type') })
  .min(0, { error: fixedText('score.range') })
  .max(100, { error: fixedText('score.range') })
  .refine(twoDecimals, { error: fixedText('score.decimals') });

/** The NACC's pass mark has been 85 in every year; a slip (8.5, 850) would make every indicator pass or fail. */
const passMark = z
  .number({ error: fixedText('score.type') })
  .min(50, { error: fixedText('framework.pass-mark') })
  .max(100, { error: fixedText('framework.pass-mark') })
  .refine(twoDecimals, { error: fixedText('score.decimals') });

/** An indicator's number in its year's framework (1, 2, …). */
const indicatorNumber = z.number().int().positive();

/** One assessment tool of a framework and its share of the total. */
const toolSchema = z.strictObject({
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
const indicatorSchema = z.strictObject({
  /** The indicator's number (1–10 in 2566), which the scores name. */
  number: indicatorNumber.describe('เลขตัวชี้วัด เช่น 1'),
  /** The indicator's page address: /ita/<year>/<slug>/. */
  slug: slug.describe('ชื่อภาษาอังกฤษของตัวชี้วัดในที่อยู่เว็บ เช่น budget-use'),
  /** The indicator's Thai name. */
  name: cleanText.describe('ชื่อตัวชี้วัดภาษาไทย'),
  /** The indicator's English name. */
  nameEn: cleanText.describe('ชื่อตัวชี้วัดภาษาอังกฤษ'),
  /** The code of the tool that measures it. */
  tool: toolCode.describe('รหัสเครื่องมือที่วัดตัวชี้วัดนี้ เช่น IIT'),
});

/** Where a level's rule comes from, when the NACC's own documents have not confirmed it (for staff only). */
const levelEvidenceSchema = z.strictObject({
  /** How sure the rule is, in the words of the evidence notes (medium: one good source; low: inference). */
  confidence: confidence.describe(
    'ความเชื่อมั่นของเกณฑ์นี้: high, medium-high, medium (แหล่งที่ดีหนึ่งแหล่ง), medium-low หรือ low (แหล่งรองหรืออนุมาน)',
  ),
  /** The sources and what is still to check, for staff; never published. */
  source: text.describe('แหล่งที่มาและสิ่งที่ต้องตรวจกับคู่มือของ ป.ป.ช. (สำหรับเจ้าหน้าที่ ไม่แสดงบนเว็บไซต์)'),
});

/**
 * A result level: a total of at least `minTotal` (and, when set, every tool's average at least
 * `minEachTool`) earns `name`. The levels are tried from the highest `minTotal` (then the highest
 * `minEachTool`), whatever their order in the file.
 */
const levelSchema = z.strictObject({
  /** The level's name as the NACC publishes it (ผ่านดีเยี่ยม, …; AA–F up to ITA 2565). */
  name: text.describe('ชื่อระดับตามที่ ป.ป.ช. ประกาศ เช่น ผ่านดีเยี่ยม ผ่าน ต้องปรับปรุง (ถึงปี 2565 ใช้ AA A B C D E F)'),
  /** The lowest total that earns the level; one level starts at 0 with no condition on the tools. */
  minTotal: score.describe('คะแนนรวมต่ำสุดของระดับนี้ ต้องมีระดับหนึ่งที่เริ่มที่ 0'),
  /** When set, every tool's average (two decimals) must also be at least this. */
  minEachTool: score.optional().describe('คะแนนเฉลี่ยต่ำสุดของทุกเครื่องมือ (IIT EIT OIT) ที่ระดับนี้ต้องการด้วย (ถ้ามี) เช่น 85'),
  /** True when the level counts as passing the assessment. */
  passes: z.boolean().describe('true เมื่อระดับนี้ถือว่าผ่านเกณฑ์'),
  /** Set when the rule is not confirmed by the NACC's own documents. */
  evidence: levelEvidenceSchema.optional().describe('ที่มาของเกณฑ์เมื่อยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. (ถ้ามี)'),
});

/** The levels cover every total (one starts at 0 for any tool scores); no two share a name or a rule. */
function checkLevels(levels: readonly z.output<typeof levelSchema>[], ctx: z.RefinementCtx): void {
  if (!levels.some((l) => l.minTotal === 0 && l.minEachTool === undefined)) {
    const lowest = Math.min(...levels.map((l) => l.minTotal));
    addMessage(ctx, ['levels'], { code: 'framework.levels-zero', params: {} }, lowest);
  }
  const names = new Set<string>();
  const rules = new Set<string>();
  levels.forEach((level, i) => {
    const rule = `${level.minTotal}/${level.minEachTool ?? ''}`;
    if (names.has(level.name)) {
      addMessage(ctx, ['levels', i, 'name'], { code: 'framework.level-duplicate-name', params: { name: level.name } });
    }
    if (rules.has(rule)) {
      addMessage(ctx, ['levels', i], { code: 'framework.level-duplicate-rule', params: { name: level.name } });
    }
    names.add(level.name);
    rules.add(rule);
  });
}

/** Every tool has an indicator, every indicator a known tool; numbers and slugs once each; levels as above. */
function checkFramework(
  fw: {
    tools: { code: string; weight: number }[];
    indicators: z.output<typeof indicatorSchema>[];
    levels: z.output<typeof levelSchema>[];
  },
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
  checkLevels(fw.levels, ctx);
}

/** The ITA framework of one assessment year: tools, indicators, weights, pass mark and result levels. */
export const itaFrameworkSchema = z
  .strictObject({
    /** The ITA year (Buddhist Era); the file is named after it. */
    year: beYear.describe('ปีที่ประเมิน ITA (พ.ศ.) ชื่อไฟล์ต้องเป็นปีนี้ เช่น 2566.yaml'),
    /** The score an indicator needs to pass (85 in 2566). */
    passMark: passMark.describe('คะแนนผ่านของแต่ละตัวชี้วัด เช่น 85'),
    /** The tools, in the order the report lists them. */
    tools: z.array(toolSchema).min(1).describe('เครื่องมือการประเมิน (IIT, EIT, OIT) และน้ำหนัก'),
    /** The indicators, in number order. */
    indicators: z.array(indicatorSchema).min(1).describe('ตัวชี้วัดของปีนี้ เรียงตามเลข'),
    /** The result levels (named levels from ITA 2566, AA–F before). */
    levels: z
      .array(levelSchema)
      .min(1)
      .describe('ระดับผลการประเมินตามคะแนนรวม (และคะแนนรายเครื่องมือ) ที่ ป.ป.ช. ประกาศในปีนั้น'),
  })
  .superRefine(checkFramework);

/** One indicator's score in the results. */
const scoreSchema = z.strictObject({
  /** The indicator's number in the year's framework. */
  indicator: indicatorNumber.describe('เลขตัวชี้วัดตามกรอบการประเมินของปีนั้น'),
  /** The indicator's score, 0–100. */
  score: score.describe('คะแนนของตัวชี้วัด 0–100 ใช้จุดทศนิยม เช่น 66.20'),
  /** The report's column "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ"; default empty. */
  note: z.string().trim().default('').describe('ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ ตามรายงาน (เว้นว่างได้)'),
});

/** A comparison shown beside the scores, e.g. the national or peer average. */
const referenceSchema = z.strictObject({
  /** What the comparison is, as the chart's legend says it. */
  label: text.describe('ชื่อคะแนนเปรียบเทียบ เช่น ค่าเฉลี่ยระดับประเทศ'),
  /** Where the figures come from. */
  source: text.describe('แหล่งที่มาของคะแนนเปรียบเทียบ'),
  /** True when the figures are a demonstration, not published ones; default false. */
  example: z.boolean().default(false).describe('true เมื่อเป็นคะแนนตัวอย่าง'),
  /** The comparison score per indicator number. */
  scores: z
    .array(
      z.strictObject({
        indicator: indicatorNumber.describe('เลขตัวชี้วัด'),
        score: score.describe('คะแนนเปรียบเทียบ 0–100'),
      }),
    )
    .min(1)
    .describe('คะแนนเปรียบเทียบรายตัวชี้วัด'),
});

/** The results of one year's assessment, as the NACC published them. */
export const itaAssessmentSchema = z
  .strictObject({
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

import { z } from 'zod';
import { beYear, slug, text } from './common';

const toolCode = z
  .string()
  .regex(/^[A-Z]{2,5}$/, { error: 'รหัสเครื่องมือ เช่น IIT, EIT, OIT / expected a tool code such as IIT' });

const score = z
  .number({ error: 'คะแนนต้องเป็นตัวเลข / expected a number' })
  .min(0, { error: 'คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100' })
  .max(100, { error: 'คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100' });

/** The ITA framework of one assessment year: tools, indicators, weights, pass mark and grade bands. */
export const itaFrameworkSchema = z
  .object({
    year: beYear,
    passMark: score,
    tools: z
      .array(
        z.object({
          code: toolCode,
          name: text,
          nameEn: text,
          /** Share of the total, in percent; the tools' weights add up to 100. */
          weight: z.number().positive().max(100),
        }),
      )
      .min(1),
    indicators: z
      .array(
        z.object({
          number: z.number().int().positive(),
          slug,
          name: text,
          nameEn: text,
          tool: toolCode,
        }),
      )
      .min(1),
    /** Grade bands: a total of at least `min` earns `grade`. */
    grades: z.array(z.object({ grade: text, min: score })).min(1),
  })
  .superRefine((fw, ctx) => {
    const total = fw.tools.reduce((sum, t) => sum + t.weight, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['tools'],
        message: `น้ำหนักของเครื่องมือรวมกันต้องได้ 100 แต่ได้ ${total} / expected tool weights to add up to 100, got ${total}`,
      });
    }
    const codes = new Set(fw.tools.map((t) => t.code));
    const seen = { number: new Set<number>(), slug: new Set<string>() };
    fw.indicators.forEach((ind, i) => {
      if (!codes.has(ind.tool)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'tool'],
          message: `ไม่มีเครื่องมือ "${ind.tool}" ใน tools (มี ${[...codes].join(', ')}) / unknown tool "${ind.tool}"`,
        });
      }
      if (seen.number.has(ind.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'number'],
          message: `ตัวชี้วัดที่ ${ind.number} ซ้ำ / duplicate indicator number ${ind.number}`,
        });
      }
      if (seen.slug.has(ind.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'slug'],
          message: `slug "${ind.slug}" ซ้ำ / duplicate indicator slug "${ind.slug}"`,
        });
      }
      seen.number.add(ind.number);
      seen.slug.add(ind.slug);
    });
    for (const code of codes) {
      if (!fw.indicators.some((ind) => ind.tool === code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tools'],
          message: `เครื่องมือ ${code} ไม่มีตัวชี้วัด / tool ${code} has no indicator`,
        });
      }
    }
  });

/** The results of one year's assessment, as the NACC published them. */
export const itaAssessmentSchema = z
  .object({
    year: beYear,
    /** Where the figures come from, e.g. the analysis report. */
    source: text,
    scores: z
      .array(
        z.object({
          indicator: z.number().int().positive(),
          score,
          /** The report's column "ประเด็นที่ต้องแก้ไข/ปรับปรุง/รักษาระดับ". */
          note: z.string().trim().default(''),
        }),
      )
      .min(1),
    /** An optional comparison, e.g. the national or peer average, per indicator number. */
    reference: z
      .object({
        label: text,
        source: text,
        example: z.boolean().default(false),
        scores: z.array(z.object({ indicator: z.number().int().positive(), score })).min(1),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<number>();
    a.scores.forEach((s, i) => {
      if (seen.has(s.indicator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scores', i, 'indicator'],
          message: `ตัวชี้วัดที่ ${s.indicator} มีคะแนนซ้ำ / duplicate score for indicator ${s.indicator}`,
        });
      }
      seen.add(s.indicator);
    });
  });

export type ItaFramework = z.infer<typeof itaFrameworkSchema>;
export type ItaAssessment = z.infer<typeof itaAssessmentSchema>;

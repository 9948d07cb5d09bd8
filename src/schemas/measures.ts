import { z } from 'zod';
import { beYear, slug, text, thaiDate, thaiDateRange } from './common';

/** Where a measure stands. Staff write the English key; pages show the Thai label (src/lib/ita/measures.ts). */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

const status = z.enum(MEASURE_STATUSES, {
  error: 'สถานะต้องเป็น planned, in-progress, done หรือ dropped / expected one of planned, in-progress, done, dropped',
});

/** A link to a page or document of this site ("/documents/…") or an external address ("https://…"). */
const evidenceUrl = z
  .string()
  .trim()
  .regex(/^(\/[^\s]*|https?:\/\/[^\s]+)$/, {
    error:
      'ลิงก์หลักฐานต้องขึ้นต้นด้วย / (หน้าในเว็บไซต์นี้) หรือ https:// / expected a site path starting with "/" or an http(s) URL',
  });

const steps = z.array(text).min(1, { error: 'ต้องมีขั้นตอนอย่างน้อย 1 ขั้นตอน / expected at least one step' });

/** A reference to an ITA indicator of the plan's assessment year: its number (1–10) or its slug. */
const indicatorRef = z.union([z.number().int().positive(), slug], {
  error: 'ต้องเป็นเลขตัวชี้วัด (เช่น 5) หรือ slug ของตัวชี้วัด (เช่น corruption-prevention) / expected an indicator number or slug',
});

export const progressEntrySchema = z.object({
  date: thaiDate,
  text,
  evidence: z.object({ label: text, url: evidenceUrl }).optional(),
  /** A demonstration entry, not a real one (shown with the "ข้อมูลตัวอย่าง" badge). */
  example: z.boolean().default(false),
});

export const measureSchema = z.object({
  /** Stable ASCII id, unique within the plan: the measure's anchor on the page. */
  id: slug,
  text,
  status: status.default('planned'),
  /** Steps of this measure alone, when the plan gives steps per activity (topic 1 of the seed). */
  steps: steps.optional(),
  progress: z.array(progressEntrySchema).default([]),
});

export const topicSchema = z.object({
  number: z.number().int().positive(),
  /** Stable ASCII slug: the topic's anchor (#transparent-efficient-service). */
  slug,
  title: text,
  measures: z
    .array(measureSchema)
    .min(1, { error: 'หัวข้อต้องมีมาตรการ/กิจกรรมอย่างน้อย 1 รายการ / expected at least one measure' }),
  units: z.object({
    responsible: z
      .array(text)
      .min(1, { error: 'ต้องมีผู้รับผิดชอบอย่างน้อย 1 หน่วยงาน / expected at least one responsible unit' }),
    related: z.array(text).default([]),
  }),
  /** Steps shared by all the topic's measures, in order. */
  steps: steps.optional(),
  timeframe: thaiDateRange,
  indicators: z
    .array(indicatorRef)
    .min(1, { error: 'ต้องระบุตัวชี้วัด ITA ที่หัวข้อนี้แก้ไขอย่างน้อย 1 ตัว / expected at least one ITA indicator' }),
});

/** The organization's measures plan of one fiscal year, based on the ITA results of the year before. */
export const measuresPlanSchema = z
  .object({
    fiscalYear: beYear,
    /** The ITA year whose results the plan answers (its indicators are checked against that framework). */
    assessmentYear: beYear,
    /** The plan's heading as the report words it (quoted as written). */
    title: text,
    source: text,
    meeting: z.object({ date: thaiDate, body: text, text }),
    topics: z.array(topicSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const numbers = new Set<number>();
    const slugs = new Set<string>();
    // Topic slugs and measure ids are both anchors of the plan's page: one namespace.
    const ids = new Set<string>(plan.topics.map((t) => t.slug));
    plan.topics.forEach((topic, t) => {
      if (numbers.has(topic.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', t, 'number'],
          message: `หัวข้อที่ ${topic.number} ซ้ำ / duplicate topic number ${topic.number}`,
        });
      }
      if (t > 0 && topic.number <= plan.topics[t - 1]!.number) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', t, 'number'],
          message: `หัวข้อต้องเรียงตามลำดับเลข / expected topics in ascending order of number`,
        });
      }
      if (slugs.has(topic.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', t, 'slug'],
          message: `slug "${topic.slug}" ซ้ำ / duplicate topic slug "${topic.slug}"`,
        });
      }
      numbers.add(topic.number);
      slugs.add(topic.slug);
      topic.measures.forEach((measure, m) => {
        if (ids.has(measure.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', t, 'measures', m, 'id'],
            message: `id "${measure.id}" ซ้ำกับ id ของมาตรการอื่นหรือ slug ของหัวข้อ / duplicate measure id "${measure.id}" (ids and topic slugs must all differ)`,
          });
        }
        ids.add(measure.id);
        if (!topic.steps && !measure.steps) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', t, 'measures', m, 'steps'],
            message:
              'ต้องมีขั้นตอนของหัวข้อ (topics[].steps) หรือของมาตรการนี้ (steps) / expected steps on the topic or on this measure',
          });
        }
      });
    });
  });

export type MeasuresPlan = z.infer<typeof measuresPlanSchema>;
export type MeasuresTopic = z.infer<typeof topicSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type ProgressEntry = z.infer<typeof progressEntrySchema>;
export type IndicatorRef = z.infer<typeof indicatorRef>;

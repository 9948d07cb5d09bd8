/** The measures plan of one fiscal year: topics, their measures, and the progress reported on them. */
import { z } from 'astro/zod';
import { fixedText } from '../lib/content-check/messages';
import {
  addMessage,
  beYear,
  cleanText,
  isSafeUrl,
  refuseSpoofing,
  slug,
  text,
  thaiDate,
  thaiDateRange,
} from './common';

/** Where a measure stands. Staff write the English key; pages show the Thai label (src/lib/ita/measures.ts). */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

const status = z.enum(MEASURE_STATUSES, { error: fixedText('measure.status') });
export type MeasureStatus = z.output<typeof status>;

/** A link to a page or document of this site ("/documents/…") or an external address ("https://…"). */
const evidenceUrl = z
  .string()
  .trim()
  .superRefine(refuseSpoofing)
  .refine((v) => (v.startsWith('/') || /^https?:\/\//i.test(v)) && isSafeUrl(v), {
    error: fixedText('measure.evidence-url'),
  });

/** Steps in order, at least one. */
const steps = z.array(text).min(1, { error: fixedText('measure.steps') });

/** A reference to an ITA indicator of the plan's assessment year: its number (1–10) or its slug. */
const indicatorRef = z.union([z.number().int().positive(), slug], { error: fixedText('measure.indicator-ref') });

/** One report of progress on a measure. */
export const progressEntrySchema = z.strictObject({
  /** The day the progress was made or reported. */
  date: thaiDate.describe('วันที่ของความคืบหน้า เช่น "15 ม.ค. 2567"'),
  /** What was done, in a sentence. */
  text: text.describe('สิ่งที่ดำเนินการแล้ว'),
  /** A link to the evidence (a page of this site or an external address). */
  evidence: z
    .strictObject({
      /** The link's text. */
      label: text.describe('ข้อความของลิงก์หลักฐาน'),
      /** "/…" for a page of this site, or "https://…". */
      url: evidenceUrl.describe('ที่อยู่หลักฐาน ขึ้นต้นด้วย "/" (หน้าในเว็บไซต์นี้) หรือ https://'),
    })
    .optional()
    .describe('หลักฐานการดำเนินการ (ถ้ามี)'),
  /** A demonstration entry, not a real one (shown with the "ข้อมูลตัวอย่าง" badge); default false. */
  example: z.boolean().default(false).describe('true เมื่อเป็นความคืบหน้าตัวอย่าง'),
});

/** One measure (activity) of a topic. */
export const measureSchema = z.strictObject({
  /** Stable ASCII id, unique within the plan: the measure's anchor on the page. */
  id: slug.describe('ชื่อภาษาอังกฤษของมาตรการ ไม่ซ้ำกันในแผน ใช้เป็นตำแหน่งบนหน้าเว็บ'),
  /** The measure as the plan words it. */
  text: text.describe('มาตรการหรือกิจกรรมตามแผน'),
  /** Where the measure stands; default planned. */
  status: status.default('planned').describe('สถานะ: planned, in-progress, done หรือ dropped'),
  /** Steps of this measure alone, when the plan gives steps per activity (topic 1 of the seed). */
  steps: steps.optional().describe('ขั้นตอนของมาตรการนี้ (เมื่อหัวข้อไม่มีขั้นตอนรวม)'),
  /** Progress reported on the measure, in any order (pages sort it by date). */
  progress: z.array(progressEntrySchema).default([]).describe('ความคืบหน้าที่รายงานแล้ว'),
});

/** One topic of the plan: its measures, units, steps, timeframe and the indicators it addresses. */
export const topicSchema = z.strictObject({
  /** The topic's number in the plan, ascending. */
  number: z.number().int().positive().describe('เลขหัวข้อ เรียงจากน้อยไปมาก'),
  /** Stable ASCII slug: the topic's anchor (#transparent-efficient-service). */
  slug: slug.describe('ชื่อภาษาอังกฤษของหัวข้อ ใช้เป็นตำแหน่งบนหน้าเว็บ'),
  /** The topic's title as the plan words it. */
  title: cleanText.describe('ชื่อหัวข้อตามแผน'),
  /** The topic's measures (activities), at least one. */
  measures: z
    .array(measureSchema)
    .min(1, { error: fixedText('topic.measures') })
    .describe('มาตรการ/กิจกรรมของหัวข้อ'),
  /** The units in charge and the units involved. */
  units: z
    .strictObject({
      /** The responsible units, at least one. */
      responsible: z
        .array(text)
        .min(1, { error: fixedText('topic.responsible') })
        .describe('หน่วยงานที่รับผิดชอบ'),
      /** Other units involved; default none. */
      related: z.array(text).default([]).describe('หน่วยงานที่เกี่ยวข้อง'),
    })
    .describe('หน่วยงานที่รับผิดชอบและเกี่ยวข้อง'),
  /** Steps shared by all the topic's measures, in order. */
  steps: steps.optional().describe('ขั้นตอนที่ใช้ร่วมกันทุกมาตรการของหัวข้อ'),
  /** When the topic's work runs. */
  timeframe: thaiDateRange.describe('ระยะเวลาดำเนินงาน เช่น "1 ต.ค. 2566 - 30 ก.ย. 2567"'),
  /** The ITA indicators the topic addresses, by number or slug. */
  indicators: z
    .array(indicatorRef)
    .min(1, { error: fixedText('topic.indicators') })
    .describe('ตัวชี้วัด ITA ที่หัวข้อนี้แก้ไข เป็นเลข (เช่น 5) หรือ slug'),
});

type Topic = z.output<typeof topicSchema>;

/** Topic numbers ascend and differ; topic slugs and measure ids are one namespace; every measure has steps. */
function checkTopics(topics: readonly Topic[], ctx: z.RefinementCtx): void {
  const numbers = new Set<number>();
  const slugs = new Set<string>();
  // Topic slugs and measure ids are both anchors of the plan's page: one namespace.
  const ids = new Set<string>(topics.map((t) => t.slug));
  topics.forEach((topic, t) => {
    const at = (...path: PropertyKey[]) => ['topics', t, ...path];
    if (numbers.has(topic.number)) {
      addMessage(ctx, at('number'), { code: 'plan.duplicate-topic-number', params: { number: topic.number } });
    }
    const previous = topics[t - 1];
    if (previous && topic.number <= previous.number) {
      addMessage(ctx, at('number'), { code: 'plan.topic-order', params: {} });
    }
    if (slugs.has(topic.slug)) {
      addMessage(ctx, at('slug'), { code: 'plan.duplicate-topic-slug', params: { slug: topic.slug } });
    }
    numbers.add(topic.number);
    slugs.add(topic.slug);
    topic.measures.forEach((measure, m) => {
      if (ids.has(measure.id)) {
        addMessage(ctx, at('measures', m, 'id'), { code: 'plan.duplicate-measure-id', params: { id: measure.id } });
      }
      ids.add(measure.id);
      if (!topic.steps && !measure.steps)
        addMessage(ctx, at('measures', m, 'steps'), { code: 'plan.steps', params: {} });
    });
  });
}

/** The organization's measures plan of one fiscal year, based on the ITA results of the year before. */
export const measuresPlanSchema = z
  .strictObject({
    /** The plan's fiscal year (Buddhist Era); the file is named after it. */
    fiscalYear: beYear.describe('ปีงบประมาณของแผน (พ.ศ.) ชื่อไฟล์ต้องเป็นปีนี้ เช่น 2567.yaml'),
    /** The ITA year whose results the plan answers (its indicators are checked against that framework). */
    assessmentYear: beYear.describe('ปีผลการประเมิน ITA ที่แผนนี้ตอบสนอง'),
    /** The plan's heading as the report words it (quoted as written). */
    title: cleanText.describe('ชื่อแผนตามรายงาน'),
    /** Where the plan comes from. */
    source: text.describe('แหล่งที่มาของแผน'),
    /** The meeting that adopted the plan. */
    meeting: z
      .strictObject({
        /** The day of the meeting. */
        date: thaiDate.describe('วันที่ประชุม'),
        /** Who met (the committee or the executives). */
        body: text.describe('ที่ประชุม เช่น คณะผู้บริหาร'),
        /** The sentence of the report about the meeting. */
        text: text.describe('ข้อความเรื่องการประชุมตามรายงาน'),
      })
      .describe('การประชุมที่พิจารณาแผน'),
    /** The topics, in number order. */
    topics: z.array(topicSchema).min(1).describe('หัวข้อมาตรการ เรียงตามเลข'),
  })
  .superRefine((plan, ctx) => checkTopics(plan.topics, ctx));

export type MeasuresPlan = z.output<typeof measuresPlanSchema>;
export type MeasuresTopic = Topic;
export type Measure = z.output<typeof measureSchema>;
export type ProgressEntry = z.output<typeof progressEntrySchema>;
export type IndicatorRef = z.output<typeof indicatorRef>;

/**
 * Measures plans: indicator references resolved against the ITA framework of the plan's assessment
 * year, status counts, and which topics address an indicator. Pure functions; pages only render.
 * The content is valid: the checker (src/lib/content-check/) ran every rule before any page.
 */
import { fiscalYearOf } from '../thai/fiscal-year';
import type { ItaFramework } from '../../schemas/ita';
import type { Measure, MeasureStatus, MeasuresPlan, MeasuresTopic, ProgressEntry } from '../../schemas/measures';
import { MEASURE_STATUSES } from '../../schemas/measures';

/** How a status reads on the site. */
export const STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: 'วางแผนไว้',
  'in-progress': 'กำลังดำเนินการ',
  done: 'ดำเนินการแล้ว',
  dropped: 'ยกเลิก',
};

export interface IndicatorLink {
  number: number;
  slug: string;
  name: string;
}

export interface ResolvedMeasure extends Omit<Measure, 'progress'> {
  /** Progress entries, oldest first. */
  progress: ProgressEntry[];
}

export interface ResolvedTopic extends Omit<MeasuresTopic, 'indicators' | 'measures'> {
  indicators: IndicatorLink[];
  measures: ResolvedMeasure[];
}

export interface ResolvedPlan extends Omit<MeasuresPlan, 'topics'> {
  topics: ResolvedTopic[];
  /** The content file, for messages. */
  file: string;
}

/** The indicator an entry of `topics[].indicators` names, by number or by slug, if the framework has it. */
export function findIndicator(
  framework: Pick<ItaFramework, 'indicators'>,
  ref: number | string,
): ItaFramework['indicators'][number] | undefined {
  return framework.indicators.find((ind) => (typeof ref === 'number' ? ind.number === ref : ind.slug === ref));
}

/** A plan with its indicator references resolved (in number order) and its progress in date order. */
export function resolvePlan(plan: MeasuresPlan, framework: ItaFramework, file: string): ResolvedPlan {
  return {
    ...plan,
    file,
    topics: plan.topics.map((topic) => ({
      ...topic,
      indicators: topic.indicators
        .map((ref): IndicatorLink => {
          const { number, slug, name } = findIndicator(framework, ref)!;
          return { number, slug, name };
        })
        .sort((a, b) => a.number - b.number),
      measures: topic.measures.map((m) => ({
        ...m,
        progress: [...m.progress].sort((a, b) => a.date.getTime() - b.date.getTime()),
      })),
    })),
  };
}

export type StatusCounts = Record<MeasureStatus, number> & { total: number };

/** How many measures of a plan are planned, in progress, done and dropped. */
export function statusCounts(plan: {
  topics: readonly { measures: readonly { status: MeasureStatus }[] }[];
}): StatusCounts {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  let total = 0;
  for (const topic of plan.topics) {
    for (const m of topic.measures) {
      counts[m.status] += 1;
      total += 1;
    }
  }
  return { ...counts, total };
}

/** Plans in the order citizens read them: the current fiscal year first, then the newest. */
export function orderPlans<T extends { fiscalYear: number }>(plans: readonly T[], today: Date): T[] {
  const current = fiscalYearOf(today);
  return [...plans].sort((a, b) => {
    if ((a.fiscalYear === current) !== (b.fiscalYear === current)) return a.fiscalYear === current ? -1 : 1;
    return b.fiscalYear - a.fiscalYear;
  });
}

export interface IndicatorMeasures {
  fiscalYear: number;
  topic: Pick<ResolvedTopic, 'number' | 'slug' | 'title'>;
  measures: Pick<ResolvedMeasure, 'id' | 'text' | 'status'>[];
}

/** The topics (with their measures) that address one indicator of one assessment year, newest plan first. */
export function measuresForIndicator(
  plans: readonly ResolvedPlan[],
  assessmentYear: number,
  slug: string,
): IndicatorMeasures[] {
  return plans
    .filter((p) => p.assessmentYear === assessmentYear)
    .sort((a, b) => b.fiscalYear - a.fiscalYear)
    .flatMap((p) =>
      p.topics
        .filter((t) => t.indicators.some((ind) => ind.slug === slug))
        .map((t) => ({
          fiscalYear: p.fiscalYear,
          topic: { number: t.number, slug: t.slug, title: t.title },
          measures: t.measures.map(({ id, text, status }) => ({ id, text, status })),
        })),
    );
}

/** Every unit named in a plan (responsible first), once each, for the search filters. */
export function planUnits(plan: {
  topics: readonly { units: { responsible: string[]; related: string[] } }[];
}): string[] {
  const units = plan.topics.flatMap((t) => [...t.units.responsible, ...t.units.related]);
  return [...new Set(units)];
}

/**
 * The honest note of a plan whose fiscal year has ended (`ended`) while measures are still recorded as
 * planned or in progress: the page says so rather than letting "ended" and "planned" stand side by
 * side. `n` writes a number in the site's digits. Undefined when there is nothing to remark.
 */
export function endedYearNote(
  counts: StatusCounts,
  ended: boolean,
  fiscalYearText: string,
  n: (value: number) => string,
): string | undefined {
  const open = counts.planned + counts['in-progress'];
  if (!ended || open === 0) return undefined;
  const parts = [
    counts.planned > 0 ? `“${STATUS_LABELS.planned}” ${n(counts.planned)} รายการ` : '',
    counts['in-progress'] > 0 ? `“${STATUS_LABELS['in-progress']}” ${n(counts['in-progress'])} รายการ` : '',
  ].filter(Boolean);
  return (
    `ปีงบประมาณ ${fiscalYearText} สิ้นสุดแล้ว แต่ยังมีมาตรการที่บันทึกสถานะเป็น ${parts.join(' และ ')} ` +
    `(จาก ${n(counts.total)} รายการ) สถานะเหล่านี้อาจยังไม่ได้ปรับปรุงหลังสิ้นปี หรือมาตรการยังไม่ได้ดำเนินการ`
  );
}

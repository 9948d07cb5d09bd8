/**
 * Positions on the timeline of a fiscal year (1 October – 30 September) as fractions from 0 to 1,
 * and where "today" falls. "Today" is always passed in, so pages state the build date and tests
 * choose their own.
 */
import { calendarDate, fiscalYearMonths, fiscalYearRange } from '../thai/fiscal-year';
import { THAI_MONTHS, type DateRange } from '../thai/date';

const DAY_MS = 86_400_000;

/** The days of a fiscal year: 366 in a year whose September ends a leap February, else 365. */
export function fiscalYearDays(fiscalYear: number): number {
  const { start, end } = fiscalYearRange(fiscalYear);
  return Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
}

/** Where the start of a day falls in the fiscal year: 0 on 1 October, 1 after 30 September; clamped. */
export function fractionOfYear(date: Date, fiscalYear: number): number {
  const { start } = fiscalYearRange(fiscalYear);
  const f = (date.getTime() - start.getTime()) / DAY_MS / fiscalYearDays(fiscalYear);
  return Math.min(1, Math.max(0, f));
}

export interface Bar {
  /** Fraction of the year before the bar starts. */
  start: number;
  /** Fraction of the year the bar covers (its last day included). */
  width: number;
  /** The range begins before 1 October or ends after 30 September of this fiscal year. */
  startsBefore: boolean;
  endsAfter: boolean;
}

/** A timeframe drawn on the fiscal year: whole days, the last day included, clipped to the year. */
export function timelineBar(range: DateRange, fiscalYear: number): Bar {
  const year = fiscalYearRange(fiscalYear);
  const start = fractionOfYear(range.start, fiscalYear);
  const end = fractionOfYear(new Date(range.end.getTime() + DAY_MS), fiscalYear);
  return {
    start,
    width: Math.max(0, end - start),
    startsBefore: range.start < year.start,
    endsAfter: range.end > year.end,
  };
}

export type Relation = 'before' | 'during' | 'after';

/** Whether a day falls before, within or after a range (both ends included). */
export function relationTo(day: Date, range: DateRange): Relation {
  if (day < range.start) return 'before';
  if (day > range.end) return 'after';
  return 'during';
}

export interface TodayMarker {
  date: Date;
  relation: Relation;
  /** Position of the middle of today within the year, when today is in it. */
  position: number | null;
}

export function todayMarker(today: Date, fiscalYear: number): TodayMarker {
  const relation = relationTo(today, fiscalYearRange(fiscalYear));
  const position = relation === 'during' ? fractionOfYear(today, fiscalYear) + 0.5 / fiscalYearDays(fiscalYear) : null;
  return { date: today, relation, position };
}

export interface MonthTick {
  /** First day of the month. */
  date: Date;
  start: number;
  width: number;
}

/** The twelve months of the fiscal year as columns of the timeline. */
export function monthTicks(fiscalYear: number): MonthTick[] {
  return fiscalYearMonths(fiscalYear).map((date) => {
    const next = calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 2, 1);
    const start = fractionOfYear(date, fiscalYear);
    return { date, start, width: fractionOfYear(next, fiscalYear) - start };
  });
}

/** A fraction as a CSS percentage with enough precision to place a day (1/366 ≈ 0.27 %). */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}%`;
}

/**
 * Today's calendar day in Thailand (UTC+7) at UTC midnight, like every stored date; `override`
 * (an ISO day such as "2024-03-15", from PRONGSAI_TODAY) fixes it for tests and reproducible builds.
 */
export function calendarToday(now: Date, override?: string): Date {
  if (override) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(override.trim());
    if (!m)
      throw new Error(
        `PRONGSAI_TODAY ต้องเป็นวันที่แบบ YYYY-MM-DD / expected PRONGSAI_TODAY as YYYY-MM-DD, got "${override}"`,
      );
    return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Bangkok',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number);
  return calendarDate(parts[0]!, parts[1]!, parts[2]!);
}

export interface TimelineRow<T> {
  item: T;
  range: DateRange;
  bar: Bar;
  /** Today against the row's timeframe: not started yet, running, or ended. */
  relation: Relation;
}

export interface Timeline<T> {
  fiscalYear: number;
  year: DateRange;
  months: (MonthTick & { label: string })[];
  today: TodayMarker;
  rows: TimelineRow<T>[];
}

/** The timeline of a fiscal year for items with a timeframe (a plan's topics), seen from `today`. */
export function buildTimeline<T extends { timeframe: DateRange }>(
  fiscalYear: number,
  items: readonly T[],
  today: Date,
): Timeline<T> {
  return {
    fiscalYear,
    year: fiscalYearRange(fiscalYear),
    months: monthTicks(fiscalYear).map((m) => ({ ...m, label: THAI_MONTHS[m.date.getUTCMonth()]!.abbr })),
    today: todayMarker(today, fiscalYear),
    rows: items.map((item) => ({
      item,
      range: item.timeframe,
      bar: timelineBar(item.timeframe, fiscalYear),
      relation: relationTo(today, item.timeframe),
    })),
  };
}

/** How a timeframe stands against today, in words. */
export const RELATION_LABELS: Record<Relation, string> = {
  before: 'ยังไม่ถึงวันเริ่ม',
  during: 'อยู่ในระยะเวลาดำเนินงาน',
  after: 'สิ้นสุดระยะเวลาแล้ว',
};

/** Where today stands against a fiscal year (`fiscalYearText`, in the site's digits), as a sentence. */
export function describeToday(relation: Relation, fiscalYearText: string): string {
  return {
    before: `ปีงบประมาณ ${fiscalYearText} ยังไม่เริ่ม`,
    during: `วันนี้อยู่ในปีงบประมาณ ${fiscalYearText} (เส้นแนวตั้ง "วันนี้" บนแผนภาพ)`,
    after: `ปีงบประมาณ ${fiscalYearText} สิ้นสุดแล้ว`,
  }[relation];
}

/**
 * The one timeframe every row shares, when there are several rows and all run over the same days: the
 * timeline then draws one bar and says so once, instead of a column of identical bars and dates.
 */
export function sharedRange<T>(rows: readonly TimelineRow<T>[]): TimelineRow<T> | undefined {
  const [first, ...rest] = rows;
  if (!first || !rest.length) return undefined;
  const same = (a: DateRange, b: DateRange) =>
    a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
  return rest.every((r) => same(r.range, first.range)) ? first : undefined;
}

/** What the timeline draws: one shared row (with the topics' first and last numbers) or every row. */
export interface TimelineRows<T> {
  rows: TimelineRow<T>[];
  /** Set when every topic runs over the same days: the topics' number range and whether it is the whole year. */
  shared?: { row: TimelineRow<T>; first: number; last: number; wholeYear: boolean };
}

/** The rows to draw: the shared one when every topic runs over the same days (sharedRange), else each. */
export function timelineRows<T extends { number: number }>(rows: readonly TimelineRow<T>[]): TimelineRows<T> {
  const row = sharedRange(rows);
  if (!row) return { rows: [...rows] };
  const numbers = rows.map((r) => r.item.number);
  const wholeYear = !row.bar.startsBefore && !row.bar.endsAfter && row.bar.width === 1;
  return { rows: [row], shared: { row, first: Math.min(...numbers), last: Math.max(...numbers), wholeYear } };
}

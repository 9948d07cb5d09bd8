/**
 * The OIT self-check: for each checklist item of a year's framework, is it published (ok), not
 * published (missing), or published but out of date (stale)? Example entries count as missing.
 * "today" is a parameter so the same content gives the same answer in tests.
 */
import { fiscalYearMonths, fiscalYearRange } from '../thai/fiscal-year';
import { formatThaiMonth, formatYear } from '../thai/format';
import type { Evidence } from './evidence';
import { itemPageSlugs, type OitFramework, type OitItem } from '../../schemas/oit';

export type CoverageStatus = 'ok' | 'missing' | 'stale';

export const STATUS_LABELS: Record<CoverageStatus, string> = {
  ok: 'ครบถ้วน',
  missing: 'ยังไม่มีข้อมูล',
  stale: 'ยังไม่เป็นปัจจุบัน',
};

export interface ItemCoverage {
  item: OitItem;
  status: CoverageStatus;
  /** Why, in Thai, for staff and assessors. */
  reason: string;
  /** Every entry evidencing the item, newest first (examples included, flagged). */
  evidence: Evidence[];
  /** Only example entries evidence the item: published for the demonstration, counted as missing. */
  exampleOnly: boolean;
  /** The entries to show for this year: those of the target fiscal year when there are any, else all. */
  shown: Evidence[];
  /** The newest date among the entries shown. */
  lastUpdated?: Date | undefined;
  /** Monthly items: the months that have passed and have no real entry ("YYYY-MM"). */
  missingMonths: string[];
  /** The fiscal year the evidence must be of. */
  targetYear: number;
}

export interface FrameworkCoverage {
  year: number;
  items: ItemCoverage[];
  counts: Record<CoverageStatus, number>;
}

const ym = (d: Date) => d.toISOString().slice(0, 7);

/** Months of a fiscal year that have ended by `today` ("YYYY-MM"), October first. */
export function monthsDue(fiscalYear: number, today: Date): string[] {
  return fiscalYearMonths(fiscalYear)
    .filter((start) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) <= today)
    .map(ym);
}

const y = (n: number) => formatYear(n);

export function itemCoverage(item: OitItem, all: Evidence[], assessedYear: number, today: Date): ItemCoverage {
  const slugs = itemPageSlugs(item);
  const evidence = all
    .filter((e) => e.items.some((s) => slugs.includes(s)))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const real = evidence.filter((e) => !e.example);
  const target = assessedYear + item.fiscalYearOffset;
  const { start, end } = fiscalYearRange(target);
  const ofTarget = evidence.filter((e) =>
    item.timeRule === 'none'
      ? // Stryker disable next-line BooleanLiteral: with no entry kept, every entry is shown anyway
        true
      : item.timeRule === 'updated-in-year'
        ? e.date >= start && e.date <= end
        : e.fiscalYear === target,
  );
  const shown = ofTarget.length ? ofTarget : evidence;
  const base = {
    item,
    evidence,
    shown,
    exampleOnly: evidence.length > 0 && real.length === 0,
    lastUpdated: shown[0]?.date,
    missingMonths: [] as string[],
    targetYear: target,
  };
  // Real entries of other fiscal years only (a monthly item: any other with a real entry is never
  // missing): the item is missing for the year assessed, and says so, so a page listing those entries
  // never contradicts its own status.
  const otherYears = [...new Set(real.map((e) => e.fiscalYear))].filter((fy) => fy !== target).sort((a, b) => b - a);
  const missing = (): ItemCoverage => ({
    ...base,
    status: 'missing',
    reason: base.exampleOnly
      ? 'มีเฉพาะข้อมูลตัวอย่าง ยังไม่มีข้อมูลจริงของหน่วยงาน'
      : otherYears.length > 0
        ? `ยังไม่มีข้อมูลของปีงบประมาณ ${y(target)} ที่ประเมิน (มีเฉพาะปีงบประมาณ ${otherYears.map(y).join(', ')})`
        : 'ยังไม่มีข้อมูลที่เผยแพร่',
  });
  if (real.length === 0 && item.timeRule !== 'monthly') return missing();

  switch (item.timeRule) {
    case 'none':
      return { ...base, status: 'ok', reason: 'เผยแพร่แล้ว' };
    case 'fiscal-year':
    case 'six-month': {
      if (real.some((e) => e.fiscalYear === target))
        return { ...base, status: 'ok', reason: `เผยแพร่ข้อมูลปีงบประมาณ ${y(target)} แล้ว` };
      const years = [...new Set(real.map((e) => e.fiscalYear))].sort((a, b) => b - a).map(y);
      return {
        ...base,
        status: 'stale',
        reason: `มีเฉพาะข้อมูลปีงบประมาณ ${years.join(', ')} ต้องเป็นข้อมูลปีงบประมาณ ${y(target)}`,
      };
    }
    case 'updated-in-year': {
      if (real.some((e) => e.date >= start && e.date <= end))
        return { ...base, status: 'ok', reason: `ปรับปรุงในปีงบประมาณ ${y(target)} แล้ว` };
      return { ...base, status: 'stale', reason: `ยังไม่ได้ปรับปรุงข้อมูลในปีงบประมาณ ${y(target)}` };
    }
    case 'monthly': {
      const due = monthsDue(target, today);
      const published = new Set(real.filter((e) => e.month && e.fiscalYear === target).map((e) => e.month!));
      const missingMonths = due.filter((m) => !published.has(m));
      if (published.size === 0 && due.length > 0) return { ...missing(), missingMonths };
      if (missingMonths.length > 0) {
        return {
          ...base,
          missingMonths,
          status: 'stale',
          reason: `ขาดข้อมูลเดือน ${missingMonths.map((m) => formatThaiMonth(m, 'short')).join(', ')}`,
        };
      }
      return {
        ...base,
        status: 'ok',
        reason: due.length
          ? `ครบทุกเดือนที่ผ่านมาแล้วของปีงบประมาณ ${y(target)} (${due.length} เดือน)`
          : `ยังไม่มีเดือนที่ครบกำหนดของปีงบประมาณ ${y(target)}`,
      };
    }
  }
}

export function frameworkCoverage(framework: OitFramework, evidence: Evidence[], today: Date): FrameworkCoverage {
  const items = framework.items.map((item) => itemCoverage(item, evidence, framework.year, today));
  const counts = { ok: 0, missing: 0, stale: 0 };
  for (const c of items) counts[c.status]++;
  return { year: framework.year, items, counts };
}

/** What staff are told of an item whose code or title was not checked against the NACC's manual. */
export const UNVERIFIED_NOTE = 'ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช.';

/**
 * The one line the build prints (for staff), e.g. "OIT 2568: ครบถ้วน 20 · ยังไม่มีข้อมูล 4 ·
 * ยังไม่เป็นปัจจุบัน 2 (จาก 26 รายการ; ยังไม่ได้ยืนยันกับคู่มือของ ป.ป.ช. 26 รายการ)".
 */
export function summaryLine(c: FrameworkCoverage): string {
  const unverified = c.items.filter((i) => !i.item.verified).length;
  const note = unverified ? `; ${UNVERIFIED_NOTE} ${unverified} รายการ` : '';
  return `OIT ${c.year}: ${STATUS_LABELS.ok} ${c.counts.ok} · ${STATUS_LABELS.missing} ${c.counts.missing} · ${STATUS_LABELS.stale} ${c.counts.stale} (จาก ${c.items.length} รายการ${note})`;
}

/** The framework the site presents as current: the latest year present. */
export function currentFramework<T extends { year: number }>(frameworks: T[]): T | undefined {
  return [...frameworks].sort((a, b) => b.year - a.year)[0];
}

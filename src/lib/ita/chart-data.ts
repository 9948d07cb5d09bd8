/**
 * The shape every chart is drawn from: a table. The server renders it as a real <table>; the client
 * script reads the same table to draw the chart, so the figures can never disagree.
 */
import type { AssessmentResult } from './scoring';
import { indicatorHistory } from './scoring';
import { routes } from '../site/routes';

export interface ChartRow {
  label: string;
  href?: string;
  /** One value per series; null where a series has no figure for this row. */
  values: (number | null)[];
  /** Text columns after the figures (e.g. pass/fail); never drawn. */
  notes?: string[];
}

export interface ChartGroup {
  /** A heading row above the group (e.g. the tool), or null for an ungrouped table. */
  label: string | null;
  rows: ChartRow[];
}

export interface ChartTable {
  caption: string;
  /** What the first column holds, e.g. "ตัวชี้วัด". */
  rowHeader: string;
  series: string[];
  noteHeaders?: string[];
  groups: ChartGroup[];
  passMark: number;
}

export const PASS_TEXT = { passed: 'ผ่านเกณฑ์', failed: 'ต่ำกว่าเกณฑ์' } as const;

const passNote = (score: number, passMark: number) => (score >= passMark ? PASS_TEXT.passed : PASS_TEXT.failed);

/**
 * The year overview: the ten indicators, grouped by tool, against the pass mark. `formatNumber`
 * writes years and indicator numbers in the organization's digits.
 */
export function assessmentChart(result: AssessmentResult, formatNumber: (n: number) => string): ChartTable {
  const withReference = result.reference !== undefined;
  return {
    caption: `คะแนนรายตัวชี้วัด ITA ปี ${formatNumber(result.year)} เทียบกับเกณฑ์ผ่าน ${formatNumber(result.passMark)} คะแนน`,
    rowHeader: 'ตัวชี้วัด',
    series: withReference ? ['คะแนน', result.reference!.label] : ['คะแนน'],
    noteHeaders: ['ผลเทียบเกณฑ์'],
    passMark: result.passMark,
    groups: result.tools.map((tool) => ({
      label: `${tool.code} ${tool.name}`,
      rows: tool.indicators.map((ind) => ({
        label: `${formatNumber(ind.number)}. ${ind.name}`,
        href: routes.indicator(result.year, ind.slug),
        values: withReference ? [ind.score, ind.reference ?? null] : [ind.score],
        notes: [passNote(ind.score, result.passMark)],
      })),
    })),
  };
}

/** One indicator across every assessment year present, against the pass mark. */
export function indicatorChart(
  results: AssessmentResult[],
  slug: string,
  name: string,
  formatYear: (y: number) => string,
): ChartTable {
  const history = indicatorHistory(results, slug);
  const latest = [...results].sort((a, b) => b.year - a.year).find((r) => r.indicators.some((i) => i.slug === slug));
  if (!latest) throw new RangeError(`No assessment has the indicator ${slug}`);
  const passMark = latest.passMark;
  return {
    caption: `คะแนนตัวชี้วัด${name} ในแต่ละปีที่ประเมิน เทียบกับเกณฑ์ผ่าน ${formatYear(passMark)} คะแนน`,
    rowHeader: 'ปีที่ประเมิน',
    series: ['คะแนน'],
    noteHeaders: ['ผลเทียบเกณฑ์'],
    passMark,
    groups: [
      {
        label: null,
        rows: history.map((h) => ({
          label: `ITA ${formatYear(h.year)}`,
          href: routes.indicator(h.year, slug),
          values: [h.score],
          notes: [passNote(h.score, passMark)],
        })),
      },
    ],
  };
}

/** The totals of every assessment year, oldest first: the trend. */
export function trendChart(results: AssessmentResult[], formatYear: (y: number) => string): ChartTable {
  const sorted = [...results].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1);
  if (!latest) throw new RangeError('A trend needs at least one assessment');
  const passMark = latest.passMark;
  return {
    caption: `คะแนนรวม ITA ในแต่ละปี เทียบกับเกณฑ์ผ่าน ${formatYear(passMark)} คะแนน`,
    rowHeader: 'ปีที่ประเมิน',
    series: ['คะแนนรวม'],
    noteHeaders: ['ระดับ', 'ผลเทียบเกณฑ์'],
    passMark,
    groups: [
      {
        label: null,
        rows: sorted.map((r) => ({
          label: `ITA ${formatYear(r.year)}`,
          href: routes.itaYear(r.year),
          values: [r.total],
          notes: [r.level, passNote(r.total, r.passMark)],
        })),
      },
    ],
  };
}

/**
 * The organization's own forecast of its OIT score, from its self-check (coverage.ts), scored the way
 * the NACC scores the OIT: each item 100 (published, complete) or 0; a sub-indicator is the share of its
 * items that pass (×100); an indicator (9, 10) is the mean of its sub-indicators (9.1–9.5 → 9,
 * 10.1–10.2 → 10); the OIT tool is the mean of its indicators. Every step is rounded to two decimals as
 * the NACC publishes it (round2 of the scoring module). This is a forecast, never an NACC result.
 *
 * A sub-indicator exists only through its items: one with no items in a year's checklist is left out of
 * its indicator's mean rather than counted as 0 (the NACC scores what its manual lists; a sub-indicator
 * without items has nothing to score). Likewise an indicator with no items is left out of the OIT mean.
 */
import { levelFor, round2 } from '../ita/scoring';
import type { CoverageStatus } from './coverage';
import type { ItaFramework } from '../../schemas/ita';
import type { OitItem } from '../../schemas/oit';

/** What the forecast needs of one item's self-check: a FrameworkCoverage's items fit as they are. */
export interface ForecastInputItem {
  item: Pick<OitItem, 'code' | 'slug' | 'title' | 'subIndicator'>;
  status: CoverageStatus;
}

/** One sub-indicator's forecast: how many of its items pass and the score (two decimals). */
export interface SubIndicatorForecast {
  /** The sub-indicator's code ("9.1"). */
  code: string;
  passing: number;
  items: number;
  score: number;
}

/** One indicator's forecast (9 or 10): the mean of its sub-indicators (two decimals). */
export interface IndicatorForecast {
  /** The indicator's number: the part of the sub-indicator codes before the dot. */
  number: number;
  score: number;
  subIndicators: SubIndicatorForecast[];
}

/** The OIT tool's forecast: the mean of its indicators (two decimals). */
export interface OitForecast {
  oit: number;
  indicators: IndicatorForecast[];
}

/** The forecast total and its level from the OIT forecast and the other tools' latest averages. */
export interface TotalForecast {
  /** Weighted total of the tools' averages (two decimals), as the NACC computes the total. */
  total: number;
  /** The level's name under the framework's rule (ผ่าน, ต้องปรับปรุง, …). */
  level: string;
  passed: boolean;
  /** Every tool's average used, by tool code, the OIT's being the forecast. */
  toolAverages: Record<string, number>;
}

/** What the total needs: the framework's tools and levels and the latest averages of the other tools. */
export interface TotalInput {
  framework: Pick<ItaFramework, 'tools' | 'levels'>;
  /** The latest published average of every tool but the OIT, by tool code (IIT, EIT). */
  averages: Readonly<Record<string, number>>;
}

/** An item not passing yet and what publishing it would add to the forecast. */
export interface ItemGain {
  code: string;
  slug: string;
  title: string;
  subIndicator: string;
  status: Exclude<CoverageStatus, 'ok'>;
  /** Forecast OIT with the item passing minus without (two decimals). */
  oitGain: number;
  /** Forecast total with the item passing minus without (two decimals), when a TotalInput was given. */
  totalGain?: number;
}

/** The code of the OIT tool in the ITA framework. */
export const OIT_TOOL = 'OIT';

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const naturalOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** The indicator number of a sub-indicator code: "10.2" → 10. */
const indicatorOf = (subIndicator: string) => Number(subIndicator.split('.')[0]);

/**
 * Forecasts each sub-indicator, indicators 9 and 10 and the OIT tool from a year's self-check (a
 * FrameworkCoverage's items as they are). A checklist with no items forecasts an OIT of 0.
 */
export function forecastOit(items: readonly ForecastInputItem[]): OitForecast {
  const subs = new Map<string, { passing: number; items: number }>();
  for (const { item, status } of items) {
    const sub = subs.get(item.subIndicator) ?? { passing: 0, items: 0 };
    sub.items++;
    if (status === 'ok') sub.passing++;
    subs.set(item.subIndicator, sub);
  }
  const byIndicator = new Map<number, SubIndicatorForecast[]>();
  for (const [code, { passing, items: count }] of [...subs].sort(([a], [b]) => naturalOrder(a, b))) {
    const number = indicatorOf(code);
    byIndicator.set(number, [
      ...(byIndicator.get(number) ?? []),
      { code, passing, items: count, score: round2((passing / count) * 100) },
    ]);
  }
  // The sub-indicators were taken in natural order, so the indicators already come in number order; the
  // sort states it rather than relying on it.
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent, as above
  const inNumberOrder = [...byIndicator].sort(([a], [b]) => a - b);
  const indicators = inNumberOrder.map(([number, subIndicators]) => ({
    number,
    score: round2(mean(subIndicators.map((s) => s.score))),
    subIndicators,
  }));
  return { oit: indicators.length ? round2(mean(indicators.map((i) => i.score))) : 0, indicators };
}

/**
 * The forecast total and level: the framework's weighted total of the tools' averages (the OIT's being
 * the forecast), rounded to two decimals, and the level its rule gives with every tool's average.
 */
export function forecastTotal(oit: number, { framework, averages }: TotalInput): TotalForecast {
  const toolAverages: Record<string, number> = {};
  for (const tool of framework.tools) {
    const average = tool.code === OIT_TOOL ? oit : averages[tool.code];
    if (average === undefined) throw new RangeError(`No average for the tool ${tool.code}`);
    toolAverages[tool.code] = average;
  }
  const total = round2(framework.tools.reduce((sum, t) => sum + (toolAverages[t.code]! * t.weight) / 100, 0));
  const level = levelFor(total, Object.values(toolAverages), framework.levels);
  return { total, level: level.name, passed: level.passes, toolAverages };
}

/**
 * The items not passing yet, those that would raise the forecast most if published first: by the gain in
 * the OIT forecast (the total is a rising function of it), then by code in natural order (O2 before O10).
 * With a TotalInput each item also carries its gain in the forecast total.
 */
export function itemsByGain(items: readonly ForecastInputItem[], total?: TotalInput): ItemGain[] {
  const before = forecastOit(items).oit;
  const totalBefore = total && forecastTotal(before, total).total;
  return items
    .flatMap((entry, index): ItemGain[] => {
      if (entry.status === 'ok') return [];
      const after = forecastOit(items.map((e, i) => (i === index ? { ...e, status: 'ok' as const } : e))).oit;
      const { code, slug, title, subIndicator } = entry.item;
      return [
        {
          code,
          slug,
          title,
          subIndicator,
          status: entry.status,
          oitGain: round2(after - before),
          // totalBefore is a number exactly when total is given; the second check is for the type checker.
          // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, as above
          ...(total && totalBefore !== undefined
            ? { totalGain: round2(forecastTotal(after, total).total - totalBefore) }
            : {}),
        },
      ];
    })
    .sort((a, b) => b.oitGain - a.oitGain || naturalOrder(a.code, b.code));
}

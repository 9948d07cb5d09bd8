/**
 * What the OIT year page and `npm run oit` show of the forecast: the forecast of src/lib/oit/forecast.ts
 * with the sub-indicators' names, the total with the latest IIT and EIT results, and the first items to
 * publish. Pure: the caller hands in the year's self-check, its checklist and the latest assessment.
 */
import type { AssessmentResult } from '../ita/scoring';
import type { ItaFramework } from '../../schemas/ita';
import type { OitFramework } from '../../schemas/oit';
import type { FrameworkCoverage } from './coverage';
import { forecastOit, forecastTotal, itemsByGain, OIT_TOOL, type ItemGain, type TotalForecast } from './forecast';

export interface OitYearForecast {
  year: number;
  oit: number;
  indicators: {
    number: number;
    score: number;
    subIndicators: { code: string; name: string; passing: number; items: number; score: number }[];
  }[];
  /** With the other tools' averages of the latest assessment, when there is one and its framework. */
  total?: TotalForecast & { basedOnYear: number; otherTools: { code: string; average: number }[] };
  /** The items to publish first (at most `maxGains`). */
  gains: ItemGain[];
}

export interface ForecastSources {
  coverage: FrameworkCoverage;
  checklist: Pick<OitFramework, 'year' | 'subIndicators'>;
  /** The newest assessment result and the ITA framework of the checklist's year (or the newest). */
  latest?: { result: AssessmentResult; framework: ItaFramework } | undefined;
  maxGains?: number;
}

/** The forecast of one year's checklist, ready to show. */
export function forecastForYear({ coverage, checklist, latest, maxGains = 5 }: ForecastSources): OitYearForecast {
  const names = new Map(checklist.subIndicators.map((s) => [s.code, s.name]));
  const forecast = forecastOit(coverage.items);
  // Stryker disable next-line ArrayDeclaration: without a latest result there is no total to use them
  const otherTools = latest ? latest.result.tools.filter((t) => t.code !== OIT_TOOL) : [];
  const averages = Object.fromEntries(otherTools.map((t) => [t.code, t.average]));
  const totalInput = latest && { framework: latest.framework, averages };
  return {
    year: checklist.year,
    oit: forecast.oit,
    indicators: forecast.indicators.map((indicator) => ({
      ...indicator,
      subIndicators: indicator.subIndicators.map((s) => ({ ...s, name: names.get(s.code) ?? '' })),
    })),
    // Stryker disable next-line LogicalOperator: totalInput exists exactly when latest does
    ...(latest && totalInput
      ? {
          total: {
            ...forecastTotal(forecast.oit, totalInput),
            basedOnYear: latest.result.year,
            otherTools: otherTools.map((t) => ({ code: t.code, average: t.average })),
          },
        }
      : {}),
    gains: itemsByGain(coverage.items, totalInput).slice(0, maxGains),
  };
}

/**
 * The assessment a year's forecast takes its IIT and EIT from: the newest result, with the ITA framework
 * of the checklist's year (or, without one, of the result's own year).
 */
export function latestForChecklist(
  year: number,
  results: readonly AssessmentResult[],
  frameworks: ReadonlyMap<number, ItaFramework>,
): ForecastSources['latest'] {
  const newest = [...results].sort((a, b) => b.year - a.year)[0];
  const framework = frameworks.get(year) ?? (newest && frameworks.get(newest.year));
  return newest && framework ? { result: newest, framework } : undefined;
}

/**
 * Whether a public page may show the forecast of `year`: only for the current checklist's year, and
 * only while no result of that year is published. Staff see every year's forecast (npm run oit).
 */
export function forecastShown(
  year: number,
  currentYear: number | undefined,
  results: readonly Pick<AssessmentResult, 'year'>[],
): boolean {
  return year === currentYear && !results.some((r) => r.year === year);
}

/** View models of the ITA pages: the index of years, one year, and one indicator of one year. */
import { assessmentChart, indicatorChart, trendChart } from '../../lib/ita/chart-data';
import { measuresForIndicator } from '../../lib/ita/measures';
import { passMarkGap, passMarkGapLabel } from '../../lib/ita/pass-mark';
import { totalChange, weakestIndicators } from '../../lib/ita/scoring';
import { itaScores } from '../../lib/open-data/datasets';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { formatYear } from '../../lib/thai/format';
import { getFormatOptions, getPlans, getResults } from '../site';
import { itaReportLink } from './prose-pages';

export async function itaIndexPage() {
  const format = await getFormatOptions();
  const results = await getResults();
  const year = (y: number) => formatYear(y, format);
  return {
    format,
    results,
    /** The trend chart needs two years at least. */
    trend: results.length >= 2 ? trendChart(results, year) : undefined,
    dataset: itaScores,
    search: { type: CONTENT_TYPES.itaResult },
  };
}

export async function itaYearPaths() {
  const results = await getResults();
  return results.map((result) => ({ params: { year: String(result.year) }, props: { year: result.year } }));
}

/** One assessment year: its result, the change from the year before, its chart and its weakest indicators. */
export async function itaYearPage(year: number) {
  const format = await getFormatOptions();
  const results = await getResults();
  const plans = await getPlans();
  const result = results.find((r) => r.year === year)!;
  const previous = results[results.indexOf(result) + 1];
  return {
    format,
    result,
    yearText: formatYear(result.year, format),
    change: totalChange(result, previous),
    previousYear: previous?.year,
    chart: assessmentChart(result, (n) => formatYear(n, format)),
    dataset: itaScores,
    /** Below the pass mark, weakest first, each with the measures planned to improve it. */
    weakest: weakestIndicators(result).map((indicator) => ({
      indicator,
      measures: measuresForIndicator(plans, result.year, indicator.slug),
    })),
    search: { type: CONTENT_TYPES.itaResult, fiscalYear: result.year, keywords: ['ผลการประเมิน ITA', 'คะแนนรวม'] },
    /** The organization's own analysis of this year (content/ita/reports/<year>.mdx), when written. */
    reportHref: await itaReportLink(result.year),
  };
}

export async function indicatorPaths() {
  const results = await getResults();
  return results.flatMap((result) =>
    result.indicators.map((indicator) => ({
      params: { year: String(result.year), indicator: indicator.slug },
      props: { year: result.year, slug: indicator.slug },
    })),
  );
}

/** One indicator of one year: its score against the pass mark, its tool, measures, history and neighbours. */
export async function indicatorPage(year: number, slug: string) {
  const format = await getFormatOptions();
  const results = await getResults();
  const result = results.find((r) => r.year === year)!;
  const indicator = result.indicators.find((i) => i.slug === slug)!;
  const index = result.indicators.indexOf(indicator);
  const yearOf = (y: number) => formatYear(y, format);
  return {
    format,
    /** A year or a number in the site's digits. */
    year: yearOf,
    result,
    indicator,
    yearText: yearOf(result.year),
    tool: result.tools.find((t) => t.code === indicator.tool)!,
    /** How far the score is from the pass mark, what that distance is called, and whether it is exactly the mark. */
    gap: {
      amount: passMarkGap(indicator.score, result.passMark),
      label: passMarkGapLabel(indicator.score, result.passMark),
      atMark: indicator.score === result.passMark,
    },
    measures: measuresForIndicator(await getPlans(), result.year, indicator.slug),
    chart: indicatorChart(results, indicator.slug, indicator.name, yearOf),
    dataset: itaScores,
    previous: result.indicators[index - 1],
    next: result.indicators[index + 1],
    search: { type: CONTENT_TYPES.indicator, fiscalYear: result.year, keywords: [indicator.name, indicator.nameEn] },
  };
}

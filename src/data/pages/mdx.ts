/**
 * What the components staff use inside MDX show (src/components/mdx/): a score, a year's table, an
 * indicator's chart, the measures for an indicator, an OIT item's documents. The content check has
 * refused every wrong prop with the file and line (src/lib/content-check/prose-rules.ts); these
 * functions still throw on one, in Thai and English, as a backstop.
 */
import { assessmentChart, indicatorChart } from '../../lib/ita/chart-data';
import { measuresForIndicator, STATUS_LABELS } from '../../lib/ita/measures';
import { entriesForItem } from '../../lib/oit/item-entries';
import { itaScores } from '../../lib/open-data/datasets';
import { routes } from '../../lib/site/routes';
import { formatScore, formatThaiDate, formatYear, isoDate } from '../../lib/thai/format';
import { itemPageSlugs } from '../../schemas/oit';
import { href } from '../href';
import { getOitData } from '../oit';
import { getFormatOptions, getPlans, getResults } from '../site';

async function resultOf(component: string, year: number) {
  const result = (await getResults()).find((r) => r.year === year);
  if (!result)
    throw new Error(`<${component}>: ไม่มีผลการประเมิน ITA ปี ${year} / no ITA assessment for ${year} (npm run check)`);
  return result;
}

async function indicatorOf(component: string, year: number, slug: string) {
  const result = await resultOf(component, year);
  const indicator = result.indicators.find((i) => i.slug === slug);
  if (!indicator)
    throw new Error(`<${component}>: ไม่มีตัวชี้วัด ${slug} ใน ITA ปี ${year} / no indicator ${slug} in ${year}`);
  return { result, indicator };
}

/** A score as the site writes it, with its page: an indicator's, or the year's total. */
export async function mdxScore(year: number, indicator?: string) {
  const format = await getFormatOptions();
  if (indicator === undefined) {
    const result = await resultOf('Score', year);
    return {
      value: result.total,
      text: formatScore(result.total, format),
      href: href(routes.itaYear(year)),
      label: `คะแนนรวม ITA ปี ${formatYear(year, format)}`,
    };
  }
  const found = await indicatorOf('Score', year, indicator);
  return {
    value: found.indicator.score,
    text: formatScore(found.indicator.score, format),
    href: href(routes.indicator(year, indicator)),
    label: `คะแนนตัวชี้วัด${found.indicator.name} ITA ปี ${formatYear(year, format)}`,
  };
}

/** A year's scores as the chart's table (every indicator against the pass mark). */
export async function mdxScoreTable(year: number) {
  const format = await getFormatOptions();
  const result = await resultOf('ScoreTable', year);
  return {
    format,
    chart: assessmentChart(result, (n) => formatYear(n, format)),
    dataset: itaScores,
    id: `scores-${year}`,
    caption: `คะแนนรายตัวชี้วัด เกณฑ์ผ่าน ${formatYear(result.passMark, format)} คะแนน`,
  };
}

/** One indicator across the years, as a chart with its table. */
export async function mdxIndicatorChart(year: number, slug: string) {
  const format = await getFormatOptions();
  const { indicator } = await indicatorOf('IndicatorChart', year, slug);
  const chart = indicatorChart(await getResults(), slug, indicator.name, (y) => formatYear(y, format));
  return { format, chart, dataset: itaScores, id: `chart-${year}-${slug}` };
}

/** The measures planned after `year`'s assessment for one indicator, with their status. */
export async function mdxMeasures(year: number, slug: string) {
  const format = await getFormatOptions();
  const { indicator } = await indicatorOf('Measures', year, slug);
  const topics = measuresForIndicator(await getPlans(), year, slug);
  if (!topics.length)
    throw new Error(`<Measures>: ไม่มีแผนมาตรการจาก ITA ปี ${year} / no measures plan for the ${year} assessment`);
  return {
    caption: `มาตรการที่มุ่งยกระดับตัวชี้วัด${indicator.name}`,
    topics: topics.map((t) => ({
      href: href(routes.measuresTopic(t.fiscalYear, t.topic.slug)),
      title: `ปีงบประมาณ ${formatYear(t.fiscalYear, format)} หัวข้อที่ ${formatYear(t.topic.number, format)} ${t.topic.title}`,
      measures: t.measures.map((m) => ({ text: m.text, status: STATUS_LABELS[m.status] })),
    })),
  };
}

/** The documents and disclosures published for an OIT item, newest first, with the item's page. */
export async function mdxOitDocuments(slug: string) {
  const format = await getFormatOptions();
  const { frameworks, documents, disclosures } = await getOitData();
  const item = frameworks.flatMap((fw) => fw.items).find((i) => itemPageSlugs(i).includes(slug));
  if (!item) throw new Error(`<OitDocuments>: ไม่มีรายการ OIT ${slug} / no OIT item ${slug}`);
  const slugs = itemPageSlugs(item);
  const entry = (title: string, path: string, date: Date, example: boolean) => ({
    title,
    href: href(path),
    date: isoDate(date),
    dateText: formatThaiDate(date, 'long', format),
    example,
  });
  return {
    title: item.title,
    itemHref: href(routes.oitItem(slug)),
    // Documents and disclosures together, newest first (ISO dates sort as text).
    entries: [
      ...entriesForItem(documents, slugs).map((d) =>
        entry(d.data.title, routes.document(d.id), d.data.date, d.data.example),
      ),
      ...entriesForItem(disclosures, slugs).map((d) =>
        entry(d.data.title, `${routes.oitItem(item.slug)}#${d.id}`, d.data.date, d.data.example),
      ),
    ].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** View models of the standalone pages (/<slug>/) and of each year's ITA report (/ita/<year>/report/). */
import { PAGE_SECTIONS } from '../../schemas/pages';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { routes } from '../../lib/site/routes';
import { formatYear } from '../../lib/thai/format';
import { href } from '../href';
import { getContentPages, getItaReports, renderProse } from '../prose';
import { getFormatOptions, getPlans, getResults } from '../site';

/** How the footer and the breadcrumbs name each section of pages. */
export const PAGE_SECTION_LABELS: Record<(typeof PAGE_SECTIONS)[number], string> = {
  about: 'เกี่ยวกับหน่วยงาน',
  services: 'บริการประชาชน',
};

export async function contentPagePaths() {
  return (await getContentPages()).map((e) => ({ params: { slug: e.id }, props: { slug: e.id } }));
}

export async function contentPage(slug: string) {
  const entry = (await getContentPages()).find((e) => e.id === slug)!;
  const { Content } = await renderProse(entry);
  const section = entry.data.navigation?.section;
  return {
    Content,
    data: entry.data,
    sectionLabel: section ? PAGE_SECTION_LABELS[section] : undefined,
    search: { type: CONTENT_TYPES.page, keywords: [entry.data.title] },
  };
}

/** The pages listed in a section, by their order then title, for the footer. */
export async function pageSections() {
  const pages = await getContentPages();
  return PAGE_SECTIONS.map((section) => ({
    label: PAGE_SECTION_LABELS[section],
    links: pages
      .filter((p) => p.data.navigation?.section === section)
      .sort(
        (a, b) =>
          (a.data.navigation?.order ?? 0) - (b.data.navigation?.order ?? 0) ||
          a.data.title.localeCompare(b.data.title, 'th'),
      )
      .map((p) => ({ label: p.data.title, href: href(routes.contentPage(p.id)) })),
  })).filter((s) => s.links.length > 0);
}

export async function itaReportPaths() {
  return [...(await getItaReports()).keys()].map((year) => ({ params: { year: String(year) }, props: { year } }));
}

/** A year's report: its text (scores as live components), and the year's result and measures pages. */
export async function itaReportPage(year: number) {
  const format = await getFormatOptions();
  const entry = (await getItaReports()).get(year)!;
  const { Content } = await renderProse(entry);
  const result = (await getResults()).find((r) => r.year === year)!;
  const plans = (await getPlans()).filter((p) => p.assessmentYear === year);
  return {
    Content,
    data: entry.data,
    yearText: formatYear(year, format),
    level: result.level,
    measures: plans.map((p) => ({
      label: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ${formatYear(p.fiscalYear, format)}`,
      href: href(routes.measuresYear(p.fiscalYear)),
    })),
    search: { type: CONTENT_TYPES.itaResult, fiscalYear: year, keywords: [entry.data.title] },
  };
}

/** The link from a year's result page to its report, when there is one. */
export async function itaReportLink(year: number): Promise<string | undefined> {
  return (await getItaReports()).has(year) ? href(routes.itaReport(year)) : undefined;
}

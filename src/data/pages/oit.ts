/**
 * View models of the OIT pages: the index of the current year, each year's index, each checklist
 * item's page, each document's page and each fiscal year's procurement summaries.
 */
import { PROCUREMENT_MONTHLY_SLUG } from '../../lib/oit/evidence';
import { forecastForYear, forecastShown, latestForChecklist } from '../../lib/oit/forecast-view';
import { itasSheetRows, renderItasCsv } from '../../lib/oit/itas-sheet';
import {
  entriesForItem,
  itemCodes,
  measuresEvidence,
  monthsByFiscalYear,
  newestMonthsFirst,
  newsEvidence,
} from '../../lib/oit/item-entries';
import { itemLabels, itemPageLabel, itemTitle, ownItemTitle, TIME_RULE_LABELS } from '../../lib/oit/labels';
import { bidsText, procurementRecords } from '../../lib/oit/procurement-table';
import { fiscalYearMonthKeys, procurementYears } from '../../lib/oit/procurement-years';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { routes } from '../../lib/site/routes';
import { formatYear, isoDate } from '../../lib/thai/format';
import { absoluteHref, href } from '../href';
import { getOitData } from '../oit';
import { getFormatOptions, getFrameworks, getResults } from '../site';
import { itemPageSlugs, type OitItem } from '../../schemas/oit';

/** The index of the current framework (the newest year), with links to the other years. */
export async function oitIndexPage() {
  const format = await getFormatOptions();
  const { frameworks, current, coverage, today } = await getOitData();
  return {
    format,
    current,
    coverage: current ? coverage.get(current.year) : undefined,
    years: frameworks.map((f) => f.year),
    today,
    search: { type: CONTENT_TYPES.oitItem, fiscalYear: current?.year, keywords: ['OIT', 'การเปิดเผยข้อมูลสาธารณะ'] },
  };
}

export async function oitYearPaths() {
  const { frameworks } = await getOitData();
  return frameworks.map((fw) => ({ params: { year: String(fw.year) }, props: { year: fw.year } }));
}

export async function oitYearPage(year: number, site: URL | undefined) {
  const format = await getFormatOptions();
  const { frameworks, current, coverage, today } = await getOitData();
  const framework = frameworks.find((fw) => fw.year === year)!;
  const yearCoverage = coverage.get(year)!;
  const results = await getResults();
  return {
    format,
    framework,
    coverage: yearCoverage,
    years: frameworks.map((f) => f.year),
    today,
    yearText: formatYear(year, format),
    search: { type: CONTENT_TYPES.oitItem, fiscalYear: year },
    // The organization's own forecast belongs to the year still to be assessed only: never beside, or
    // against, a year whose assessment is over (its result is on the site, or a newer checklist exists).
    forecast: forecastShown(year, current?.year, results)
      ? forecastForYear({ coverage: yearCoverage, checklist: framework, latest: await latestAssessment(year) })
      : undefined,
    itas: itasSheetRows(framework.items, absoluteHref(routes.home(), site)),
  };
}

/** The newest assessment, with the ITA framework of the checklist's year (or the newest one). */
async function latestAssessment(year: number) {
  return latestForChecklist(year, await getResults(), await getFrameworks());
}

/** The ITAS sheet of a year as CSV: every item's code, title and the address to submit. */
export async function itasSheetCsv(year: number, site: URL | undefined): Promise<string> {
  const { frameworks } = await getOitData();
  const framework = frameworks.find((fw) => fw.year === year)!;
  return renderItasCsv(itasSheetRows(framework.items, absoluteHref(routes.home(), site)));
}

/** Every item of every framework, once: an item keeps its page (by slug) across years. */
export async function oitItemPaths() {
  const { frameworks } = await getOitData();
  const slugs = [...new Set(frameworks.flatMap((fw) => fw.items.flatMap(itemPageSlugs)))];
  return slugs.map((slug) => ({ params: { slug }, props: { slug } }));
}

/**
 * One checklist item as the newest year that lists it describes it: its codes in every year, its
 * status, and every entry that evidences it.
 */
export async function oitItemPage(slug: string) {
  const format = await getFormatOptions();
  const { frameworks, current, coverage, disclosures, documents, procurement, evidence } = await getOitData();
  // The newest year that serves the page: as the item itself, or as the item it was merged into.
  const serves = (i: OitItem) => itemPageSlugs(i).includes(slug);
  const framework = frameworks.find((fw) => fw.items.some(serves))!;
  const item = framework.items.find(serves)!;
  const status = coverage.get(framework.year)!.items.find((c) => c.item.slug === item.slug)!;
  const slugs = itemPageSlugs(item);
  const ownDisclosures = entriesForItem(disclosures, slugs);
  const ownDocuments = entriesForItem(documents, slugs);
  const months = slugs.includes(PROCUREMENT_MONTHLY_SLUG) ? newestMonthsFirst(procurement) : [];
  // Grouped by fiscal year, the one the status judges first: the list never contradicts the status.
  const monthGroups = months.length ? monthsByFiscalYear(months, status.targetYear) : [];
  // The measures plan and its progress are published on the plan's own page: linked, not copied.
  const measures = measuresEvidence(status.evidence).map((e) => ({
    ...e,
    href: href(e.links[0]?.path ?? routes.measures()),
  }));
  // News items written in content/news/ that name this item: linked to their own pages.
  const news = newsEvidence(evidence, slugs).map((e) => ({ ...e, href: href(e.links[0]?.path ?? routes.news()) }));
  return {
    format,
    n: (v: number) => formatYear(v, format),
    framework,
    item,
    status,
    codes: itemCodes(frameworks, slug),
    /** The other item pages this item serves (merged or replaced items), with their titles. */
    covers: slugs
      .filter((s) => s !== slug)
      .map((s) => ({ href: href(routes.oitItem(s)), title: ownItemTitle(frameworks, s) })),
    subIndicatorName: framework.subIndicators.find((s) => s.code === item.subIndicator)?.name,
    timeRuleLabel: TIME_RULE_LABELS[item.timeRule],
    ownDisclosures,
    ownDocuments,
    months,
    monthGroups,
    measures,
    news,
    empty: ownDisclosures.length + ownDocuments.length + months.length + measures.length + news.length === 0,
    // A page kept for an item merged into another shows that item: only the item's own page is indexed,
    // so a search lists each item once.
    search:
      slug === item.slug
        ? {
            type: CONTENT_TYPES.oitItem,
            fiscalYear: framework.year,
            oitItems: [itemPageLabel(item.code, item.title, framework.year, current?.year)],
            // The code ranks the page first only in the year that numbers the item so ("O21").
            keywords: framework.year === current?.year ? [item.title, item.code] : [item.title],
            date: status.lastUpdated ? isoDate(status.lastUpdated) : undefined,
          }
        : undefined,
  };
}

export async function documentPaths() {
  const { documents } = await getOitData();
  return documents.map((d) => ({ params: { slug: d.id }, props: { slug: d.id } }));
}

/** A document: its summary, its file, and the OIT items it evidences. */
export async function documentPage(slug: string) {
  const format = await getFormatOptions();
  const { current, frameworks, documents } = await getOitData();
  const doc = documents.find((d) => d.id === slug)!.data;
  return {
    format,
    doc,
    /** The summary's first paragraph. */
    description: doc.summary[0] ?? doc.title,
    items: doc.items.map((item) => ({ href: href(routes.oitItem(item)), title: itemTitle(frameworks, item) })),
    fileHref: href(doc.file),
    /** The file's kind as readers know it: PDF, DOCX… */
    extension: doc.file.split('.').pop()!.toUpperCase(),
    search: {
      type: CONTENT_TYPES.document,
      fiscalYear: doc.fiscalYear,
      oitItems: itemLabels(current, doc.items),
      units: doc.unit ? [doc.unit] : undefined,
      date: isoDate(doc.date),
    },
  };
}

/** Every fiscal year of procurement summaries, newest first, with its months published and missing. */
async function procurementYearList() {
  const { procurement, today, current } = await getOitData();
  // Up to the fiscal year the current ITA assesses (the monthly item's target year), listed even before
  // any of its months is published.
  const assessed = current?.items.find((i) => i.slug === PROCUREMENT_MONTHLY_SLUG);
  const through = current && (assessed ? current.year + assessed.fiscalYearOffset : current.year);
  return procurementYears(
    procurement.map((p) => p.data),
    today,
    through,
  ).map((y) => ({ ...y, path: routes.procurementYear(y.fiscalYear) }));
}

/** The /procurement/ index: every fiscal year, how many months are published, which are missing. */
export async function procurementIndexPage() {
  const { current } = await getOitData();
  return {
    format: await getFormatOptions(),
    years: await procurementYearList(),
    search: {
      type: CONTENT_TYPES.procurement,
      oitItems: itemLabels(current, [PROCUREMENT_MONTHLY_SLUG]),
      keywords: ['จัดซื้อจัดจ้าง', 'สขร.1'],
    },
  };
}

/** A page for every fiscal year the index lists, with months published or not. */
export async function procurementYearPaths() {
  const years = (await procurementYearList()).map((y) => y.fiscalYear);
  return years.map((fiscalYear) => ({ params: { fiscalYear: String(fiscalYear) }, props: { fiscalYear } }));
}

/** A fiscal year's monthly procurement summaries, October to September; a month not yet published is named so. */
export async function procurementYearPage(fiscalYear: number) {
  const format = await getFormatOptions();
  const { procurement, current } = await getOitData();
  const byMonth = new Map(
    procurement.filter((p) => p.data.fiscalYear === fiscalYear).map((p) => [p.data.month, p.data]),
  );
  const months = fiscalYearMonthKeys(fiscalYear);
  const years = await procurementYearList();
  const states = new Map(years.find((y) => y.fiscalYear === fiscalYear)!.months.map((m) => [m.key, m.state]));
  const published = months.flatMap((m) => {
    const month = byMonth.get(m);
    if (!month) return [];
    const records = procurementRecords(month).map((r) => ({ ...r, bidsText: bidsText(r.bids, format) }));
    return [{ key: m, month, records, csvHref: href(routes.procurementMonthCsv(fiscalYear, m)) }];
  });
  return {
    format,
    fiscalYear,
    yearText: formatYear(fiscalYear, format),
    /** Each month: published, due but not published, or not yet due. */
    months: months.map((m) => ({ key: m, state: states.get(m)! })),
    /** Every fiscal year with summaries, newest first, for the links between years. */
    years: years.map((y) => ({ fiscalYear: y.fiscalYear, path: y.path, current: y.fiscalYear === fiscalYear })),
    published,
    anyExample: [...byMonth.values()].some((m) => m.example),
    search: {
      type: CONTENT_TYPES.procurement,
      fiscalYear,
      oitItems: itemLabels(current, [PROCUREMENT_MONTHLY_SLUG]),
    },
  };
}

/** The monthly procurement CSV files: one per published month. */
export async function procurementMonthPaths() {
  const { procurement } = await getOitData();
  return procurement.map((p) => ({
    params: { fiscalYear: String(p.data.fiscalYear), month: p.data.month },
    props: { month: p.data },
  }));
}

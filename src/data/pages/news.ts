/** View models of the news pages: the list (all, a fiscal year, a type, page n) and one news item. */
import {
  newsFiscalYears,
  newsIdParts,
  newsOfType,
  newsOfYear,
  newsTypesUsed,
  paginate,
} from '../../lib/prose/news-list';
import { NEWS_TYPES, newsType } from '../../lib/prose/news-types';
import { newsArticleJsonLd } from '../../lib/open-data/json-ld';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { routes } from '../../lib/site/routes';
import { formatThaiDate, formatYear, isoDate } from '../../lib/thai/format';
import { fiscalYearOf } from '../../lib/thai/fiscal-year';
import { absoluteHref, href } from '../href';
import { getNews, renderProse, type NewsEntry } from '../prose';
import { getFormatOptions, getOrganization } from '../site';
import { getOitData } from '../oit';

/** Which list: everything (page n), one fiscal year, or one type. */
export type NewsFilter = { page: number } | { fiscalYear: number } | { typeKey: string };

async function listItems(entries: NewsEntry[]) {
  const format = await getFormatOptions();
  return entries.map((e) => {
    const { fiscalYear, slug } = newsIdParts(e.id);
    return {
      id: e.id,
      href: href(routes.newsItem(fiscalYear, slug)),
      title: e.data.title,
      summary: e.data.summary,
      typeLabel: newsType(e.data.type).value,
      date: isoDate(e.data.date),
      dateText: formatThaiDate(e.data.date, 'long', format),
      example: e.data.example,
    };
  });
}

export async function newsPagePaths() {
  const pages = paginate(await getNews());
  return pages.slice(1).map((_, i) => ({ params: { n: String(i + 2) }, props: { page: i + 2 } }));
}

export async function newsYearPaths() {
  return newsFiscalYears(await getNews()).map((fy) => ({ params: { fy: String(fy) }, props: { fiscalYear: fy } }));
}

export async function newsTypePaths() {
  return newsTypesUsed(await getNews()).map((t) => ({ params: { type: t.key }, props: { typeKey: t.key } }));
}

/** One list of news: its heading, its items, the filters (current one marked) and the links to other pages. */
export async function newsListPage(filter: NewsFilter) {
  const format = await getFormatOptions();
  const all = await getNews();
  const year = (y: number) => formatYear(y, format);
  const type = 'typeKey' in filter ? NEWS_TYPES.find((t) => t.key === filter.typeKey)! : undefined;
  let entries = all;
  let heading = 'ข่าวประชาสัมพันธ์';
  if ('fiscalYear' in filter) {
    entries = newsOfYear(all, filter.fiscalYear);
    heading = `ข่าวประชาสัมพันธ์ ปีงบประมาณ ${year(filter.fiscalYear)}`;
  } else if (type) {
    entries = newsOfType(all, type);
    heading = type.label;
  }
  const pages = 'page' in filter ? paginate(entries) : [entries];
  const pageIndex = 'page' in filter ? filter.page - 1 : 0;
  const pageHref = (n: number) => href(n === 1 ? routes.news() : routes.newsPage(n));
  return {
    heading,
    title: 'page' in filter && filter.page > 1 ? `${heading} หน้า ${year(filter.page)}` : heading,
    description: `${heading}: ข่าว ประกาศ และกิจกรรมของหน่วยงาน เรียงจากใหม่ไปเก่า`,
    /** The first page of the whole list, /news/ itself. */
    isIndex: 'page' in filter && filter.page === 1,
    items: await listItems(pages[pageIndex] ?? []),
    years: newsFiscalYears(all).map((fy) => ({
      label: `ปีงบประมาณ ${year(fy)}`,
      href: href(routes.newsYear(fy)),
      current: 'fiscalYear' in filter && filter.fiscalYear === fy,
    })),
    types: newsTypesUsed(all).map((t) => ({ label: t.label, href: href(routes.newsType(t.key)), current: t === type })),
    allHref: href(routes.news()),
    allCurrent: 'page' in filter,
    previous: 'page' in filter && filter.page > 1 ? pageHref(filter.page - 1) : undefined,
    next: 'page' in filter && filter.page < pages.length ? pageHref(filter.page + 1) : undefined,
    pageText: pages.length > 1 ? `หน้า ${year(pageIndex + 1)} จาก ${year(pages.length)}` : undefined,
    feedHref: href(routes.newsFeed()),
  };
}

export async function newsItemPaths() {
  return (await getNews()).map((e) => {
    const { fiscalYear, slug } = newsIdParts(e.id);
    return { params: { fy: String(fiscalYear), slug }, props: { id: e.id } };
  });
}

/** One news item: its text, cover, attachments, the OIT items it evidences, and its NewsArticle JSON-LD. */
export async function newsItemPage(id: string, site: URL | undefined) {
  const format = await getFormatOptions();
  const organization = await getOrganization();
  const entry = (await getNews()).find((e) => e.id === id)!;
  const { fiscalYear, slug } = newsIdParts(id);
  const { frameworks } = await getOitData();
  const { Content } = await renderProse(entry);
  const type = newsType(entry.data.type);
  const url = absoluteHref(routes.newsItem(fiscalYear, slug), site);
  const cover = entry.data.cover;
  const itemTitle = (s: string) => frameworks.flatMap((fw) => fw.items).find((i) => i.slug === s)?.title ?? s;
  return {
    Content,
    data: entry.data,
    format,
    type,
    fiscalYearText: formatYear(fiscalYearOf(entry.data.date), format),
    fiscalYearPath: routes.newsYear(fiscalYear),
    typeHref: href(routes.newsType(type.key)),
    date: isoDate(entry.data.date),
    dateText: formatThaiDate(entry.data.date, 'long', format),
    cover,
    attachments: entry.data.attachments.map((a) => ({ title: a.title, href: href(a.file) })),
    oitItems: entry.data.items.map((s) => ({ title: itemTitle(s), href: href(routes.oitItem(s)) })),
    jsonLd: newsArticleJsonLd({
      headline: entry.data.title,
      url,
      date: entry.data.date,
      description: entry.data.summary,
      imageUrl: cover ? new URL(cover.src.src, site).href : undefined,
      publisher: {
        name: organization.name,
        url: absoluteHref(routes.home(), site),
        logoUrl: organization.logo ? absoluteHref(organization.logo.src, site) : undefined,
      },
    }),
    search: {
      type: CONTENT_TYPES.news,
      fiscalYear,
      newsType: type.value,
      date: isoDate(entry.data.date),
    },
  };
}

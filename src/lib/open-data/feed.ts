/**
 * An RSS 2.0 feed from dated entries (news, announcements): newest first, XML-escaped, dates in
 * RFC 822 as RSS requires. Pure; an endpoint (e.g. src/pages/news/rss.xml.ts) serves its output.
 */

export interface FeedEntry {
  title: string;
  /** Absolute URL of the entry's page; also its guid. */
  url: string;
  date: Date;
  description?: string;
  category?: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the site (or section) the feed belongs to. */
  siteUrl: string;
  /** Absolute URL of the feed itself (atom:link rel=self). */
  feedUrl: string;
  entries: FeedEntry[];
  /** Keep only the newest entries. */
  limit?: number;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** RFC 822 date, as RSS 2.0 requires: "Sat, 30 Dec 2023 00:00:00 GMT". */
export const rfc822 = (date: Date): string => date.toUTCString();

export function rssFeed(feed: Feed): string {
  const entries = [...feed.entries]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, feed.limit ?? Infinity);
  const item = (e: FeedEntry) =>
    [
      '<item>',
      `<title>${escapeXml(e.title)}</title>`,
      `<link>${escapeXml(e.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(e.url)}</guid>`,
      `<pubDate>${rfc822(e.date)}</pubDate>`,
      e.category ? `<category>${escapeXml(e.category)}</category>` : '',
      e.description ? `<description>${escapeXml(e.description)}</description>` : '',
      '</item>',
    ].join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.siteUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    '<language>th</language>',
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    entries[0] ? `<lastBuildDate>${rfc822(entries[0].date)}</lastBuildDate>` : '',
    ...entries.map(item),
    '</channel></rss>',
    '',
  ].join('\n');
}

/** The OIT item slugs whose disclosures are news and announcements (ข่าวประชาสัมพันธ์, ประกาศจัดซื้อจัดจ้าง). */
export const NEWS_ITEM_SLUGS = ['news', 'procurement-announcements'] as const;

/** Feed entries from disclosures: those evidencing a news item, each linked to its entry on the item's page. */
export function newsEntries(
  disclosures: {
    id: string;
    data: { title: string; items: string[]; date: Date; summary: string; example: boolean };
  }[],
  url: (itemSlug: string, anchor: string) => string,
): FeedEntry[] {
  return disclosures.flatMap((d) => {
    const item = NEWS_ITEM_SLUGS.find((s) => d.data.items.includes(s));
    if (!item) return [];
    return [
      {
        title: d.data.example ? `${d.data.title} (ข้อมูลตัวอย่าง)` : d.data.title,
        url: url(item, d.id),
        date: d.data.date,
        description: d.data.summary,
        category: item === 'news' ? 'ข่าวประชาสัมพันธ์' : 'ประกาศจัดซื้อจัดจ้าง',
      },
    ];
  });
}

/** Feed entries from the news collection (content/news/): each linked to its own page, its type as category. */
export function proseNewsEntries(
  news: { id: string; data: { title: string; date: Date; summary: string; type: string; example: boolean } }[],
  url: (id: string) => string,
): FeedEntry[] {
  return news.map((n) => ({
    title: n.data.example ? `${n.data.title} (ข้อมูลตัวอย่าง)` : n.data.title,
    url: url(n.id),
    date: n.data.date,
    description: n.data.summary,
    category: n.data.type,
  }));
}

// RSS feed of news and announcements (disclosures of the news and procurement-announcement OIT items).
import type { APIRoute } from 'astro';
import { getOitData } from '../../data/oit';
import { getOrganization } from '../../data/site';
import { newsEntries, rssFeed } from '../../lib/open-data/feed';
import { routes, withBase } from '../../lib/site/routes';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(path, base), site).href;
  const organization = await getOrganization();
  const { disclosures } = await getOitData();
  const xml = rssFeed({
    title: `ข่าวประชาสัมพันธ์และประกาศ ${organization.name}`,
    description: `ข่าวประชาสัมพันธ์และประกาศต่าง ๆ ของ${organization.name}`,
    siteUrl: absolute(routes.home()),
    feedUrl: absolute(routes.newsFeed()),
    entries: newsEntries(disclosures, (item, anchor) => `${absolute(routes.oitItem(item))}#${anchor}`),
    limit: 50,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};

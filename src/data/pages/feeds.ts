/** The data of the site's small text endpoints: the news feed, robots.txt and the search page's names. */
import { newsEntries, rssFeed } from '../../lib/open-data/feed';
import { namedPages } from '../../lib/search/names';
import { mainNavigation } from '../../lib/site/navigation';
import { routes } from '../../lib/site/routes';
import { absoluteHref, href } from '../href';
import { getOitData } from '../oit';
import { getOrganization, getResults } from '../site';

/** RSS of news and announcements (disclosures of the news and procurement-announcement OIT items). */
export async function newsFeedXml(site: URL | undefined): Promise<string> {
  const absolute = (path: string) => absoluteHref(path, site);
  const organization = await getOrganization();
  const { disclosures } = await getOitData();
  return rssFeed({
    title: `ข่าวประชาสัมพันธ์และประกาศ ${organization.name}`,
    description: `ข่าวประชาสัมพันธ์และประกาศต่าง ๆ ของ${organization.name}`,
    siteUrl: absolute(routes.home()),
    feedUrl: absolute(routes.newsFeed()),
    entries: newsEntries(disclosures, (item, anchor) => `${absolute(routes.oitItem(item))}#${anchor}`),
    limit: 50,
  });
}

/** robots.txt follows SITE_URL and BASE_PATH: it allows everything and names the sitemap. */
export function robotsTxt(site: URL | undefined): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteHref(routes.sitemap(), site)}\n`;
}

/** The search page's best bets (names typed word for word and their pages), as JSON. */
export async function searchNamesJson(): Promise<string> {
  const [results, { frameworks }] = await Promise.all([getResults(), getOitData()]);
  const pages = namedPages(results, frameworks, mainNavigation).map((p) => ({ ...p, path: href(p.path) }));
  return JSON.stringify(pages);
}

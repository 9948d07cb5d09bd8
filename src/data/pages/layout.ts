/** What every page's frame shows: the organization (header, footer), the menu, the icon and the feed. */
import { DISPLAY_SETTINGS_SCRIPT } from '../../lib/site/display-settings';
import { isCurrentSection, mainNavigation } from '../../lib/site/navigation';
import { routes } from '../../lib/site/routes';
import { organizationWords } from '../../lib/thai/organization-words';
import { href } from '../href';
import { getOrganization } from '../site';
import { pageSections } from './prose-pages';
// The web font files the first screen uses (Thai and Latin, regular and bold): preloaded so the text
// is drawn in Sarabun from the start, not shifted when the font arrives (bench/phone.mjs: layout shift).
import sarabunThai400 from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff2?url';
import sarabunThai700 from '@fontsource/sarabun/files/sarabun-thai-700-normal.woff2?url';
import sarabunLatin400 from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff2?url';
import sarabunLatin700 from '@fontsource/sarabun/files/sarabun-latin-700-normal.woff2?url';

export async function layoutData(title: string, { fontsLater = false }: { fontsLater?: boolean | undefined } = {}) {
  const organization = await getOrganization();
  return {
    organization,
    /** The page's own title, then the organization's short name. */
    fullTitle: `${title} | ${organization.shortName}`,
    htmlAttributes: {
      class: organization.display.mourning ? 'mourning' : undefined,
      /**
       * The organization's own words (place name, offices), separated by spaces: the build's pass over the
       * pages (scripts/lib/thai-compounds.mjs) and the chart and search scripts (src/client/page-compounds.ts)
       * keep them whole besides THAI_COMPOUNDS.
       */
      'data-compounds': organizationWords(organization).join(' ') || undefined,
    },
    iconHref: organization.logo ? href(organization.logo.src) : undefined,
    feedHref: href(routes.newsFeed()),
    displaySettingsScript: DISPLAY_SETTINGS_SCRIPT,
    /** Standalone pages (content/pages/) listed in the footer by section. */
    pageSections: await pageSections(),
    /**
     * The web fonts, fetched with the page rather than once the styles ask for them, and their fetch
     * priority: "low" where other files come first (see Base's fontsLater).
     */
    fonts: {
      preloads: [sarabunThai400, sarabunThai700, sarabunLatin400, sarabunLatin700],
      priority: fontsLater ? ('low' as const) : undefined,
    },
  };
}

/** The header menu as links, the section being read (`currentPath`, with the base) marked current. */
export function navigationFor(currentPath: string): { label: string; href: string; current: boolean }[] {
  return mainNavigation.map((section) => {
    const link = href(section.path);
    return { label: section.label, href: link, current: isCurrentSection(link, section.path, currentPath) };
  });
}

/** View model of the search page: where Pagefind and the names live, and the sections to browse instead. */
import { mainNavigation } from '../../lib/site/navigation';
import { routes } from '../../lib/site/routes';
import { href } from '../href';

export function searchPage() {
  return {
    bundlePath: href(routes.pagefind()),
    namesHref: href(routes.searchNames()),
    /** Sections a citizen can browse instead of searching (every section but the home page). */
    sections: mainNavigation
      .filter((s) => s.path !== routes.home())
      .map((s) => ({ label: s.label, href: href(s.path), description: s.description })),
  };
}

/** View model of the home page: the organization, the latest ITA result and the published sections. */
import { totalChange } from '../../lib/ita/scoring';
import { organizationJsonLd } from '../../lib/open-data/json-ld';
import { CONTENT_TYPES } from '../../lib/search/meta';
import { mainNavigation } from '../../lib/site/navigation';
import { routes } from '../../lib/site/routes';
import { absoluteHref } from '../href';
import { resultsNotOnSite } from '../../lib/ita/site-status';
import { getFormatOptions, getFrameworks, getOrganization, getPlans, getResults } from '../site';

/** `site` is the deployed site's URL (SITE_URL), for the organization's JSON-LD. */
export async function homePage(site: URL | undefined) {
  const organization = await getOrganization();
  const [latest, previous] = await getResults();
  const plans = await getPlans();
  // What the organization does about the result: the plan drawn from it, else the current plan.
  const plan = (latest && plans.find((p) => p.assessmentYear === latest.year)) ?? plans[0];
  const logoUrl = organization.logo ? absoluteHref(organization.logo.src, site) : undefined;
  return {
    organization,
    format: await getFormatOptions(),
    latest,
    change: latest ? totalChange(latest, previous) : null,
    previousYear: previous?.year,
    /** Assessed years whose results are not on the site: the home page says so beside the latest one. */
    notOnSite: latest ? resultsNotOnSite(latest.year, (await getFrameworks()).keys()) : [],
    /** The measures plan the first screen links to ("what is it doing about it?"). */
    measures: plan
      ? { path: routes.measuresYear(plan.fiscalYear), fiscalYear: plan.fiscalYear }
      : { path: routes.measures(), fiscalYear: undefined },
    /** The sections with a description: every main section but the home page itself. */
    sections: mainNavigation.filter((s) => s.description),
    jsonLd: organizationJsonLd(organization, absoluteHref(routes.home(), site), logoUrl),
    search: { type: CONTENT_TYPES.page },
  };
}

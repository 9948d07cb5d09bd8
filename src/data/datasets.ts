/** Loads the content every open dataset is computed from, once per build. */
import { getOrganization, getPlans, getResults } from './site';
import { getOitData } from './oit';
import { buildTime } from './clock';
import { DATASETS, publishDataset, type PublishedDataset, type SiteFacts } from '../lib/open-data/datasets';

let factsCache: Promise<SiteFacts> | undefined;

function getSiteFacts(): Promise<SiteFacts> {
  factsCache ??= (async () => {
    const oit = await getOitData();
    return {
      organization: await getOrganization(),
      results: await getResults(),
      plans: await getPlans(),
      oit: { evidence: oit.evidence, procurement: oit.procurement, coverage: [...oit.coverage.values()] },
      updated: buildTime(),
    };
  })();
  return factsCache;
}

/** Every dataset that has rows (an empty dataset is not published: no empty files, no placeholder). */
export async function getDatasets(): Promise<PublishedDataset[]> {
  const facts = await getSiteFacts();
  return DATASETS.map((d) => publishDataset(d, facts)).filter((d) => d.rows.length > 0);
}

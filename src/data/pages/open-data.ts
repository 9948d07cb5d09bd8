/** View model of /data/ and the data of the dataset files and the catalog they list. */
import { catalogFields } from '../../lib/open-data/catalog-display';
import { datasetJsonLd } from '../../lib/open-data/json-ld';
import { routes } from '../../lib/site/routes';
import { getDatasets } from '../datasets';
import { absoluteHref, href } from '../href';
import { getFormatOptions, getOrganization } from '../site';

/**
 * Every published dataset with its downloads, its catalog fields and its columns; `site` (SITE_URL)
 * makes the JSON-LD's URLs absolute.
 */
export async function dataCatalogPage(site: URL | undefined) {
  const format = await getFormatOptions();
  const organization = await getOrganization();
  const absolute = (path: string) => absoluteHref(path, site);
  const published = await getDatasets();
  const datasets = published.map((d) => ({
    id: d.definition.id,
    catalog: d.catalog,
    rowCount: d.rows.length,
    exampleRows: d.exampleRows,
    /** The column that flags example rows (example, example_only…), named in the note. */
    exampleColumn: d.definition.columns.find((c) => c.key.startsWith('example'))?.key,
    csvHref: href(routes.dataset(d.definition.id, 'csv')),
    jsonHref: href(routes.dataset(d.definition.id, 'json')),
    fields: catalogFields(d.catalog, format),
  }));
  const jsonLd = published.map((d) =>
    datasetJsonLd(
      d.catalog,
      absolute(routes.data()),
      {
        csv: absolute(routes.dataset(d.definition.id, 'csv')),
        json: absolute(routes.dataset(d.definition.id, 'json')),
      },
      organization,
    ),
  );
  /** The page is long (a section per dataset): a jump list to each under the title. */
  const jumpList = datasets.map((d) => ({ anchor: `dataset-${d.id}`, label: d.catalog.title }));
  return { format, organization, datasets, jumpList, jsonLd, catalogHref: href(routes.dataCatalog()) };
}

/** One CSV and one JSON file per published dataset. */
export async function datasetPaths() {
  return (await getDatasets()).map((d) => ({ params: { dataset: d.definition.id }, props: { dataset: d } }));
}

/** Every dataset's catalog entry with its two files as absolute URLs, for harvesting into a data catalog. */
export async function catalogJson(site: URL | undefined): Promise<string> {
  const datasets = (await getDatasets()).map((d) => ({
    ...d.catalog,
    resources: (['csv', 'json'] as const).map((f) => ({
      format: f.toUpperCase(),
      url: absoluteHref(routes.dataset(d.definition.id, f), site),
    })),
  }));
  return `${JSON.stringify({ datasets }, null, 2)}\n`;
}

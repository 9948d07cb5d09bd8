import type { APIRoute } from 'astro';
import { getDatasets } from '../../data/datasets';
import { datasetCsv, type PublishedDataset } from '../../lib/open-data/datasets';

export async function getStaticPaths() {
  return (await getDatasets()).map((d) => ({ params: { dataset: d.definition.id }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getDatasets } from '../../data/datasets';
import { datasetJson, type PublishedDataset } from '../../lib/open-data/datasets';

export async function getStaticPaths() {
  return (await getDatasets()).map((d) => ({ params: { dataset: d.definition.id }, props: { dataset: d } }));
}

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) =>
  new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

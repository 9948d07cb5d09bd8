import type { APIRoute } from 'astro';
import { datasetPaths } from '../../data/pages/open-data';
import { datasetCsv, type PublishedDataset } from '../../lib/open-data/datasets';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

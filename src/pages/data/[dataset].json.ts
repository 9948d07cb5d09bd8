import type { APIRoute } from 'astro';
import { datasetPaths } from '../../data/pages/open-data';
import { datasetJson, type PublishedDataset } from '../../lib/open-data/datasets';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: PublishedDataset }> = ({ props }) =>
  new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// Every dataset's catalog entry in one file, for harvesting into a data catalog.
import type { APIRoute } from 'astro';
import { getDatasets } from '../../data/datasets';
import { routes } from '../../lib/site/routes';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(`${base.replace(/\/+$/, '')}${path}`, site).href;
  const datasets = (await getDatasets()).map((d) => ({
    ...d.catalog,
    resources: (['csv', 'json'] as const).map((f) => ({
      format: f.toUpperCase(),
      url: absolute(routes.dataset(d.definition.id, f)),
    })),
  }));
  return new Response(`${JSON.stringify({ datasets }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { getResults } from '../../data/site';
import { getOitData } from '../../data/oit';
import { namedPages } from '../../lib/search/names';
import { withBase } from '../../lib/site/routes';

/** The search page's best bets: loaded on the first search only. */
export const GET: APIRoute = async () => {
  const [results, { frameworks }] = await Promise.all([getResults(), getOitData()]);
  const base = import.meta.env.BASE_URL;
  const pages = namedPages(results, frameworks).map((p) => ({ ...p, path: withBase(p.path, base) }));
  return new Response(JSON.stringify(pages), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

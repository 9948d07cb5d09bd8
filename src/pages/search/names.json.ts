import type { APIRoute } from 'astro';
import { searchNamesJson } from '../../data/pages/feeds';

/** The search page's best bets: loaded on the first search only. */
export const GET: APIRoute = async () =>
  new Response(await searchNamesJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });

// Every dataset's catalog entry in one file, for harvesting into a data catalog.
import type { APIRoute } from 'astro';
import { catalogJson } from '../../data/pages/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(await catalogJson(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

// RSS feed of news and announcements (disclosures of the news and procurement-announcement OIT items).
import type { APIRoute } from 'astro';
import { newsFeedXml } from '../../data/pages/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(await newsFeedXml(site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });

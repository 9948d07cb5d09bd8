// robots.txt follows SITE_URL and BASE_PATH: it allows everything and names the sitemap.
import type { APIRoute } from 'astro';
import { routes, withBase } from '../lib/site/routes';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(routes.sitemap(), import.meta.env.BASE_URL), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

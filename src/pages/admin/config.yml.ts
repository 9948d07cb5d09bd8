// The CMS configuration, generated from the schemas at every build (src/lib/cms/config.ts).
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../data/cms';

export const GET: APIRoute = ({ site }) =>
  new Response(cmsConfigYaml(site), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });

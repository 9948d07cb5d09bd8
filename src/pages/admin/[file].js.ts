// Decap CMS's script files, copied from node_modules into /admin/ (served by the site itself, no CDN).
import type { APIRoute } from 'astro';
import { decapFile, decapFiles } from '../../data/cms';

export const getStaticPaths = decapFiles;

export const GET: APIRoute<never, { file: string }> = ({ params }) =>
  new Response(decapFile(params.file), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

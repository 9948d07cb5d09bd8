/**
 * The CMS's local file server (Node only): the editor's guarded file API (scripts/lib/cms-api.ts) at
 * /api/v1, which reads and writes only the organization's content/ and public/documents/ of a folder (the
 * repository, or a test's copy of it), on the same origin as the admin page. `npm run edit` mounts it on
 * the dev server; the browser test serves a built site with it.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { cmsApi, type CmsApi, type CmsApiOptions } from './cms-api.ts';

export interface CmsServer {
  /** The origin, ending in "/". */
  url: string;
  /** The session's token the admin page fetches (tests send it themselves). */
  token: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site (`site`) with the CMS's API over the files of `repo`, on loopback (port 0: a free
 * port), with extra response headers on the site's files (e.g. the deploy recipes' headers for /admin/).
 */
export async function serveCms(
  repo: string,
  site: string,
  headers: Record<string, string> = {},
  port = 0,
  options: CmsApiOptions = {},
): Promise<CmsServer> {
  const api: CmsApi = cmsApi(repo, options);
  const app = express();
  app.use((req, res, next) => api.handle(req, res, next));
  app.use(
    express.static(site, { setHeaders: (res) => Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v)) }),
  );
  const server: Server = await new Promise((ok) => {
    const s = app.listen(port, '127.0.0.1', () => ok(s));
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    token: api.token,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

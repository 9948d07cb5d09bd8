/**
 * The CMS's local file server (Node only): decap-server's "local_fs" API at /api/v1, which reads and
 * writes the files of a folder (the repository, or a test's copy of it), on the same origin as the
 * admin page. `npm run edit` mounts it on the dev server; the browser test serves a built site with it.
 */
import express from 'express';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);
const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
  registerLocalFs: (app: express.Express, options?: { logLevel?: string }) => Promise<void>;
};

/** An express app answering the CMS's /api/v1 requests on the files under `repo`. */
export async function cmsApi(repo: string): Promise<express.Express> {
  const app = express();
  // decap-server reads the folder from the environment when it registers (and only then).
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = resolve(repo);
  try {
    await registerLocalFs(app, { logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  return app;
}

export interface CmsServer {
  /** The origin, ending in "/". */
  url: string;
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
): Promise<CmsServer> {
  const app = await cmsApi(repo);
  app.use(
    express.static(site, { setHeaders: (res) => Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v)) }),
  );
  const server: Server = await new Promise((ok) => {
    const s = app.listen(port, '127.0.0.1', () => ok(s));
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

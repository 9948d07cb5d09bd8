/**
 * `npm run edit`: the dev server also answers the CMS's /api/v1 requests on this repository's files
 * (decap-server's local_fs API, scripts/lib/cms-server.ts), so the admin page at /admin/ saves straight
 * into content/ and public/documents/, and the site beside it shows every change as soon as it is saved.
 * Only when PRONGSAI_EDIT is set (scripts/edit.ts sets it): a plain `astro dev` or build has no such API.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { cmsApi } from './cms-server.ts';

export function cmsLocalApi(): AstroIntegration {
  return {
    name: 'prongsai:cms-local-api',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'dev' || !process.env['PRONGSAI_EDIT']) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'prongsai:cms-local-api',
                async configureServer(server) {
                  const api = await cmsApi(process.cwd());
                  logger.info('แก้ไขเนื้อหาได้ที่ /admin/ (บันทึกลงไฟล์ใน content/ และ public/documents/) / edit at /admin/');
                  // After Astro's own handlers are in place, go first: they would answer /api/v1 with a 404 page.
                  return () => {
                    server.middlewares.stack.unshift({
                      route: '',
                      handle: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
                        if (req.url?.startsWith('/api/v1')) api(req as Request, res as Response, next);
                        else next();
                      },
                    });
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * `npm run edit`: the dev server also answers the CMS's /api/v1 requests (the editor's guarded file API,
 * scripts/lib/cms-api.ts), so the admin page at /admin/ saves straight into content/ and
 * public/documents/ — and nowhere else — and the site beside it shows every change as soon as it is saved.
 * Only when PRONGSAI_EDIT is set (scripts/edit.ts sets it): a plain `astro dev` or build has no such API.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cmsApi } from './cms-api.ts';
import { contentDir, publicDir } from '../../src/data/content-dir.ts';

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
                configureServer(server) {
                  const api = cmsApi(process.cwd(), { content: contentDir(), public: publicDir() });
                  logger.info('แก้ไขเนื้อหาได้ที่ /admin/ (บันทึกลงไฟล์ใน content/ และ public/documents/) / edit at /admin/');
                  // After Astro's own handlers are in place, go first: they would answer /api/v1 with a 404 page.
                  return () => {
                    server.middlewares.stack.unshift({
                      route: '',
                      handle: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) =>
                        api.handle(req, res, next),
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

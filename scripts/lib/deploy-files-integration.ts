/**
 * The program's files of every deployment, written into the built site after Astro's build: the
 * security headers for Netlify and Cloudflare Pages (deploy/_headers) and Apache (deploy/.htaccess).
 * They live in deploy/ beside the nginx recipe, not in public/, which holds the organization's own files;
 * the note for people at public/README.md is never published.
 */
import { copyFileSync, rmSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** The deployment files copied into every build, from deploy/. */
export const DEPLOY_FILES = ['_headers', '.htaccess'] as const;

export function deployFiles(): AstroIntegration {
  return {
    name: 'prongsai:deploy-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const name of DEPLOY_FILES) copyFileSync(`deploy/${name}`, new URL(name, dir));
        rmSync(new URL('README.md', dir), { force: true });
      },
    },
  };
}

/**
 * The program's files of every deployment, written into the built site after Astro's build: the
 * security headers for Netlify and Cloudflare Pages (deploy/_headers) and Apache (deploy/.htaccess).
 * They live in deploy/ beside the nginx recipe, not in public/, which holds the organization's own files;
 * the note for people at public/README.md and the files an operating system leaves in folders
 * (.DS_Store, Thumbs.db, desktop.ini: the checker ignores them too) are never published.
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isSystemJunk } from './content-files.ts';

/** Removes the files an operating system leaves in folders (.DS_Store, Thumbs.db) that Astro copied from public/. */
export function removeSystemJunk(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (isSystemJunk(entry.name)) rmSync(path, { recursive: true, force: true });
    else if (entry.isDirectory()) removeSystemJunk(path);
  }
}

/** The deployment files copied into every build, from deploy/. */
export const DEPLOY_FILES = ['_headers', '.htaccess'] as const;

export function deployFiles(): AstroIntegration {
  return {
    name: 'prongsai:deploy-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const name of DEPLOY_FILES) copyFileSync(`deploy/${name}`, new URL(name, dir));
        rmSync(new URL('README.md', dir), { force: true });
        removeSystemJunk(fileURLToPath(dir));
      },
    },
  };
}

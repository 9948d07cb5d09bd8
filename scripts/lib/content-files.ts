/** Reads a content folder into the checker's ContentSource (Node only: used by scripts, never by pages). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentSource } from '../../src/lib/content-check/check';

/** Every file under a folder, as a site path ("/documents/plan.pdf"). */
export function listPublicFiles(dir = 'public'): Set<string> {
  const found = new Set<string>();
  if (!existsSync(dir)) return found;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.add(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return found;
}

export function readContentDir(root: string, publicDir = 'public'): ContentSource {
  const files: Record<string, string> = {};
  const assetFiles = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const inside = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ya?ml|json|mdx?)$/.test(entry.name)) files[inside] = readFileSync(path, 'utf8');
      else assetFiles.add(inside);
    }
  };
  walk(root);
  return { root, files, publicFiles: listPublicFiles(publicDir), assetFiles };
}

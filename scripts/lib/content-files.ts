/**
 * Reads a content folder into the checker's ContentSource (Node only: used by scripts and the build's
 * content loader, never by pages). Every file is read, whatever its name, so the checker can account
 * for each one; a symbolic link is not followed and a file that is not UTF-8 is not decoded: both are
 * handed to the checker as refusals.
 */
import { existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, closeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { ContentSource, Refusal } from '../../src/lib/content-check/check';
import { decodeText } from '../../src/lib/content-check/encoding';

/** Pictures a news item may show (its cover, a <Figure>): jpg, png, webp, avif. */
const IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

const slashed = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** The first bytes of a file, as Latin-1 text ("%PDF-"). */
function head(path: string, size: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 8));
    readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export interface PublicListing {
  /** Every regular file under the folder, as a site path ("/documents/plan.pdf"). */
  files: Set<string>;
  /** The first bytes of each file under /documents/ ("" when empty). */
  heads: Map<string, string>;
  /** Symbolic links, by site path: never published. */
  symlinks: string[];
}

/** Every file under public/, its documents' first bytes, and its symbolic links. */
export function listPublic(dir = 'public'): PublicListing {
  const listing: PublicListing = { files: new Set(), heads: new Map(), symlinks: [] };
  if (!existsSync(dir)) return listing;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const site = `/${slashed(dir, path)}`;
      if (entry.isSymbolicLink()) listing.symlinks.push(site);
      else if (entry.isDirectory()) walk(path);
      else {
        listing.files.add(site);
        if (site.startsWith('/documents/')) listing.heads.set(site, head(path, lstatSync(path).size));
      }
    }
  };
  walk(dir);
  return listing;
}

/** Every file under a folder, as a site path ("/documents/plan.pdf"). */
export function listPublicFiles(dir = 'public'): Set<string> {
  return listPublic(dir).files;
}

/** Whether a folder is the project's default one ("./content/" is "content"). */
const isDefault = (dir: string, name: string) => dir.replace(/^\.\//, '').replace(/\/+$/, '') === name;

export function readContentDir(root: string, publicDir = 'public'): ContentSource {
  const files: Record<string, string> = {};
  const refused: Record<string, Refusal> = {};
  // Pictures beside news items (content/news/<fy>/photo.jpg): read by Astro's image pipeline, not as text.
  const assetFiles = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const inner = slashed(root, path);
      if (entry.isSymbolicLink()) refused[inner] = { kind: 'symlink' };
      else if (entry.isDirectory()) walk(path);
      else if (IMAGE.test(entry.name)) assetFiles.add(inner);
      else {
        const decoded = decodeText(readFileSync(path));
        if (decoded.ok) files[inner] = decoded.text;
        else refused[inner] = { kind: 'encoding', encoding: decoded.encoding };
      }
    }
  };
  walk(root);
  const pub = listPublic(publicDir);
  return {
    root,
    files,
    refused,
    publicFiles: pub.files,
    publicHeads: pub.heads,
    publicSymlinks: pub.symlinks,
    publicRoot: publicDir,
    now: new Date(),
    ownsPublic: isDefault(root, 'content') === isDefault(publicDir, 'public'),
    assetFiles,
    parseMdx: mdxToMdast,
  };
}

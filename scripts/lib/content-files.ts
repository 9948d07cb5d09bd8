/**
 * Reads a content folder into the checker's ContentSource (Node only: used by scripts and the build's
 * content loader, never by pages). Every file is read, whatever its name, so the checker can account
 * for each one; a symbolic link is not followed and a file that is not UTF-8 is not decoded: both are
 * handed to the checker as refusals.
 */
import { existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, closeSync } from 'node:fs';
import { HEAD_BYTES, PHONE_LIMIT } from '../../src/lib/content-check/file-types';
import { dirname, join, relative, sep } from 'node:path';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentSource, ProgramSource, Refusal } from '../../src/lib/content-check/check';
import { decodeText } from '../../src/lib/content-check/encoding';
import {
  EXAMPLE_DIR,
  programDir as defaultProgramDir,
  publicDir as defaultPublicDir,
} from '../../src/data/content-dir';

/** Pictures a news item may show (its cover, a <Figure>): jpg, png, webp, avif. */
const IMAGE = /\.(?:jpe?g|png|webp|avif)$/i;

const slashed = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** `length` bytes of a file from `position`, as Latin-1 text ("%PDF-"). */
function readAt(path: string, position: number, length: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** The first bytes of a file: an SVG whole (its code is checked), any other file its first HEAD_BYTES. */
const head = (path: string, size: number) =>
  readAt(path, 0, Math.min(size, /\.svg$/i.test(path) && size <= PHONE_LIMIT ? size : HEAD_BYTES));

/** The most central-directory bytes read from a ZIP (an Office file lists a few hundred entries). */
const ZIP_DIRECTORY_LIMIT = 4 * 1024 * 1024;

/**
 * The names of a ZIP file's entries, from its central directory (an Office file's parts: "word/…",
 * "[Content_Types].xml"); [] when the directory cannot be found.
 */
export function zipEntryNames(path: string, size: number): string[] {
  // The end-of-central-directory record: 22 bytes and a comment of at most 65535.
  const tailStart = Math.max(0, size - 22 - 65535);
  const tail = Buffer.from(readAt(path, tailStart, size - tailStart), 'latin1');
  const end = tail.lastIndexOf('PK\x05\x06', undefined, 'latin1');
  if (end < 0 || end + 22 > tail.length) return [];
  const dirSize = tail.readUInt32LE(end + 12);
  const dirOffset = tail.readUInt32LE(end + 16);
  if (dirSize > ZIP_DIRECTORY_LIMIT || dirOffset + dirSize > size) return [];
  const dir = Buffer.from(readAt(path, dirOffset, dirSize), 'latin1');
  const names: string[] = [];
  for (let at = 0; at + 46 <= dir.length && dir.readUInt32LE(at) === 0x02014b50;) {
    const nameLength = dir.readUInt16LE(at + 28);
    const skip = dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    names.push(dir.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + skip;
  }
  return names;
}

/** The one file of the content and public folders that is no content: a note for people, never published. */
const NOTE = 'README.md';

/**
 * Files an operating system leaves in every folder it shows (Finder, Explorer), and git's placeholder of
 * an empty folder (.gitkeep): never content, never published (the build removes them from its output:
 * scripts/lib/deploy-files-integration.ts).
 */
export const isSystemJunk = (name: string) =>
  /^(?:\.DS_Store|Thumbs\.db|ehthumbs\.db|desktop\.ini|\._.*|\.gitkeep)$/i.test(name);

export interface PublicListing {
  /** Every regular file under the folder, as a site path ("/documents/plan.pdf"). */
  files: Set<string>;
  /** The first bytes of each file ("" when empty): an SVG whole. */
  heads: Map<string, string>;
  /** Each file's size in bytes (as stat gives it: a sparse file counts its full size). */
  sizes: Map<string, number>;
  /** The entries of each ZIP file (an Office document), by site path. */
  zipEntries: Map<string, string[]>;
  /** Symbolic links, by site path: never published. */
  symlinks: string[];
}

/** Every file under public/, its first bytes, sizes and ZIP entries, and its symbolic links. */
export function listPublic(dir = 'public'): PublicListing {
  const listing: PublicListing = {
    files: new Set(),
    heads: new Map(),
    sizes: new Map(),
    zipEntries: new Map(),
    symlinks: [],
  };
  if (!existsSync(dir)) return listing;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const site = `/${slashed(dir, path)}`;
      if (site === `/${NOTE}` || isSystemJunk(entry.name)) continue;
      if (entry.isSymbolicLink()) listing.symlinks.push(site);
      else if (entry.isDirectory()) walk(path);
      else {
        const { size } = lstatSync(path);
        const start = head(path, size);
        listing.files.add(site);
        listing.sizes.set(site, size);
        listing.heads.set(site, start);
        if (start.startsWith('PK\x03\x04')) listing.zipEntries.set(site, zipEntryNames(path, size));
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

/** A folder as a clean relative path ("./content/" is "content"). */
const clean = (dir: string) => dir.replace(/^\.\//, '').replace(/\/+$/, '');

/** An organization's own pair of folders: <folder>/content and <folder>/public (content/ and public/, the example's). */
const isPair = (root: string, pub: string) =>
  /(?:^|\/)content$/.test(clean(root)) &&
  /(?:^|\/)public$/.test(clean(pub)) &&
  dirname(clean(root)) === dirname(clean(pub));

/** Whether a folder is one an organization's content or files live in by default (its own, or the example's). */
const isDefault = (dir: string, name: string) => clean(dir) === name || clean(dir) === `${EXAMPLE_DIR}/${name}`;

/**
 * Whether the content folder owns the public folder, so a document no content file names is an error:
 * an organization's own pair (content/ with public/, the example's two), or a test's two folders.
 */
export const ownsPublic = (root: string, pub: string) =>
  isPair(root, pub) || (!isDefault(root, 'content') && !isDefault(pub, 'public'));

/** The program's data files (nacc/): the NACC's frameworks, read as text. */
export function readProgramDir(root: string): ProgramSource {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[slashed(root, path)] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(root)) walk(root);
  return { root: clean(root), files };
}

/**
 * Every file of a content folder, with the public folder's listing and the program's data: by default the
 * folders the site shows (src/data/content-dir.ts).
 */
export function readContentDir(
  root: string,
  publicDir = defaultPublicDir(),
  programDir = defaultProgramDir(),
): ContentSource {
  const files: Record<string, string> = {};
  const refused: Record<string, Refusal> = {};
  // Pictures beside news items (content/news/<fy>/photo.jpg): read by Astro's image pipeline, not as text.
  const assetFiles = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const inner = slashed(root, path);
      if (inner === NOTE || isSystemJunk(entry.name)) continue;
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
  if (existsSync(root)) walk(root);
  const pub = listPublic(publicDir);
  return {
    root,
    files,
    refused,
    publicFiles: pub.files,
    publicHeads: pub.heads,
    publicSizes: pub.sizes,
    publicZipEntries: pub.zipEntries,
    publicSymlinks: pub.symlinks,
    publicRoot: publicDir,
    now: new Date(),
    ownsPublic: ownsPublic(root, publicDir),
    program: readProgramDir(programDir),
    assetFiles,
    parseMdx: mdxToMdast,
    parseMarkdown: markdownToMdast,
    parseHtml: htmlToHast,
  };
}

/**
 * The bad-input corpus (tests/fixtures/bad-inputs/<case>/): each case is a mistake a careless staff
 * member or an attacker makes, written as a change of the example content, and `expected.txt` holds
 * the exact lines the checker must print for it (file › field: Thai / English). A case folder has:
 * - case.json: { title, edits: [{ file, from, to }], copy: [{ from, to }], remove: [file] } (paths inside content/);
 * - content/: files added to (or replacing files of) the example content, kept byte for byte
 *   (other encodings, symbolic links);
 * - public/: files added under public/ (documents, links).
 */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { listPublic, readContentDir } from '../../scripts/lib/content-files';
import { BAD_INPUTS_DIR, type BadInput } from '../../scripts/lib/bad-inputs';
import type { ContentSource } from '../../src/lib/content-check/check';

export { BAD_INPUTS_DIR, badInputs, expectedLines, type BadInput } from '../../scripts/lib/bad-inputs';

/** The example content's files after a case's edits, copies and removals (text, by path inside content/). */
function editedFiles(c: BadInput, files: Record<string, string>): Record<string, string> {
  const out = { ...files };
  for (const e of c.edits ?? []) {
    const text = out[e.file];
    if (text === undefined || !text.includes(e.from)) throw new Error(`${c.name}: "${e.from}" is not in ${e.file}`);
    out[e.file] = text.replace(e.from, e.to);
  }
  for (const { from, to } of c.copy ?? []) {
    const text = out[from];
    if (text === undefined) throw new Error(`${c.name}: no file ${from} to copy`);
    out[to] = text;
  }
  for (const file of c.remove ?? []) delete out[file];
  return out;
}

/** The checker's input for a case: the example content and public/ with the case applied, in memory. */
export function badInputSource(c: BadInput, example: ContentSource = readContentDir('content')): ContentSource {
  const dir = join(BAD_INPUTS_DIR, c.name);
  const files = editedFiles(c, example.files);
  const refused = { ...example.refused };
  if (existsSync(join(dir, 'content'))) {
    const overlay = readContentDir(join(dir, 'content'), join(dir, 'no-public'));
    for (const path of Object.keys(overlay.refused ?? {})) delete files[path];
    Object.assign(files, overlay.files);
    Object.assign(refused, overlay.refused);
  }
  const pub = listPublic(join(dir, 'public'));
  return {
    ...example,
    files,
    refused,
    publicFiles: new Set([...(example.publicFiles ?? []), ...pub.files]),
    publicHeads: new Map([...(example.publicHeads ?? []), ...pub.heads]),
    publicSymlinks: [...(example.publicSymlinks ?? []), ...pub.symlinks],
  };
}

/** Writes a case's whole content folder to `target` (for a real build), byte for byte. */
export function writeBadInputContent(c: BadInput, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync('content', target, { recursive: true });
  const files = editedFiles(c, readContentDir('content').files);
  for (const file of c.remove ?? []) rmSync(join(target, file));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
  const overlay = join(BAD_INPUTS_DIR, c.name, 'content');
  if (!existsSync(overlay)) return;
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir)) {
      const from = join(dir, entry);
      const to = join(target, rel, entry);
      if (lstatSync(from).isSymbolicLink()) {
        rmSync(to, { force: true });
        symlinkSync(readlinkSync(from), to);
      } else if (lstatSync(from).isDirectory()) {
        mkdirSync(to, { recursive: true });
        walk(from, join(rel, entry));
      } else cpSync(from, to);
    }
  };
  walk(overlay, '');
}

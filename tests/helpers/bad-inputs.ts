/**
 * The bad-input corpus (tests/fixtures/bad-inputs/<case>/): each case is a mistake a careless staff
 * member or an attacker makes, written as a change of the example content, and `expected.txt` holds
 * the exact lines the checker must print for it (file › field: Thai / English). A case folder has:
 * - case.json: { title, edits: [{ file, from, to }], copy: [{ from, to }], remove: [file] } (paths inside content/,
 *   or inside the program's data as "nacc/…": a framework edited);
 * - content/: files added to (or replacing files of) the example content, kept byte for byte
 *   (other encodings, symbolic links);
 * - public/: files added under public/ (documents, links); case.json's `sizes` gives some of them the size
 *   the check sees (a sparse file in a real build).
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
import { EXAMPLE, readExample } from './example';
import { listPublic, readContentDir } from '../../scripts/lib/content-files';
import { BAD_INPUTS_DIR, type BadInput } from '../../scripts/lib/bad-inputs';
import type { ContentSource } from '../../src/lib/content-check/check';

export { BAD_INPUTS_DIR, badInputs, expectedLines, type BadInput } from '../../scripts/lib/bad-inputs';

/** The prefix of a case's paths inside the program's data (nacc/). */
const PROGRAM = 'nacc/';

/** A case's edits, copies and removals of one home: the content's paths, or the program's without "nacc/". */
function scoped(c: BadInput, home: 'content' | 'program'): BadInput {
  const ours = (path: string) => path.startsWith(PROGRAM) === (home === 'program');
  const inner = (path: string) => (home === 'program' ? path.slice(PROGRAM.length) : path);
  return {
    ...c,
    edits: (c.edits ?? []).filter((e) => ours(e.file)).map((e) => ({ ...e, file: inner(e.file) })),
    copy: (c.copy ?? []).filter((e) => ours(e.from)).map((e) => ({ from: inner(e.from), to: inner(e.to) })),
    remove: (c.remove ?? []).filter(ours).map(inner),
  };
}

/** The example's files after a case's edits, copies and removals (text, by path inside their folder). */
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

/**
 * The checker's input for a case: the example content and public/ with the case applied, in memory. The
 * content is named content/ and public/ in messages, as staff name their own folders (the staff guide
 * shows these messages).
 */
export function badInputSource(c: BadInput, example: ContentSource = readExample()): ContentSource {
  const dir = join(BAD_INPUTS_DIR, c.name);
  const files = editedFiles(scoped(c, 'content'), example.files);
  const program = example.program && {
    ...example.program,
    files: editedFiles(scoped(c, 'program'), example.program.files),
  };
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
    root: 'content',
    publicRoot: 'public',
    files,
    refused,
    ...(program ? { program } : {}),
    publicFiles: new Set([...(example.publicFiles ?? []), ...pub.files]),
    publicHeads: new Map([...(example.publicHeads ?? []), ...pub.heads]),
    publicSizes: new Map([...(example.publicSizes ?? []), ...pub.sizes, ...Object.entries(c.sizes ?? {})]),
    publicZipEntries: new Map([...(example.publicZipEntries ?? []), ...pub.zipEntries]),
    publicSymlinks: [...(example.publicSymlinks ?? []), ...pub.symlinks],
  };
}

/** Writes the example's folder with a case's changes of one home to `target`. */
function writeEdited(c: BadInput, from: string, files: Record<string, string>, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(from, target, { recursive: true });
  for (const file of c.remove ?? []) rmSync(join(target, file));
  for (const [path, text] of Object.entries(editedFiles(c, files))) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
}

/**
 * Writes a case's whole content folder to `target` (for a real build), byte for byte; a case that edits
 * the program's data gets its own copy of it beside (`target`-nacc). Returns the build's environment.
 */
export function writeBadInputContent(c: BadInput, target: string): Record<string, string> {
  const example = readExample();
  writeEdited(scoped(c, 'content'), EXAMPLE.content, example.files, target);
  const program = scoped(c, 'program');
  const env: Record<string, string> = { PRONGSAI_CONTENT: target };
  if (program.edits?.length || program.copy?.length || program.remove?.length) {
    env['PRONGSAI_NACC'] = `${target}-nacc`;
    writeEdited(program, EXAMPLE.program, example.program?.files ?? {}, `${target}-nacc`);
  }
  const overlay = join(BAD_INPUTS_DIR, c.name, 'content');
  if (!existsSync(overlay)) return env;
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
  return env;
}

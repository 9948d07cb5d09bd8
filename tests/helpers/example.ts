/**
 * The example organization (อบต.โคกก่อ, examples/khok-ko/): the program's one fixture for figures. Every
 * test that reads the example's files or builds its site comes through here; no test reads content/,
 * which holds the adopting organization's own data.
 */
import { join } from 'node:path';
import { readContentDir } from '../../scripts/lib/content-files';
import type { ContentSource } from '../../src/lib/content-check/check';
import { EXAMPLE_DIR } from '../../src/data/content-dir';

/** The example's folders, and the program's data (the NACC's frameworks) it is checked with. */
export const EXAMPLE = {
  dir: EXAMPLE_DIR,
  content: `${EXAMPLE_DIR}/content`,
  public: `${EXAMPLE_DIR}/public`,
  program: 'nacc',
} as const;

/** A file of the example's content, by its path inside content/ ("ita/assessments/2566.yaml"). */
export const exampleFile = (path: string) => join(EXAMPLE.content, path);

/** A file of the program's data, by its path inside nacc/ ("ita/frameworks/2566.yaml"). */
export const programFile = (path: string) => join(EXAMPLE.program, path);

/** The environment that builds (or checks) the example's site, whatever content/ holds. */
export const EXAMPLE_ENV = {
  PRONGSAI_CONTENT: EXAMPLE.content,
  PRONGSAI_PUBLIC: EXAMPLE.public,
  PRONGSAI_NACC: EXAMPLE.program,
} as const;

/** The example's files as the checker reads them, with its public folder and the program's data. */
export const readExample = (): ContentSource => readContentDir(EXAMPLE.content, EXAMPLE.public, EXAMPLE.program);

/** A source with one of the program's files replaced (a framework edited for a test). */
export function withProgramFile(source: ContentSource, path: string, text: string): ContentSource {
  const program = source.program ?? { root: EXAMPLE.program, files: {} };
  return { ...source, program: { ...program, files: { ...program.files, [path]: text } } };
}

/** The text of one of the program's files in a source (a framework). */
export function programText(source: ContentSource, path: string): string {
  const text = source.program?.files[path];
  if (text === undefined) throw new Error(`no program file ${path}`);
  return text;
}

/**
 * The bad-input corpus (tests/fixtures/bad-inputs/<case>/), read for the tests and the staff guide's
 * error page: each case's title (case.json) and the exact lines the checker prints for it (expected.txt,
 * which tests/unit/bad-inputs.test.ts keeps equal to what the checker prints).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BAD_INPUTS_DIR = 'tests/fixtures/bad-inputs';

export interface BadInput {
  name: string;
  title: string;
  edits?: { file: string; from: string; to: string }[];
  copy?: { from: string; to: string }[];
  remove?: string[];
  /**
   * Set when the input is published harmlessly rather than refused: how, and the test that proves it on
   * the built site (expected.txt is then empty).
   */
  harmless?: string;
  /**
   * Sizes of files under the case's public/, by site path ("/documents/scan.pdf": 120000000): the file in
   * the folder is small, the check sees this size (a real build gets a sparse file of it), so a test of the
   * size limits never writes 100 MB.
   */
  sizes?: Record<string, number>;
}

/** Every case of the corpus, by folder name. */
export function badInputs(): BadInput[] {
  return readdirSync(BAD_INPUTS_DIR)
    .sort()
    .map((name) => ({
      name,
      ...(JSON.parse(readFileSync(join(BAD_INPUTS_DIR, name, 'case.json'), 'utf8')) as Omit<BadInput, 'name'>),
    }));
}

/** The lines the checker must print for a case. */
export function expectedLines(name: string): string[] {
  return readFileSync(join(BAD_INPUTS_DIR, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** Every case with its title and exact lines, for the staff guide's error page. */
export function corpusForGuide(): { name: string; title: string; lines: string[] }[] {
  return badInputs()
    .filter((c) => !c.harmless)
    .map((c) => ({ name: c.name, title: c.title, lines: expectedLines(c.name) }));
}

// Every page of the organization's site, /admin/ included, passes the Nu HTML checker (the W3C's validator,
// vnu.jar from the vnu-jar package, run by java): stricter than html-validate about a document's structure,
// e.g. a <script> after </html>. Checked in one run over every page. Without vnu-jar or java the test
// says so and is skipped.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/harness';
import { htmlFile, ORG_DIST } from '../helpers/site';

/** vnu.jar's path, when the vnu-jar package is installed (it exports the jar's path). */
function vnuJar(): string | undefined {
  try {
    return String(createRequire(import.meta.url)('vnu-jar'));
  } catch {
    return undefined;
  }
}

const jar = vnuJar();
const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

describe("the Nu HTML checker on every page of the organization's site", () => {
  it.skipIf(!jar || !java)(
    'finds no error on any page, /admin/ included',
    () => {
      const pages = builtPages(ORG_DIST, { admin: true });
      expect(pages).toContain('/admin/');
      const r = spawnSync(
        'java',
        ['-jar', jar!, '--errors-only', '--format', 'text', ...pages.map((p) => htmlFile(p, ORG_DIST))],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const errors = `${r.stdout}${r.stderr}`
        .split('\n')
        .filter((line) => /^(?:Error|Fatal Error):/.test(line) || line.startsWith('From line'));
      expect(errors).toEqual([]);
    },
    300_000,
  );
});

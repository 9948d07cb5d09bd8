// A handful of the bad-input corpus (tests/fixtures/bad-inputs/) through real builds: the build stops
// with the same exact messages npm run check prints, exits non-zero, prints no stack trace, and leaves the
// site already in its output folder exactly as it was. The rest of the corpus runs in-process through the
// same check (tests/unit/bad-inputs.test.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtures';
import { EXAMPLE } from '../helpers/example';
import { BAD_INPUTS_DIR, badInputs, expectedLines, writeBadInputContent } from '../helpers/bad-inputs';

/** Cases that once crashed the build, or passed the check and then published something else. */
const BUILT = [
  'yaml-1-1-directive',
  'unquoted-iso-date',
  'typo-example',
  // A typo in a news item's frontmatter once published a demonstration item as real (issue 22).
  'news-unknown-field',
  'score-flow-comma',
  'symlink-content',
  // Its own public folder (PRONGSAI_PUBLIC), so the document no content file names is its own.
  'document-unused',
];

/** Every file of a folder with its bytes and modification time. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs]);

describe('a refused build', { timeout: 240_000 }, () => {
  it.each(BUILT)('%s: exits non-zero with the exact messages and leaves the existing site untouched', (name) => {
    const c = badInputs().find((b) => b.name === name);
    if (!c) throw new Error(`no case ${name}`);
    // Relative, as staff name the folder: messages name files under it.
    const root = join('node_modules/.prongsai-fixtures', `bad-${name}`);
    const content = join(root, 'content');
    const dist = join(root, 'dist');
    const env = writeBadInputContent(c, content);
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>เว็บไซต์ที่เผยแพร่อยู่</title>');
    const before = snapshot(dist);

    // A case with files under public/ builds with its own copy of public/, never the shared one.
    const pub = join(root, 'public');
    const ownPublic = existsSync(join(BAD_INPUTS_DIR, name, 'public'));
    if (ownPublic) {
      rmSync(pub, { recursive: true, force: true });
      cpSync(EXAMPLE.public, pub, { recursive: true });
      cpSync(join(BAD_INPUTS_DIR, name, 'public'), pub, { recursive: true });
    }

    const build = buildFixture(`bad-${name}`, {
      ...env,
      PRONGSAI_OUT_DIR: dist,
      ...(ownPublic ? { PRONGSAI_PUBLIC: pub } : {}),
    });

    expect(build.ok).toBe(false);
    const lines = build.output.split('\n');
    for (const line of expectedLines(name))
      expect(lines).toContain(line.replace(/^content\//, `${content}/`).replace(/^public\//, `${pub}/`));
    expect(build.output).toContain(`Build failed: ${dist}/ was left as it was.`);
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(snapshot(dist)).toEqual(before);
  });
});

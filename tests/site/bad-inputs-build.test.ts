// A handful of the bad-input corpus (tests/fixtures/bad-inputs/) through real builds: the build stops
// with the same exact messages npm run check prints, exits non-zero, prints no stack trace, and leaves the
// site already in its output folder exactly as it was. The rest of the corpus runs in-process through the
// same check (tests/unit/bad-inputs.test.ts).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
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
  // Passed every check before the plausibility rules: a budget of five trillion baht published.
  'budget-five-trillion',
  // MDX that would run on the build machine: refused before it is compiled, nothing of it published.
  'mdx-import',
  'mdx-expression-env',
  'md-meta-refresh',
  // A 120 MB PDF as a sparse file: refused before Astro copies public/, never written out in full.
  'document-too-large',
  // A page under public/ outside documents/ that Astro would have published as it is.
  'public-stray-file',
];

/** What the code-running cases would have published: the build machine's PATH and /etc/passwd. */
const SECRETS = [process.env['PATH'] ?? '', readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? ''].filter(Boolean);

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
      // A size the case gives a file: extended in place, sparse (no 100 MB written to the disk).
      for (const [site, size] of Object.entries(c.sizes ?? {})) truncateSync(join(pub, site), size);
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
    for (const secret of SECRETS) expect(build.output).not.toContain(secret);
  });
});

describe('the Markdown/MDX pipeline without the content check', { timeout: 240_000 }, () => {
  it('refuses import, export and expressions before compiling: nothing runs, nothing is written', () => {
    const c = badInputs().find((b) => b.name === 'mdx-import');
    if (!c) throw new Error('no case mdx-import');
    const root = join('node_modules/.prongsai-fixtures', 'bad-mdx-no-check');
    const content = join(root, 'content');
    const out = join(root, 'dist');
    const marker = resolve(root, 'ran.txt');
    const env = writeBadInputContent(c, content);
    rmSync(out, { recursive: true, force: true });
    rmSync(marker, { force: true });
    const news = join(content, 'news/2568/road-repair.mdx');
    writeFileSync(
      news,
      `${readFileSync(news, 'utf8')}\nexport const ran = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n{process.env.PATH}\n\n{(() => { while (true) {} })()}\n`,
    );
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
    const r = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'tests/fixtures/astro-no-content-check.config.mjs'],
      { encoding: 'utf8', env: { ...inherited, ...env, PRONGSAI_OUT_DIR: out }, timeout: 200_000 },
    );
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).toBe(1);
    // The check did not run: the pipeline itself refused, with the check's messages at their lines.
    expect(output).not.toContain('prongsai:content-check');
    const file = `${content}/news/2568/road-repair.mdx`;
    const lines = output.split('\n');
    for (const line of expectedLines('mdx-import')) expect(lines).toContain(line.replace(/^content\//, `${content}/`));
    for (const code of ['export', '{process.env.PATH}', '{(() => { while (true) {} })()}'])
      expect(lines.some((l) => l.startsWith(`${file} › `) && l.includes(code))).toBe(true);
    expect(output).toContain('nothing of it ran or was published');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const secret of SECRETS) expect(output).not.toContain(secret);
    expect(existsSync(marker)).toBe(false);
    const written = existsSync(out) ? readdirSync(out, { recursive: true }).map(String) : [];
    for (const f of written) {
      if (statSync(join(out, f)).isDirectory()) continue;
      const text = readFileSync(join(out, f), 'utf8');
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });
});

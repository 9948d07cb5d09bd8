// Upgrades without conflicts (issue 21): an organization that adopted Prongsai takes a newer release
// with git, and nothing of its own is touched. Scratch repositories play the three parties:
//   template  the project's tracked files as they are in the working tree, committed (upstream);
//   fork      a clone of the template (GitHub's Fork, or git clone): shares its history;
//   copy      GitHub's "Use this template": the same files with a history of its own.
// Each adopts an invented อบต. (its organization file, an ITA year imported from a report, a document),
// then the template gains a program release (a new NACC year, 2570, and a change of code), and each pulls
// it exactly as README.md ("การรับรุ่นใหม่") tells staff to. The fork's site is then built once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePaths } from '../helpers/pages';
import { loadPage, readable } from '../helpers/site';
import {
  git,
  initRepo,
  linkNodeModules,
  makeTemplateRepo,
  PROJECT,
  removeScratch,
  scratchDir,
  scratchEnv,
  snapshot,
  trackedFiles,
  tryGit,
  writeIn,
} from '../helpers/scratch-repo';
import { hasOwnOrganization } from '../../src/data/content-dir';

/** The adopting organization: invented for this test (no such อบต. is meant). */
const ORG = {
  name: 'องค์การบริหารส่วนตำบลบ้านใหม่',
  shortName: 'อบต.บ้านใหม่',
  nameEn: 'Ban Mai Subdistrict Administrative Organization',
} as const;

/** The example organization, whose name must appear on no page of the adopted site. */
const EXAMPLE_NAME = 'โคกก่อ';

/** The new NACC year the release brings. */
const NEW_YEAR = 2570;

/** The organization file, written by hand as staff would (`npm run new-org` writes the same shape). */
const ORGANIZATION_YAML = `# หน่วยงานสมมติสำหรับการทดสอบการรับรุ่นใหม่ (tests/site/upgrade.test.ts) ไม่ใช่หน่วยงานจริง
name: ${ORG.name}
shortName: ${ORG.shortName}
nameEn: ${ORG.nameEn}
type: องค์การบริหารส่วนตำบล
address:
  value: ที่ทำการ${ORG.name} (หน่วยงานสมมติสำหรับการทดสอบ)
  example: true
phone:
  value: 0-0000-0000
  example: true
email:
  value: contact@banmai.invalid
  example: true
display:
  thaiDigits: false
  mourning: false
`;

const DOCUMENT_YAML = `title: แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569
items:
  - procurement-plan
date: 10 ต.ค. 2568
fiscalYear: 2569
example: true
unit: กองคลัง
file: /documents/procurement-plan-2569.pdf
summary:
  - แผนการจัดซื้อจัดจ้างของ${ORG.shortName} ปีงบประมาณ 2569 (หน่วยงานสมมติสำหรับการทดสอบ)
`;

/** A small real PDF with text (the checker refuses a .pdf that is not one). */
async function documentPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Ban Mai SAO procurement plan 2569 (a test organization)', {
    x: 50,
    y: 780,
    size: 14,
    font,
  });
  return doc.save();
}

/** Runs an npm script of the project's in `repo` with the project's Node 24 (no npm: it is slow to start). */
function runScript(repo: string, script: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: scratchEnv(),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/**
 * Adopts Prongsai in `repo` as an organization does: its organization file, its first ITA year imported
 * from a report (npm run import), a document with its file, committed. Only content/ and public/ change.
 */
async function adopt(repo: string): Promise<void> {
  writeIn(repo, 'content/organization.yaml', ORGANIZATION_YAML);
  const report = readFileSync(join(PROJECT, 'tests/fixtures/reports/ita-2567-variant.txt'), 'utf8');
  writeIn(repo, 'รายงาน-ITA-2567.txt', report.replaceAll('องค์การบริหารส่วนตำบลตัวอย่าง', ORG.name));
  const imported = runScript(repo, 'scripts/import.ts', ['รายงาน-ITA-2567.txt']);
  expect(imported.status, imported.output).toBe(0);
  writeIn(repo, 'content/documents/procurement-plan-2569.yaml', DOCUMENT_YAML);
  writeIn(repo, 'public/documents/procurement-plan-2569.pdf', await documentPdf());
  const checked = runScript(repo, 'scripts/check.ts', []);
  expect(checked.status, checked.output).toBe(0);
  git(repo, 'add', 'content', 'public');
  git(repo, 'commit', '--quiet', '-m', `${ORG.shortName}: ข้อมูลของหน่วยงาน`);
}

/** A framework of the NACC copied to the next year, as a release that adds a year does. */
function nextYearFramework(text: string, from: number, to: number): string {
  expect(text).toMatch(new RegExp(`^year: ${from}$`, 'm'));
  return text.replace(new RegExp(`^year: ${from}$`, 'm'), `year: ${to}`);
}

/**
 * The template's release: the NACC's frameworks of a new year (the OIT checklist that makes /oit/<year>/
 * and the ITA framework it is scored with; a year shows on the site once its OIT checklist is in nacc/),
 * a change of code and of the guide. Returns the paths it changed.
 */
function release(template: string): string[] {
  const changed: string[] = [];
  for (const tool of ['oit', 'ita']) {
    const from = `nacc/${tool}/frameworks/${NEW_YEAR - 1}.yaml`;
    const to = `nacc/${tool}/frameworks/${NEW_YEAR}.yaml`;
    writeIn(template, to, nextYearFramework(readFileSync(join(template, from), 'utf8'), NEW_YEAR - 1, NEW_YEAR));
    changed.push(to);
  }
  for (const [path, line] of [
    ['src/data/content-dir.ts', '\n// A change of code in a newer release (tests/site/upgrade.test.ts).\n'],
    ['docs/guide/index.md', '\nย่อหน้าที่เพิ่มในรุ่นใหม่ (tests/site/upgrade.test.ts)\n'],
  ] as const) {
    writeIn(template, path, `${readFileSync(join(template, path), 'utf8')}${line}`);
    changed.push(path);
  }
  git(template, 'add', '--all');
  git(template, 'commit', '--quiet', '-m', `NACC frameworks ${NEW_YEAR}, and a change of code`);
  return changed;
}

/** The files that are the organization's own (content/ and public/), byte for byte. */
const ownFiles = (repo: string) => new Map([...snapshot(join(repo, 'content')), ...snapshot(join(repo, 'public'))]);

/** Paths with unmerged (conflicted) entries in a repository. */
const conflicts = (repo: string) => git(repo, 'diff', '--name-only', '--diff-filter=U').trim();

let scratch: string | undefined;
let template = '';
let fork = '';
let copy = '';
let released: string[] = [];
const before = new Map<string, Map<string, string>>();

beforeAll(async () => {
  scratch = scratchDir('upgrade');
  template = join(scratch, 'template');
  fork = join(scratch, 'fork');
  copy = join(scratch, 'copy');
  const start = makeTemplateRepo(template);
  // The fork: a clone, sharing the template's history (remote "origin" is its own repository on GitHub:
  // here none; the template is added as "upstream" as README.md says).
  git(scratch, 'clone', '--quiet', '--no-local', template, fork);
  git(fork, 'remote', 'remove', 'origin');
  // The copy: GitHub's "Use this template" makes one new commit of the same files, with no shared history.
  git(scratch, 'clone', '--quiet', '--no-local', template, copy);
  rmSync(join(copy, '.git'), { recursive: true, force: true });
  initRepo(copy);
  git(copy, 'add', '--all');
  git(copy, 'commit', '--quiet', '-m', 'Initial commit');
  for (const repo of [fork, copy]) {
    linkNodeModules(repo);
    await adopt(repo);
    before.set(repo, ownFiles(repo));
    // README.md: "git remote add upstream <the template's address>".
    git(repo, 'remote', 'add', 'upstream', template);
  }
  expect(git(fork, 'rev-parse', 'HEAD~1').trim()).toBe(start);
  released = release(template);
}, 120_000);

afterAll(() => removeScratch(scratch));

describe('the template ships nothing of an organization', () => {
  // In an adopted repository content/ holds the organization's data (the scratch template leaves it out).
  it.skipIf(hasOwnOrganization())(
    'has no files in content/ or public/ but the two notes for people, so an adopter never merges a change there',
    () => {
      const own = trackedFiles().filter((path) => /^(content|public)\//.test(path));
      expect(own).toEqual(['content/README.md', 'public/README.md']);
    },
  );
});

describe('a fork (or clone) of the template takes a newer release', () => {
  it('git pull --no-rebase upstream main merges with no conflict and leaves content/ and public/ byte for byte', () => {
    const pulled = tryGit(fork, 'pull', '--no-rebase', 'upstream', 'main');
    expect(pulled.status, pulled.output).toBe(0);
    expect(conflicts(fork)).toBe('');
    expect(git(fork, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    // A merge commit: the organization's commit and the release.
    expect(git(fork, 'rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
    expect(ownFiles(fork)).toEqual(before.get(fork));
    for (const path of released)
      expect(readFileSync(join(fork, path), 'utf8')).toBe(readFileSync(join(template, path), 'utf8'));
    // Every program file is the release's.
    expect(git(fork, 'diff', '--stat', 'upstream/main', 'HEAD', '--', '.', ':!content', ':!public')).toBe('');
  });

  it("builds the organization's site with the new year, and no page names the example organization", () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: fork,
      encoding: 'utf8',
      env: scratchEnv(),
    });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const dist = join(fork, 'dist');
    const oit = loadPage(`/oit/${NEW_YEAR}/`, dist);
    expect(oit('h1').text()).toBe(`รายการ OIT ของ ITA ปี ${NEW_YEAR}`);
    expect(readable(oit('body'))).toContain(ORG.shortName);
    // The OIT index is the newest year's.
    expect(readable(loadPage('/oit/', dist)('main'))).toContain(String(NEW_YEAR));
    // The organization's own data: its ITA year, its document and the document's file.
    expect(readable(loadPage('/ita/2567/', dist)('main'))).toContain(ORG.name);
    expect(loadPage('/documents/procurement-plan-2569/', dist)('h1').text()).toContain(
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569',
    );
    expect(existsSync(join(dist, 'documents/procurement-plan-2569.pdf'))).toBe(true);
    // Every page is the organization's: the staff guide's examples name an invented อบต. too.
    const pages = sitePaths(dist);
    expect(pages.length).toBeGreaterThan(50);
    const naming = pages.filter((page) =>
      readFileSync(join(dist, page === '/404.html' ? page : `${page}index.html`), 'utf8').includes(EXAMPLE_NAME),
    );
    expect(naming).toEqual([]);
  });
});

describe('a copy made with "Use this template" (no shared history) takes a newer release', () => {
  it("the first pull joins the histories, takes every program file of the release and leaves the organization's files", () => {
    const plain = tryGit(copy, 'pull', '--no-rebase', 'upstream', 'main');
    expect(plain.status).not.toBe(0);
    expect(plain.output).toContain('refusing to merge unrelated histories');
    const first = tryGit(
      copy,
      'pull',
      '--no-rebase',
      '--allow-unrelated-histories',
      '-X',
      'theirs',
      'upstream',
      'main',
    );
    expect(first.status, first.output).toBe(0);
    expect(conflicts(copy)).toBe('');
    expect(ownFiles(copy)).toEqual(before.get(copy));
    expect(git(copy, 'diff', '--stat', 'upstream/main', 'HEAD', '--', '.', ':!content', ':!public')).toBe('');
  });

  it('after the first pull, the next release comes with the plain pull', () => {
    const path = 'src/data/content-dir.ts';
    writeIn(template, path, `${readFileSync(join(template, path), 'utf8')}// The next release.\n`);
    git(template, 'commit', '--quiet', '--all', '-m', 'The next release');
    for (const repo of [copy, fork]) {
      const pulled = tryGit(repo, 'pull', '--no-rebase', 'upstream', 'main');
      expect(pulled.status, pulled.output).toBe(0);
      expect(conflicts(repo)).toBe('');
      expect(ownFiles(repo)).toEqual(before.get(repo));
      expect(readFileSync(join(repo, path), 'utf8')).toBe(readFileSync(join(template, path), 'utf8'));
    }
  });
});

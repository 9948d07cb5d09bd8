/**
 * Scratch git repositories for the tests that play an adopting organization: a "template" (upstream)
 * made from this project's tracked files as they are in the working tree (committed or not, so the
 * tests run the same in CI's fresh clone and while developing: a new file counts once `git add`ed),
 * clones of it, and node_modules linked from the project (no npm install, no network).
 *
 * Git runs with a fixed identity and without the machine's global and system configuration, so a
 * machine with no git identity (CI runs as root in a fresh clone) or with `pull.rebase` set behaves the same.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (this file is tests/helpers/scratch-repo.ts). */
export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The identity of every commit the tests make (also given to commands run as staff would run them). */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Prongsai test',
  GIT_AUTHOR_EMAIL: 'test@prongsai.invalid',
  GIT_COMMITTER_NAME: 'Prongsai test',
  GIT_COMMITTER_EMAIL: 'test@prongsai.invalid',
} as const;

/**
 * The environment of a command run in a scratch repository: this process's, less what would point it
 * back at the project or change the site (npm's own npm_* settings of the `npm test` that started vitest
 * would make an inner `npm run` act on the project; vitest's import.meta.env values; the PRONGSAI_*,
 * SITE_URL and BASE_PATH overrides), plus git's fixed identity and no global or system git configuration.
 */
export function scratchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const dropped = /^(npm_|PRONGSAI_|INIT_CWD$|SITE_URL$|BASE_PATH$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|VITEST|GIT_)/i;
  for (const [key, value] of Object.entries(process.env)) if (!dropped.test(key)) env[key] = value;
  return { ...env, ...GIT_IDENTITY, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

export interface RunResult {
  status: number | null;
  output: string;
}

const outcome = (r: SpawnSyncReturns<string>): RunResult => ({
  status: r.status,
  output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`,
});

/** Runs git in `cwd`; returns its status and output (stdout then stderr). */
export function tryGit(cwd: string, ...args: string[]): RunResult {
  return outcome(spawnSync('git', args, { cwd, encoding: 'utf8', env: scratchEnv() }));
}

/** Runs git in `cwd` and returns its stdout; throws with the whole output when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: scratchEnv() });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${outcome(r).output}`);
  return r.stdout;
}

/** A new empty folder under the system's temporary folder. */
export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `prongsai-${name}-`));
}

/** Removes a scratch folder, unless PRONGSAI_KEEP_SCRATCH is set (to look at it after a failure). */
export function removeScratch(dir: string | undefined): void {
  if (!dir) return;
  if (process.env['PRONGSAI_KEEP_SCRATCH']) console.log(`scratch kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

/** Copies one file or symbolic link (as a link), making its folder. */
function copyEntry(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else copyFileSync(from, to);
}

/** The project's tracked files as they are in the working tree (a tracked file deleted there is left out). */
export function trackedFiles(): string[] {
  const r = spawnSync('git', ['ls-files', '-z'], { cwd: PROJECT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed in ${PROJECT}:\n${outcome(r).output}`);
  return r.stdout
    .split('\0')
    .filter(Boolean)
    .filter((path) => {
      try {
        lstatSync(join(PROJECT, path));
        return true;
      } catch {
        return false;
      }
    });
}

/** Makes `dir` a git repository on branch main that ignores the node_modules link of linkNodeModules. */
export function initRepo(dir: string): void {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
}

/**
 * Whether a tracked file is the template's: the program's files and the notes of content/ and public/,
 * never an organization's own data (in an adopted repository these tests play the template all the same).
 */
const inTemplate = (path: string) =>
  !/^(?:content|public)\//.test(path) || path === 'content/README.md' || path === 'public/README.md';

/**
 * The template repository (upstream): a new repository in `dir` holding the project's tracked files from
 * the working tree (the program's, not an organization's data), committed once. Returns the commit.
 */
export function makeTemplateRepo(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const path of trackedFiles().filter(inTemplate)) copyEntry(join(PROJECT, path), join(dir, path));
  initRepo(dir);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'Prongsai (the template, from the working tree)');
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/**
 * Gives a scratch repository the project's packages without npm install: a node_modules folder of its
 * own whose entries link to the project's (so Astro's and Vite's caches, node_modules/.astro and .vite,
 * stay the scratch repository's own and never meet the project's or another test's).
 */
export function linkNodeModules(repo: string): void {
  const from = join(PROJECT, 'node_modules');
  const to = join(repo, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    if (!existsSync(join(to, entry))) symlinkSync(join(from, entry), join(to, entry));
  }
}

/** Every file under `dir` (relative, "/"-separated) with its bytes; a symbolic link by its target. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      const key = relative(dir, path).split(sep).join('/');
      if (entry.isSymbolicLink()) files.set(key, `-> ${readlinkSync(path)}`);
      else if (entry.isDirectory()) walk(path);
      else files.set(key, readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** Writes a text file inside a repository, making its folders. */
export function writeIn(repo: string, path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

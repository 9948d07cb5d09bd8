// The guide's path is real (issue 21): every command of /guide/new-organization/ (each line of its ```sh
// blocks, in order) runs as written on a scratch copy of the repository, from the template to a site
// built for publishing. What cannot run here is replaced by the table below, and only that.
//
// The scratch folder holds: template/ (the project's tracked files from the working tree, committed,
// as in tests/site/upgrade.test.ts), origin.git (the organization's repository on GitHub: a bare clone
// of the template, so `git push` needs no substitution), and home/ (where staff type the commands).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  git,
  linkNodeModules,
  makeTemplateRepo,
  PROJECT,
  removeScratch,
  scratchDir,
  scratchEnv,
  snapshot,
  writeIn,
} from '../helpers/scratch-repo';

const GUIDE = join(PROJECT, 'docs/guide/new-organization.md');

/** The commands of a Markdown text: each line of its ```sh blocks, in order (a trailing "\" joins the next line). */
function shCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const [, body] of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    const joined = (body ?? '').replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) {
      const command = line.trim();
      if (command && !command.startsWith('#')) commands.push(command);
    }
  }
  return commands;
}

/** Where a command runs, and what the test gives it. */
interface Session {
  scratch: string;
  /** The organization's repository: a bare clone of the template (what GitHub holds). */
  origin: string;
  /** The current folder, as `cd` left it. */
  cwd: string;
}

interface Substitution {
  /** The command(s) it replaces. */
  pattern: RegExp;
  /** Why the command cannot run as written here. */
  why: string;
  /** What runs instead; returns its output. Throws when it fails. */
  run: (session: Session, match: RegExpMatchArray) => Promise<string> | string;
}

/**
 * The substitution table: the only commands of the guide that do not run as written.
 *
 * | guide's command                 | instead                                                   | why                           |
 * | ------------------------------- | --------------------------------------------------------- | ----------------------------- |
 * | git clone https://github.com/…  | git clone <scratch origin.git> <same folder name>         | no network; GitHub's copy is a local bare repository |
 * | npm install / npm ci            | node_modules linked entry by entry from the project's     | no network; minutes           |
 * | npm start                       | npm start -- --port <free port>, home page fetched, stopped | it serves until Ctrl+C       |
 *
 * `cd` changes the folder of the commands after it. Every other line runs in bash as written and must
 * exit 0. The inputs staff bring are put in place before the line that names them (GIVEN below).
 */
const SUBSTITUTIONS: Substitution[] = [
  {
    pattern: /^git clone https:\/\/github\.com\/[\w.-]+\/([\w.-]+?)(?:\.git)?(?:\s+([\w.-]+))?$/,
    why: "no network: the organization's repository on GitHub is a bare repository in the scratch folder",
    run: (s, m) => git(s.cwd, 'clone', '--quiet', '--no-local', s.origin, m[2] ?? m[1] ?? 'prongsai'),
  },
  {
    pattern: /^npm (?:install|ci)$/,
    why: "no network, and minutes: the project's node_modules is linked entry by entry",
    run: (s) => {
      linkNodeModules(s.cwd);
      return 'node_modules linked';
    },
  },
  {
    pattern: /^npm start$/,
    why: 'it serves until stopped: started on a free port, the home page fetched, then stopped',
    run: (s) => startAndStop(s.cwd),
  },
];

/** The files staff bring before a command that names them (the report saved as .txt, step 4). */
const GIVEN: { name: string; text: () => string }[] = [
  {
    name: 'รายงาน-ITA-2567.txt',
    text: () =>
      readFileSync(join(PROJECT, 'tests/fixtures/reports/ita-2567-variant.txt'), 'utf8').replaceAll(
        'องค์การบริหารส่วนตำบลตัวอย่าง',
        'องค์การบริหารส่วนตำบลบ้านใหม่',
      ),
  },
];

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The home page the served site answers with (what staff see in their browser). */
let servedHome = '';

/** Runs `npm start` on a free port until it serves the home page, then stops it (its whole process group). */
async function startAndStop(cwd: string): Promise<string> {
  const port = await freePort();
  const child = spawn('bash', ['-c', `exec npm start -- --port ${port}`], {
    cwd,
    env: scratchEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  try {
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline && running) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) {
          servedHome = await response.text();
          return output;
        }
      } catch {
        // Not serving yet (still building).
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`npm start served nothing on port ${port}:\n${output}`);
  } finally {
    if (running && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

/** Runs one line of the guide: a substitution, `cd`, or bash as written (exit 0 required). */
async function runCommand(session: Session, command: string): Promise<{ output: string; substituted?: string }> {
  for (const { name, text } of GIVEN) {
    if (command.includes(name) && !existsSync(join(session.cwd, name))) writeIn(session.cwd, name, text());
  }
  const cd = /^cd\s+(\S+)$/.exec(command);
  if (cd) {
    session.cwd = join(session.cwd, cd[1] ?? '.');
    expect(existsSync(session.cwd), command).toBe(true);
    return { output: '' };
  }
  for (const substitution of SUBSTITUTIONS) {
    const match = substitution.pattern.exec(command);
    if (match) return { output: await substitution.run(session, match), substituted: substitution.why };
  }
  const r = spawnSync('bash', ['-c', command], { cwd: session.cwd, encoding: 'utf8', env: scratchEnv() });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`"${command}" exited with ${r.status} in ${session.cwd}:\n${output}`);
  return { output };
}

describe('docs/guide/new-organization.md: the commands staff type', () => {
  const commands = shCommands(readFileSync(GUIDE, 'utf8'));

  it('are marked as ```sh blocks, in the order of the path, with nothing to fill in', () => {
    expect(commands).toEqual([
      'git clone https://github.com/banmai-sao/prongsai.git',
      'cd prongsai',
      'npm install',
      expect.stringMatching(
        /^npm run new-org -- --name "องค์การบริหารส่วนตำบลบ้านใหม่" .*--url https:\/\/www\.banmai\.go\.th$/,
      ),
      'npm run import -- รายงาน-ITA-2567.txt --dry-run',
      'npm run import -- รายงาน-ITA-2567.txt',
      'npm run check',
      'npm run oit',
      'npm start',
      'git add content public',
      'git commit -m "ข้อมูลของ อบต.บ้านใหม่"',
      'git push',
      'npm run build:publish',
    ]);
    // Every flag of new-org is shown.
    for (const flag of ['--name', '--short-name', '--name-en', '--type', '--province', '--url'])
      expect(commands[3]).toContain(`${flag} `);
    // A placeholder (<your-repo>, …) belongs in prose or a ```text block, never in a command.
    expect(commands.filter((c) => /[<>]|…|\.\.\./.test(c))).toEqual([]);
    // Each substitution is used, so the table cannot outlive the guide.
    for (const { pattern } of SUBSTITUTIONS)
      expect(
        commands.some((c) => pattern.test(c)),
        String(pattern),
      ).toBe(true);
  });

  // npm run new-org is being built on another branch: until it is merged, the path cannot run.
  let scratch: string | undefined;
  afterAll(() => removeScratch(scratch));

  it.skipIf(!existsSync(join(PROJECT, 'scripts/new-org.ts')))(
    'run as written (but for the substitution table) on a scratch copy, from the template to a published build',
    async () => {
      scratch = scratchDir('guide');
      const template = join(scratch, 'template');
      makeTemplateRepo(template);
      const origin = join(scratch, 'origin.git');
      git(scratch, 'clone', '--quiet', '--bare', '--no-local', template, origin);
      const home = join(scratch, 'home');
      writeIn(home, '.keep', '');
      const session: Session = { scratch, origin, cwd: home };
      const projectContent = snapshot(join(PROJECT, 'content'));

      const log: string[] = [];
      for (const command of commands) {
        const started = Date.now();
        const { substituted } = await runCommand(session, command);
        log.push(`${command}${substituted ? `  [instead: ${substituted}]` : ''} (${Date.now() - started} ms)`);
      }
      console.log(`guide commands:\n  ${log.join('\n  ')}`);

      const repo = session.cwd;
      // npm start served the organization's site.
      expect(servedHome).toContain('บ้านใหม่');
      // The organization's data was pushed to its repository on GitHub.
      expect(git(origin, 'show', 'main:content/organization.yaml')).toContain('name: องค์การบริหารส่วนตำบลบ้านใหม่');
      expect(git(origin, 'ls-tree', '-r', '--name-only', 'main', 'content')).toContain(
        'content/ita/assessments/2567.yaml',
      );
      // The publishing build is for the organization's address (--url), its ITAS sheet included.
      const dist = join(repo, 'dist');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('บ้านใหม่');
      expect(readFileSync(join(dist, 'oit/2567/itas.csv'), 'utf8')).toContain('https://www.banmai.go.th/');
      // Nothing ran in the project itself.
      expect(snapshot(join(PROJECT, 'content'))).toEqual(projectContent);
    },
    400_000,
  );
});

// The form editor's file API (scripts/lib/cms-api.ts, issue 22 part 3) on a copy of the example: only
// content/ and public/documents/, only this computer's Host and Origin, only with the session's token,
// never a value the content check refuses, never a request over its size limit — and a valid save works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCms, type CmsServer } from '../../scripts/lib/cms-server';
import { MAX_DOCUMENT_BYTES } from '../../scripts/lib/cms-api';
import { EXAMPLE } from '../helpers/example';

let repo = '';
let outsideDir = '';
let server: CmsServer;
let host = '';

interface Answer {
  status: number;
  body: { error?: string; problems?: { file: string; field: string; th: string; en: string; line: string }[] } & Record<
    string,
    unknown
  >;
}

/** One HTTP request to the API, with the headers given (Host included: node:http sends what it is told). */
function call(
  body: unknown,
  headers: Record<string, string> = {},
  { method = 'POST', path = '/api/v1' } = {},
): Promise<Answer> {
  const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const url = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method,
        headers: {
          Host: host,
          'Content-Type': 'application/json',
          'X-Prongsai-Token': server.token,
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          ok({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Answer['body']) : {} }),
        );
      },
    );
    req.on('error', fail);
    if (method === 'POST') req.end(payload);
    else req.end();
  });
}

const persist = (path: string, raw: string) => ({
  action: 'persistEntry',
  params: { branch: 'main', entry: { slug: 'x', path, raw }, assets: [], options: { commitMessage: 'x' } },
});

const onDisk = (path: string) => readFileSync(join(repo, path), 'utf8');
const ASSESSMENT = 'content/ita/assessments/2566.yaml';

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'prongsai-cms-api-'));
  outsideDir = mkdtempSync(join(tmpdir(), 'prongsai-cms-outside-'));
  cpSync(EXAMPLE.content, join(repo, 'content'), { recursive: true });
  cpSync(EXAMPLE.public, join(repo, 'public'), { recursive: true });
  // The rest of a repository, which the editor must never reach.
  writeFileSync(join(repo, 'package.json'), '{"name":"prongsai"}\n');
  writeFileSync(join(repo, 'README.md'), '# read me\n');
  mkdirSync(join(repo, '.git/hooks'), { recursive: true });
  writeFileSync(join(repo, '.git/config'), '[core]\n');
  mkdirSync(join(repo, 'scripts'));
  writeFileSync(join(repo, 'scripts/build.mjs'), '// build\n');
  writeFileSync(join(outsideDir, 'secret.txt'), 'secret\n');
  symlinkSync(outsideDir, join(repo, 'content/linked'));
  const site = join(repo, 'site');
  mkdirSync(site);
  server = await serveCms(repo, site);
  host = new URL(server.url).host;
});

afterAll(async () => {
  await server?.close();
  rmSync(repo, { recursive: true, force: true });
  rmSync(outsideDir, { recursive: true, force: true });
});

// Each write runs the whole content check, and one request carries 28 MB: slow on a busy machine.
describe('the editor API refuses what it must', { timeout: 60_000 }, () => {
  it.each([
    ['package.json'],
    ['scripts/build.mjs'],
    ['.git/hooks/pre-commit'],
    ['src/pages/evil.astro'],
    ['README.md'],
    ['content/../package.json'],
    ['public/documents/../../package.json'],
    ['public/robots.txt'],
    ['/etc/passwd'],
    [join(repo, 'package.json')],
    ['content/linked/secret.txt'],
    ['content/.hidden.yaml'],
  ])('a write to %s, with a Thai message (403)', async (path) => {
    const before = existsSync(join(repo, 'package.json')) ? onDisk('package.json') : '';
    const r = await call(persist(path, 'name: pwned\n'));
    expect(r.status).toBe(403);
    expect(r.body.error).toMatch(/^แก้ไขได้เฉพาะไฟล์ใน content\/ และ public\/documents\/ เท่านั้น/);
    expect(onDisk('package.json')).toBe(before);
    expect(existsSync(join(repo, '.git/hooks/pre-commit'))).toBe(false);
    expect(existsSync(join(repo, 'src'))).toBe(false);
    expect(onDisk('README.md')).toBe('# read me\n');
    expect(readFileSync(join(outsideDir, 'secret.txt'), 'utf8')).toBe('secret\n');
  });

  it('reads, uploads and deletes outside them too', async () => {
    for (const body of [
      { action: 'getEntry', params: { branch: 'main', path: '.git/config' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'package.json' } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'scripts', extension: 'mjs', depth: 1 } },
      { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'content/linked/secret.txt' }] } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'public' } },
      {
        action: 'persistMedia',
        params: { branch: 'main', asset: { path: 'public/x.html', content: 'PHA+', encoding: 'base64' }, options: {} },
      },
      { action: 'deleteFile', params: { branch: 'main', path: 'README.md', options: {} } },
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/organization.yaml', 'package.json'] } },
    ]) {
      const r = await call(body);
      expect(r.status, body.action).toBe(403);
      expect(JSON.stringify(r.body), body.action).not.toContain('[core]');
    }
    expect(onDisk('README.md')).toBe('# read me\n');
    expect(existsSync(join(repo, 'content/organization.yaml'))).toBe(true);
    expect(existsSync(join(repo, 'public/x.html'))).toBe(false);
  });

  it('a foreign Host (DNS rebinding), even with the token', async () => {
    const r = await call({ action: 'info' }, { Host: `attacker.example:${new URL(server.url).port}` });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatch(/^ที่อยู่ \(Host\) "attacker\.example:\d+" ไม่ใช่เครื่องนี้/);
    const session = await call(undefined, { Host: 'attacker.example' }, { method: 'GET', path: '/api/v1/session' });
    expect(session.status).toBe(403);
    expect(JSON.stringify(session.body)).not.toContain(server.token);
  });

  it('a foreign Origin, for the token and for a request', async () => {
    const session = await call(
      undefined,
      { Origin: 'http://attacker.example' },
      { method: 'GET', path: '/api/v1/session' },
    );
    expect(session.status).toBe(403);
    expect(JSON.stringify(session.body)).not.toContain(server.token);
    const r = await call(persist(ASSESSMENT, 'year: 2566\n'), { Origin: 'http://attacker.example' });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatch(/^คำขอมาจากเว็บไซต์อื่น \(http:\/\/attacker\.example\) จึงไม่รับ/);
    const crossSite = await call({ action: 'info' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('a request without the token, or with a wrong one', async () => {
    const before = onDisk(ASSESSMENT);
    for (const token of ['', 'x'.repeat(server.token.length), 'short']) {
      const r = await call(persist(ASSESSMENT, 'year: 2566\n'), { 'X-Prongsai-Token': token });
      expect(r.status).toBe(403);
      expect(r.body.error).toMatch(/^ไม่มีรหัสของการแก้ไขครั้งนี้หรือรหัสไม่ถูกต้อง/);
    }
    expect(onDisk(ASSESSMENT)).toBe(before);
  });

  it('an invalid value (score: 101) with the check’s message, file › field, and writes nothing', async () => {
    const before = onDisk(ASSESSMENT);
    const r = await call(persist(ASSESSMENT, before.replace('score: 78.31', 'score: 101')));
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(/^บันทึกไม่ได้ ข้อมูลยังไม่ผ่านการตรวจ 1 รายการ/);
    expect(r.body.problems).toHaveLength(1);
    const [problem] = r.body.problems!;
    expect(problem).toMatchObject({ file: ASSESSMENT, field: 'scores.0.score', found: '101' });
    expect(problem!.line).toMatch(/^content\/ita\/assessments\/2566\.yaml › scores\.0\.score: .+ \/ .+/);
    expect(onDisk(ASSESSMENT)).toBe(before);
  });

  it('a write that breaks another file (a cross-file rule): the whole check runs', async () => {
    const r = await call({
      action: 'deleteFile',
      params: { branch: 'main', path: 'content/organization.yaml', options: { commitMessage: 'x' } },
    });
    expect(r.status).toBe(422);
    expect(r.body.problems?.map((p) => p.line).join('\n')).toContain('organization');
    expect(existsSync(join(repo, 'content/organization.yaml'))).toBe(true);
  });

  it('a document over the size limit, with a Thai message', async () => {
    const content = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x25).toString('base64');
    const r = await call({
      action: 'persistMedia',
      params: { branch: 'main', asset: { path: 'public/documents/big.pdf', content, encoding: 'base64' }, options: {} },
    });
    expect(r.status).toBe(413);
    expect(r.body.error).toMatch(/^ไฟล์ public\/documents\/big\.pdf ใหญ่ 20\.0 MB เกินที่รับได้ 20 MB/);
    expect(existsSync(join(repo, 'public/documents/big.pdf'))).toBe(false);
    const yaml = await call(persist(ASSESSMENT, `year: 2566\nsource: ${'ก'.repeat(400_000)}\n`));
    expect(yaml.status).toBe(413);
  });
});

describe('the editor API accepts a valid edit', { timeout: 60_000 }, () => {
  it('gives the token to the same origin only', async () => {
    const r = await call(undefined, { Origin: `http://${host}` }, { method: 'GET', path: '/api/v1/session' });
    expect(r).toEqual({ status: 200, body: { token: server.token } });
  });

  it('lists and reads the content', async () => {
    const list = await call({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'content/ita/assessments', extension: 'yaml', depth: 1 },
    });
    expect(list.status).toBe(200);
    expect((list.body as unknown as { file: { path: string } }[]).map((e) => e.file.path)).toEqual([ASSESSMENT]);
  });

  it('saves a valid change', async () => {
    const before = onDisk(ASSESSMENT);
    const after = before.replace('score: 78.31', 'score: 78.32');
    const r = await call(persist(ASSESSMENT, after), { Origin: `http://localhost:${new URL(server.url).port}` });
    expect(r).toEqual({ status: 200, body: { message: 'entry persisted' } });
    expect(onDisk(ASSESSMENT)).toBe(after);
  });

  it('uploads a PDF into public/documents/', async () => {
    const content = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const r = await call({
      action: 'persistMedia',
      params: { branch: 'main', asset: { path: 'public/documents/new.pdf', content, encoding: 'base64' }, options: {} },
    });
    expect(r.status).toBe(200);
    expect(onDisk('public/documents/new.pdf')).toBe('%PDF-1.4\n%%EOF\n');
  });
});

/**
 * The form editor's file API (Node only): the protocol of decap-server's "local_fs" API (POST /api/v1
 * with { action, params }), answered by the project itself so that every request passes these guards:
 * - only a loopback Host and Origin with the server's own port (a web page elsewhere cannot reach it, by
 *   DNS rebinding or by a cross-site request);
 * - a token made for this session, which the admin page fetches from GET /api/v1/session (same origin
 *   only) and sends with every request in the X-Prongsai-Token header;
 * - only files under the organization's content folder and public/documents/ (no other path, no `..`,
 *   no absolute path, no hidden file, no symbolic link leading elsewhere);
 * - a size limit on every request, file and document;
 * - before every write (a form's save, an upload, a deletion), the whole content check (`npm run check`,
 *   the cross-file rules included) on the content as it would be after the write: a write that adds a
 *   problem is refused with the check's messages, and nothing is written.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, lstatSync, promises as fs, realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readContentDir } from './content-files.ts';
import { checkContent, type ContentSource } from '../../src/lib/content-check/check.ts';
import { formatProblem, messageText, type Problem } from '../../src/lib/content-check/messages.ts';
import { programDir } from '../../src/data/content-dir.ts';

/** The header the admin page sends the session's token in. */
export const TOKEN_HEADER = 'x-prongsai-token';
/** Where the admin page fetches the token. */
export const SESSION_PATH = '/api/v1/session';
export const API_PATH = '/api/v1';

/** The largest document an upload may carry (20 MB: a scanned report fits, a phone still opens it). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** The largest content file (YAML, Markdown) a form may save. */
export const MAX_CONTENT_BYTES = 1024 * 1024;
/** The largest request: one document in base64 (4 bytes for every 3) and the form's data. */
export const MAX_REQUEST_BYTES = Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 2 * MAX_CONTENT_BYTES;

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A refusal: the HTTP status and the message (Thai / English) the admin page shows. */
class Refused extends Error {
  readonly status: number;
  readonly problems: Problem[];
  constructor(status: number, th: string, en: string, problems: Problem[] = []) {
    super(`${th} / ${en}`);
    this.status = status;
    this.problems = problems;
  }
}

const forbidden = (th: string, en: string) => new Refused(403, th, en);

export interface CmsApiOptions {
  /** The folder of the organization's content, relative to the repository or absolute (default content). */
  content?: string;
  /** The organization's public folder; only its documents/ is reachable (default public). */
  public?: string;
  /** The session's token (default: a new random one). */
  token?: string;
}

export interface CmsApi {
  /** Answers /api/v1 and /api/v1/session; anything else goes to `next`. */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  token: string;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host values of this server: loopback names with the port the request came in on. */
function ownHosts(req: IncomingMessage): string[] {
  const port = req.socket.localPort;
  return LOOPBACK.map((name) => `${name}:${port}`);
}

/** Refuses a request whose Host or Origin is not this server on loopback, or that a browser marks cross-site. */
function checkOrigin(req: IncomingMessage): void {
  const hosts = ownHosts(req);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host))
    throw forbidden(
      `ที่อยู่ (Host) "${host}" ไม่ใช่เครื่องนี้: เปิดหน้าแก้ไขที่ http://localhost:${req.socket.localPort}/admin/ เท่านั้น`,
      `foreign Host "${host}": open the editor at http://localhost:${req.socket.localPort}/admin/ only`,
    );
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`))
    throw forbidden(
      `คำขอมาจากเว็บไซต์อื่น (${origin}) จึงไม่รับ: แก้ไขได้จากหน้า /admin/ บนเครื่องนี้เท่านั้น`,
      `request from another site (${origin}) refused: edit from /admin/ on this computer only`,
    );
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw forbidden(
      'คำขอมาจากเว็บไซต์อื่นจึงไม่รับ: แก้ไขได้จากหน้า /admin/ บนเครื่องนี้เท่านั้น',
      `cross-site request (${site}) refused: edit from /admin/ on this computer only`,
    );
}

function checkToken(req: IncomingMessage, token: string): void {
  const sent = req.headers[TOKEN_HEADER];
  const ok =
    typeof sent === 'string' && sent.length === token.length && timingSafeEqual(Buffer.from(sent), Buffer.from(token));
  if (!ok)
    throw forbidden(
      'ไม่มีรหัสของการแก้ไขครั้งนี้หรือรหัสไม่ถูกต้อง: เปิดหน้า /admin/ ใหม่ (กด F5) แล้วลองอีกครั้ง',
      'missing or wrong session token: reload /admin/ and try again',
    );
}

/** The request's body, refused beyond the limit (before reading, when it says its length). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooBig = () =>
    new Refused(
      413,
      `ข้อมูลที่ส่งมาใหญ่เกิน ${MB(limit)}: ไฟล์เอกสารต้องไม่เกิน ${MB(MAX_DOCUMENT_BYTES)} ให้ย่อขนาดไฟล์ (เช่น สแกนที่ความละเอียดต่ำลง) แล้วอัปโหลดใหม่`,
      `request over ${MB(limit)}: a document may be at most ${MB(MAX_DOCUMENT_BYTES)}; make it smaller and upload again`,
    );
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooBig();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The two places the editor reaches, as absolute real paths, and how staff name them. */
interface Roots {
  repo: string;
  content: string;
  documents: string;
  publicDir: string;
  /** The folders as named in messages, relative to the repository ("content", "public"). */
  contentLabel: string;
  publicLabel: string;
}

const slashed = (path: string) => path.split(sep).join('/');
const inside = (root: string, path: string) => {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

const outside = (path: string, roots: Roots) =>
  forbidden(
    `แก้ไขได้เฉพาะไฟล์ใน ${roots.contentLabel}/ และ ${roots.publicLabel}/documents/ เท่านั้น ไม่รับ "${path}"`,
    `only files under ${roots.contentLabel}/ and ${roots.publicLabel}/documents/ can be edited: "${path}" refused`,
  );

/** Where a path of the CMS leads, refused unless it is under content/ or public/documents/. */
function resolvePath(path: unknown, roots: Roots): { abs: string; kind: 'content' | 'documents' } {
  if (typeof path !== 'string' || !path || path.includes('\0') || path.includes('\\') || isAbsolute(path))
    throw outside(String(path), roots);
  const parts = path.split('/');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) throw outside(path, roots);
  const abs = resolve(roots.repo, path);
  const kind = inside(roots.content, abs) ? 'content' : inside(roots.documents, abs) ? 'documents' : undefined;
  if (!kind) throw outside(path, roots);
  const root = kind === 'content' ? roots.content : roots.documents;
  // No symbolic link on the way: the deepest folder that exists is really inside the root.
  let existing = abs;
  while (!existsSync(existing) && existing !== root) existing = dirname(existing);
  if (existsSync(existing)) {
    if (lstatSync(existing).isSymbolicLink() || !inside(root, realpathSync(existing))) throw outside(path, roots);
  }
  return { abs, kind };
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The files under a folder, to a depth, ending with the extension (symbolic links skipped). */
async function listFiles(dir: string, extension: string, depth: number): Promise<string[]> {
  if (depth <= 0 || !existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, extension, depth - 1)));
    else if (entry.isFile() && entry.name.endsWith(extension)) out.push(path);
  }
  return out;
}

/** A change the CMS asks for, before it is made. */
type Change =
  | { op: 'write'; path: string; abs: string; kind: 'content' | 'documents'; data: Buffer }
  | { op: 'delete'; path: string; abs: string; kind: 'content' | 'documents' }
  | { op: 'move'; from: string; abs: string; to: string; toAbs: string; kind: 'content' | 'documents' };

interface Asset {
  path: string;
  content: string;
  encoding: string;
}
interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}

/** A file's content as the request carries it, refused beyond its limit. */
function assetData(asset: Asset, roots: Roots): Change {
  const { abs, kind } = resolvePath(asset.path, roots);
  if (asset.encoding !== 'base64' || typeof asset.content !== 'string')
    throw new Refused(400, 'ข้อมูลไฟล์ไม่ถูกต้อง', 'invalid file data');
  const data = Buffer.from(asset.content, 'base64');
  const limit = kind === 'documents' ? MAX_DOCUMENT_BYTES : MAX_CONTENT_BYTES;
  if (data.length > limit) throw tooLarge(asset.path, data.length, limit);
  return { op: 'write', path: asset.path, abs, kind, data };
}

const tooLarge = (path: string, size: number, limit: number) =>
  new Refused(
    413,
    `ไฟล์ ${path} ใหญ่ ${(size / 1024 / 1024).toFixed(1)} MB เกินที่รับได้ ${MB(limit)}: ให้ย่อขนาดไฟล์ (เช่น สแกนที่ความละเอียดต่ำลง หรือแบ่งเป็นหลายไฟล์) แล้วลองใหม่`,
    `${path} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MB(limit)} limit: make it smaller or split it`,
  );

function dataFileChange(file: DataFile, roots: Roots): Change[] {
  const { abs, kind } = resolvePath(file.path, roots);
  if (typeof file.raw !== 'string') throw new Refused(400, 'ข้อมูลไฟล์ไม่ถูกต้อง', 'invalid file data');
  const data = Buffer.from(file.raw, 'utf8');
  const limit = kind === 'documents' ? MAX_DOCUMENT_BYTES : MAX_CONTENT_BYTES;
  if (data.length > limit) throw tooLarge(file.path, data.length, limit);
  return [{ op: 'write', path: file.path, abs, kind, data }];
}

/** The problems a code of the check that the editor lets pass: a document no file names yet (an upload, a replaced file). */
const TRANSITIONAL = new Set(['document.unused']);

/** The check's input after the changes, in memory. */
function afterChanges(source: ContentSource, changes: readonly Change[], roots: Roots): ContentSource {
  const files = { ...source.files };
  const refused = { ...source.refused };
  const publicFiles = new Set(source.publicFiles);
  const publicHeads = new Map(source.publicHeads);
  const inner = (abs: string) => slashed(relative(roots.content, abs));
  const site = (abs: string) => `/${slashed(relative(roots.publicDir, abs))}`;
  const remove = (abs: string, kind: Change['kind']) => {
    if (kind === 'content') {
      delete files[inner(abs)];
      delete refused[inner(abs)];
    } else {
      publicFiles.delete(site(abs));
      publicHeads.delete(site(abs));
    }
  };
  const put = (abs: string, kind: Change['kind'], data: Buffer) => {
    if (kind === 'content') {
      delete refused[inner(abs)];
      files[inner(abs)] = data.toString('utf8');
    } else {
      publicFiles.add(site(abs));
      publicHeads.set(site(abs), data.subarray(0, 8).toString('latin1'));
    }
  };
  for (const c of changes) {
    if (c.op === 'write') put(c.abs, c.kind, c.data);
    else if (c.op === 'delete') remove(c.abs, c.kind);
    else {
      const text = c.kind === 'content' ? files[inner(c.abs)] : undefined;
      remove(c.abs, c.kind);
      if (text !== undefined) files[inner(c.toAbs)] = text;
      else if (c.kind === 'documents') publicFiles.add(site(c.toAbs));
    }
  }
  return { ...source, files, refused, publicFiles, publicHeads };
}

/** The content as the check reads it, with the folders named as staff name them. */
function readSource(roots: Roots): ContentSource {
  const source = readContentDir(roots.content, roots.publicDir, programDir());
  return { ...source, root: roots.contentLabel, publicRoot: roots.publicLabel };
}

/**
 * The problems a write would leave: every problem of the check after the write that was not there
 * before, and every problem of the files it writes (a form must leave its file valid).
 */
function writeProblems(roots: Roots, changes: readonly Change[]): Problem[] {
  const before = readSource(roots);
  const after = checkContent(afterChanges(before, changes, roots)).problems.filter((p) => !TRANSITIONAL.has(p.code));
  if (!after.length) return [];
  const written = new Set(
    changes.map((c) =>
      slashed(
        join(
          c.kind === 'content' ? roots.contentLabel : roots.publicLabel,
          relative(c.kind === 'content' ? roots.content : roots.publicDir, c.op === 'move' ? c.toAbs : c.abs),
        ),
      ),
    ),
  );
  const old = new Set(checkContent(before).problems.map(formatProblem));
  return after.filter((p) => written.has(p.file) || !old.has(formatProblem(p)));
}

async function apply(changes: readonly Change[]): Promise<void> {
  for (const c of changes) {
    if (c.op === 'write') {
      await fs.mkdir(dirname(c.abs), { recursive: true });
      await fs.writeFile(c.abs, c.data);
    } else if (c.op === 'delete') await fs.rm(c.abs, { force: true });
    else {
      await fs.mkdir(dirname(c.toAbs), { recursive: true });
      await fs.rename(c.abs, c.toAbs);
    }
  }
}

async function entry(roots: Roots, path: unknown, label?: unknown) {
  const { abs } = resolvePath(path, roots);
  try {
    const data = await fs.readFile(abs);
    return { data: data.toString('utf8'), file: { path, label, id: sha(data) } };
  } catch {
    return { data: null, file: { path, label, id: null } };
  }
}

async function mediaFile(roots: Roots, path: unknown) {
  const { abs } = resolvePath(path, roots);
  const data = await fs.readFile(abs).catch(() => {
    throw new Refused(404, `ไม่พบไฟล์ ${String(path)}`, `no file ${String(path)}`);
  });
  return { id: sha(data), content: data.toString('base64'), encoding: 'base64', path, name: basename(abs) };
}

type Params = Record<string, unknown>;

/** One request of the CMS: its answer, or a refusal. */
async function act(action: unknown, params: Params, roots: Roots, write: (c: Change[]) => Promise<void>) {
  const rel = (abs: string) => slashed(relative(roots.repo, abs));
  switch (action) {
    case 'info':
      return { repo: basename(roots.repo), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder': {
      const { abs } = resolvePath(params['folder'], roots);
      const files = await listFiles(
        abs,
        typeof params['extension'] === 'string' ? params['extension'] : '',
        Number(params['depth'] ?? 1),
      );
      return Promise.all(files.map((f) => entry(roots, rel(f))));
    }
    case 'entriesByFiles': {
      const files = Array.isArray(params['files']) ? (params['files'] as { path: unknown; label?: unknown }[]) : [];
      for (const f of files) resolvePath(f?.path, roots);
      return Promise.all(files.map((f) => entry(roots, f.path, f.label)));
    }
    case 'getEntry':
      return entry(roots, params['path']);
    case 'getMedia': {
      const { abs } = resolvePath(params['mediaFolder'], roots);
      return Promise.all((await listFiles(abs, '', 1)).map((f) => mediaFile(roots, rel(f))));
    }
    case 'getMediaFile':
      return mediaFile(roots, params['path']);
    case 'persistEntry': {
      const main = params['entry'] as DataFile | undefined;
      const dataFiles = (params['dataFiles'] as DataFile[] | undefined) ?? (main ? [main] : []);
      const assets = (params['assets'] as Asset[] | undefined) ?? [];
      if (!Array.isArray(dataFiles) || !Array.isArray(assets)) throw new Refused(400, 'ข้อมูลไม่ถูกต้อง', 'invalid request');
      const changes: Change[] = [
        ...dataFiles.flatMap((f) => dataFileChange(f, roots)),
        ...assets.map((a) => assetData(a, roots)),
      ];
      if (dataFiles.length && dataFiles.every((f) => f.newPath))
        for (const f of dataFiles) {
          const from = resolvePath(f.path, roots);
          const to = resolvePath(f.newPath, roots);
          if (from.kind !== to.kind) throw outside(String(f.newPath), roots);
          changes.push({
            op: 'move',
            from: f.path,
            abs: from.abs,
            to: String(f.newPath),
            toAbs: to.abs,
            kind: to.kind,
          });
        }
      await write(changes);
      return { message: 'entry persisted' };
    }
    case 'persistMedia': {
      const asset = params['asset'] as Asset;
      await write([assetData(asset, roots)]);
      return mediaFile(roots, asset.path);
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = action === 'deleteFile' ? [params['path']] : (params['paths'] as unknown[]);
      if (!Array.isArray(paths)) throw new Refused(400, 'ข้อมูลไม่ถูกต้อง', 'invalid request');
      await write(
        paths.map((p) => {
          const { abs, kind } = resolvePath(p, roots);
          return { op: 'delete', path: String(p), abs, kind } as const;
        }),
      );
      return { message: `deleted ${paths.join(', ')}` };
    }
    case 'getDeployPreview':
      return null;
    default:
      throw new Refused(422, `ไม่รู้จักคำสั่ง ${String(action)}`, `unknown action ${String(action)}`);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(json);
}

/** The refusal as the admin page reads it: the message, and the check's problems (file › field: Thai / English). */
function refusal(error: Refused) {
  return {
    error: error.message,
    ...(error.problems.length
      ? {
          problems: error.problems.map((p) => ({
            file: p.file,
            field: p.field,
            ...messageText(p),
            ...(p.found === undefined ? {} : { found: p.found }),
            line: formatProblem(p),
          })),
        }
      : {}),
  };
}

/** The editor's API over the files of `repo` (the project, or a test's copy of it). */
export function cmsApi(repo: string, options: CmsApiOptions = {}): CmsApi {
  const token = options.token ?? randomBytes(32).toString('hex');
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const repoAbs = real(repo);
  const content = real(resolve(repoAbs, options.content ?? 'content'));
  const publicDir = real(resolve(repoAbs, options.public ?? 'public'));
  const label = (abs: string) => (inside(repoAbs, abs) ? slashed(relative(repoAbs, abs)) : slashed(abs));
  const roots: Roots = {
    repo: repoAbs,
    content,
    publicDir,
    documents: join(publicDir, 'documents'),
    contentLabel: label(content),
    publicLabel: label(publicDir),
  };
  // One write at a time: each checks the content as the previous one left it.
  let queue: Promise<unknown> = Promise.resolve();
  const write = (changes: Change[]) => {
    const run = queue.then(async () => {
      const problems = writeProblems(roots, changes);
      if (problems.length)
        throw new Refused(
          422,
          `บันทึกไม่ได้ ข้อมูลยังไม่ผ่านการตรวจ ${problems.length} รายการ: แก้ตามข้อความที่ช่องซึ่งมีกรอบสีแดง`,
          `not saved: ${problems.length} problem(s) found by the content check`,
          problems,
        );
      await apply(changes);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const handle: CmsApi['handle'] = (req, res, next) => {
    const url = (req.url ?? '').split('?')[0];
    if (url !== API_PATH && url !== SESSION_PATH && url !== `${API_PATH}/`) return next();
    void (async () => {
      try {
        checkOrigin(req);
        if (url === SESSION_PATH) {
          if (req.method !== 'GET') throw new Refused(405, 'ใช้ GET เท่านั้น', 'GET only');
          return send(res, 200, { token });
        }
        if (req.method !== 'POST') throw new Refused(405, 'ใช้ POST เท่านั้น', 'POST only');
        checkToken(req, token);
        const body = await readBody(req, MAX_REQUEST_BYTES);
        let parsed: { action?: unknown; params?: Params };
        try {
          parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
        } catch {
          throw new Refused(400, 'ข้อมูลที่ส่งมาไม่ใช่ JSON', 'the request is not JSON');
        }
        const params = parsed.params && typeof parsed.params === 'object' ? parsed.params : {};
        send(res, 200, await act(parsed.action, params, roots, write));
      } catch (error) {
        if (error instanceof Refused) {
          if (error.status === 413) res.setHeader('Connection', 'close');
          send(res, error.status, refusal(error));
        } else {
          console.error(error);
          send(res, 500, {
            error: `เกิดข้อผิดพลาดที่เครื่องนี้ ดูรายละเอียดในหน้าต่างที่สั่ง npm run edit / server error: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
    })();
  };
  return { handle, token };
}

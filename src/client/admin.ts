/**
 * The admin page (/admin/): loads Decap CMS (copied into /admin/ by the build), teaches it to read and
 * write content files as staff write them (src/lib/cms/yaml.ts), refuses a save the content check
 * would refuse with the check's own Thai/English message, and starts it. On the staff PC (npm run edit)
 * the CMS works on the local files through the same origin's /api/v1; online it uses the git host.
 */
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import { CMS_YAML_FORMAT, FOLDER_KEY, cmsCollections, newEntryPath, withFolder } from '../lib/cms/config';
import type { z } from 'astro/zod';
import { readYaml, writeYaml } from '../lib/cms/yaml';
import { messageText } from '../lib/content-check/messages';
import { formProblemList } from '../lib/cms/validate';
import type { CmsField } from '../lib/cms/fields';
import { withPhrases } from '../lib/cms/words';
import { clearProblems, showProblems, showRefusal, watchPage, type ShownProblem } from './admin-problems';
import './admin.css';

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}
interface Decap {
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
  ): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  getLocale(locale: string): Record<string, never> | undefined;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  init(options: { config: Record<string, unknown> }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

/** Loads Decap CMS's script (it starts itself unless told to wait). */
function loadDecap(): Promise<Decap> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('decap-cms.js', document.baseURI).href;
    script.onload = () => (window.CMS ? resolve(window.CMS) : reject(new Error('decap-cms.js did not start')));
    script.onerror = () => reject(new Error('decap-cms.js could not be loaded'));
    document.head.append(script);
  });
}

/** The editor's API on the staff PC (npm run edit), and where the admin page fetches its session's token. */
const API = new URL('/api/v1', window.location.origin).href;
const SESSION = `${API}/session`;

/**
 * On the staff PC, fetches the session's token from the same origin and sends it with every request of the
 * CMS to the file API (the API refuses a request without it). Online there is no such API: nothing changes.
 */
async function useSessionToken(): Promise<void> {
  let token: unknown;
  try {
    const response = await fetch(SESSION, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return;
    token = ((await response.json()) as { token?: unknown }).token;
  } catch {
    return;
  }
  if (typeof token !== 'string') return;
  const send = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== API) return send(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set('X-Prongsai-Token', token);
    const response = await send(input, { ...init, headers });
    const action = actionOf(init?.body);
    if (WRITES.has(action)) await reportWrite(response);
    return response;
  };
}

/** The API's actions that write: their refusals are shown on the page until corrected. */
const WRITES = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);

function actionOf(body: unknown): string {
  if (typeof body !== 'string') return '';
  try {
    const action = (JSON.parse(body) as { action?: unknown }).action;
    return typeof action === 'string' ? action : '';
  } catch {
    return '';
  }
}

/** Shows why the file API refused a write (the content check's problems, or its message), or clears the last refusal. */
async function reportWrite(response: Response): Promise<void> {
  if (response.ok) return clearProblems();
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { error?: string; problems?: ShownProblem[] };
  if (body.problems?.length) showProblems(body.problems, currentFields());
  else showRefusal(body.error ?? `${response.status} ${response.statusText}`);
}

/** The fields of the form on the page (for naming a field in Thai words). */
let currentFields: () => readonly CmsField[] = () => [];

async function start(): Promise<void> {
  await useSessionToken();
  const cms = await loadDecap();
  const th = cms.getLocale('th');
  if (th) cms.registerLocale('th', withPhrases(th));
  const collections = cmsCollections(Object.entries(COLLECTIONS).map(([name, spec]) => ({ name, ...spec })));
  const fieldsOf = (name: string): readonly CmsField[] => {
    const c = collections.find((k) => k.name === name);
    return c?.fields ?? c?.files?.[0]?.fields ?? [];
  };
  currentFields = () => fieldsOf(/^#\/collections\/([^/]+)/.exec(window.location.hash)?.[1] ?? '');
  for (const c of collections) {
    if (!c.format.startsWith(CMS_YAML_FORMAT)) continue;
    const fields = fieldsOf(c.name);
    cms.registerCustomFormat(c.format, c.extension ?? 'yaml', {
      fromFile: readYaml,
      toFile: (data) => writeYaml(data, fields),
    });
  }
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = String(entry.get('collection'));
      const map = entry.get('data') as ImmutableMap;
      const data = map.toJS();
      const known = collections.find((c) => c.name === collection);
      const path = entry.get('path');
      const file = typeof path === 'string' && path ? path : known ? newEntryPath(known, data) : collection;
      const spec = COLLECTIONS[collection as CollectionName] as { schema: z.ZodType } | undefined;
      const problems = spec ? formProblemList(spec.schema, data, file) : [];
      if (problems.length) {
        showProblems(
          problems.map((p) => ({ ...p, ...messageText(p) })),
          fieldsOf(collection),
        );
        throw new FormRefusal(problems.length);
      }
      // A new file's sub-folder for the path template (procurement/<fiscal year>/<month>.yaml).
      const folder = withFolder(collection, data)?.[FOLDER_KEY];
      return folder === undefined ? undefined : map.set(FOLDER_KEY, folder);
    },
  });
  watchPage();
  cms.init({
    config: {
      local_backend: { url: API },
    },
  });
}

/** A save the form's check refused: the CMS shows it in a toast as its text (no "Error:" before it). */
class FormRefusal extends Error {
  constructor(count: number) {
    super(`ข้อมูลยังไม่ผ่านการตรวจ ${count} รายการ`);
  }
  override toString(): string {
    return this.message;
  }
}

void start();

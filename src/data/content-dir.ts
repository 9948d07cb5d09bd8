/**
 * Where the site's data lives. Three kinds of data, three homes:
 * - the program's (the NACC's frameworks): `nacc/`, shipped with the code, never edited by staff;
 * - the organization's own: `content/` and `public/` (its documents, its logo);
 * - the example organization's (the demo and the tests' fixture): `examples/khok-ko/`.
 * A fresh copy of the template has no organization yet (no `content/organization.yaml`): it shows the
 * example until `npm run new-org` writes the organization's file. Tests point the PRONGSAI_* variables
 * at fixtures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The example organization's folder: its `content/` and `public/`. */
export const EXAMPLE_DIR = 'examples/khok-ko';

/** The organization's own folders, relative to the project. */
const OWN = { content: 'content', public: 'public' } as const;

const env = (name: string): string | undefined =>
  (typeof process !== 'undefined' ? process.env[name] : undefined) || undefined;

/** Whether the project holds an organization of its own: `content/` has its organization file. */
export function hasOwnOrganization(project = '.'): boolean {
  return ['yaml', 'yml', 'json'].some((ext) => existsSync(join(project, OWN.content, `organization.${ext}`)));
}

/** The folder the site shows when no variable says otherwise: the organization's own, or the example's. */
function organizationFolder(kind: keyof typeof OWN): string {
  return hasOwnOrganization() ? OWN[kind] : `${EXAMPLE_DIR}/${kind}`;
}

/** The folder that holds the site's content: `content/`, the example's before adoption, or PRONGSAI_CONTENT. */
export function contentDir(): string {
  return env('PRONGSAI_CONTENT') ?? organizationFolder('content');
}

/**
 * The folder of the site's own files (documents, logo): `public/`, the example's before adoption, or
 * PRONGSAI_PUBLIC (a test's copy). A fixture's content (PRONGSAI_CONTENT alone) uses the example's files.
 */
export function publicDir(): string {
  return env('PRONGSAI_PUBLIC') ?? (env('PRONGSAI_CONTENT') ? `${EXAMPLE_DIR}/public` : organizationFolder('public'));
}

/** The program's data (the NACC's frameworks): `nacc/`, or PRONGSAI_NACC (a fixture's own frameworks). */
export function programDir(): string {
  return env('PRONGSAI_NACC') ?? 'nacc';
}

/** The online CMS's settings of the build's environment (CMS_BACKEND, CMS_REPO…; see src/data/cms.ts). */
export function cmsEnvironment(): Record<'backend' | 'repo' | 'branch' | 'baseUrl' | 'appId', string | undefined> {
  return {
    backend: env('CMS_BACKEND'),
    repo: env('CMS_REPO') ?? env('GITHUB_REPOSITORY'),
    branch: env('CMS_BRANCH'),
    baseUrl: env('CMS_BASE_URL'),
    appId: env('CMS_APP_ID'),
  };
}

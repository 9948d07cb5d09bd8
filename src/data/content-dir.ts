/** The folder that holds the site's content: `content/`, or PRONGSAI_CONTENT (used by test fixtures). */
export function contentDir(): string {
  return (typeof process !== 'undefined' && process.env.PRONGSAI_CONTENT) || './content';
}

/** The folder of the site's own files (documents, logo): `public/`, or PRONGSAI_PUBLIC (a test's copy). */
export function publicDir(): string {
  return (typeof process !== 'undefined' && process.env.PRONGSAI_PUBLIC) || './public';
}

/** The online CMS's settings of the build's environment (CMS_BACKEND, CMS_REPO…; see src/data/cms.ts). */
export function cmsEnvironment(): Record<'backend' | 'repo' | 'branch' | 'baseUrl' | 'appId', string | undefined> {
  const env = (name: string) => (typeof process !== 'undefined' ? process.env[name] : undefined) || undefined;
  return {
    backend: env('CMS_BACKEND'),
    repo: env('CMS_REPO') ?? env('GITHUB_REPOSITORY'),
    branch: env('CMS_BRANCH'),
    baseUrl: env('CMS_BASE_URL'),
    appId: env('CMS_APP_ID'),
  };
}

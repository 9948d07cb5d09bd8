/**
 * The admin page's files (/admin/): the CMS configuration generated from the schemas, and Decap CMS's
 * own script files, copied from node_modules into the site (no CDN: the admin page works offline on
 * the staff PC). The online backend comes from the build's environment:
 *   CMS_BACKEND  github (default), gitlab, gitea or git-gateway
 *   CMS_REPO     owner/name of the organization's repository (default: GITHUB_REPOSITORY in GitHub Actions)
 *   CMS_BRANCH   the branch the deploy workflow publishes (default main)
 *   CMS_BASE_URL the OAuth helper for GitHub, or the GitLab/Gitea server
 *   CMS_APP_ID   the OAuth application id for GitLab/Gitea sign-in without a server (PKCE)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { CONTENT_COLLECTIONS } from '../schemas/collections';
import { cmsConfig, type CmsBackend } from '../lib/cms/config';
import { cmsEnvironment } from './content-dir';

/** The online backend of the build's environment. */
export function cmsBackend(): CmsBackend {
  const { backend, repo, branch, baseUrl, appId } = cmsEnvironment();
  return {
    name: backend ?? 'github',
    repo: repo ?? 'OWNER/REPOSITORY',
    branch: branch ?? 'main',
    ...(baseUrl ? { base_url: baseUrl } : {}),
    ...(appId ? { app_id: appId, auth_type: 'pkce' } : {}),
  };
}

/** /admin/config.yml: the CMS's collections and fields, from the schemas. */
export function cmsConfigYaml(site?: URL): string {
  const config = cmsConfig(CONTENT_COLLECTIONS, {
    backend: cmsBackend(),
    ...(site ? { siteUrl: site.origin } : {}),
  });
  return `# Generated from src/schemas/ by src/lib/cms/config.ts (npm run cms:config): do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}

const DECAP_DIST = 'node_modules/decap-cms/dist';

/** Decap CMS's script and the chunks it loads on demand, by file name. */
export function decapFiles(): { params: { file: string } }[] {
  return readdirSync(DECAP_DIST)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name))
    .map((name) => ({ params: { file: name.replace(/\.js$/, '') } }));
}

/** One of Decap CMS's script files. */
export const decapFile = (file: string): string => readFileSync(`${DECAP_DIST}/${file}.js`, 'utf8');

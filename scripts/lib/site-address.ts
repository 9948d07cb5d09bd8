/**
 * The site's public address of this build (Node only: astro.config.mjs and scripts/build.mjs): SITE_URL,
 * else `siteUrl` of the active content folder's organization file, else this computer's
 * (src/lib/site/site-address.ts decides). A missing or unreadable organization file gives no address:
 * the content check reports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/data/content-dir.ts';
import { readYaml } from '../../src/lib/content-check/yaml.ts';
import { resolveSiteAddress, type SiteAddress } from '../../src/lib/site/site-address.ts';

/** The organization file of a content folder, as staff would name it ("content/organization.yaml"). */
export function organizationFile(dir: string = contentDir()): string {
  return join(dir, 'organization.yaml');
}

/** The `siteUrl` written in the organization file of a content folder, if any. */
export function organizationSiteUrl(dir: string = contentDir()): unknown {
  const file = organizationFile(dir);
  if (!existsSync(file)) return undefined;
  try {
    const { data } = readYaml(file, readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as { siteUrl?: unknown }).siteUrl : undefined;
  } catch {
    return undefined;
  }
}

/** The address this build is for, from the environment and the active content folder. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env, dir: string = contentDir()): SiteAddress {
  return resolveSiteAddress(env['SITE_URL'], organizationSiteUrl(dir));
}

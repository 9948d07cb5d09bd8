/**
 * The site's public address (Astro's `site`): where canonical links, the sitemap, robots.txt, feeds and
 * the ITAS sheet (/oit/<year>/itas.csv) point. It is the organization's setting (`siteUrl` in
 * organization.yaml); SITE_URL of the build's environment overrides it (a host's deploy step knows its
 * own origin); without either the site is built for this computer (http://localhost:4321), which is fine
 * to look at but never to publish. Pure: the scripts read the environment and the file.
 */

/** The address of a site built without one: the preview server on this computer. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Where the address came from. */
export type SiteAddressSource = 'SITE_URL' | 'organization' | 'default';

export interface SiteAddress {
  /** The address as Astro receives it. */
  url: string;
  source: SiteAddressSource;
}

/** Why an address cannot be a published site's: not a web address, has a path, or names this computer. */
export type SiteUrlProblem = 'format' | 'path' | 'local';

export type SiteUrlCheck = { ok: true; origin: string } | { ok: false; problem: SiteUrlProblem };

/** Text with a space or a control character (a pasted tab or line break). */
const hasSpaceOrControl = (value: string) =>
  [...value].some((ch) => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f || /\s/.test(ch));

/** An IPv4 address (as the URL parser writes it) as its four numbers. */
function ipv4(hostname: string): number[] | undefined {
  const parts = hostname.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  return parts.map(Number);
}

/**
 * Whether a host name (as `new URL(…).hostname` gives it) is this computer rather than a public host:
 * localhost and its subdomains, 127.0.0.0/8, 0.0.0.0/8, [::1], [::] and IPv4-mapped loopback.
 * The URL parser has already turned 127.1, 0x7f.1 and 2130706433 into 127.0.0.1.
 */
export function isLocalHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4(host);
  if (v4) return v4[0] === 127 || v4[0] === 0;
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::1' || v6 === '::') return true;
    // ::ffff:127.0.0.1 is written [::ffff:7f00:1] by the parser; ::ffff:0.0.0.0 as [::ffff:0:0].
    const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(v6);
    if (mapped) {
      const high = parseInt(mapped[1]!, 16) >> 8;
      return high === 127 || high === 0;
    }
  }
  return false;
}

/**
 * Checks an address for a published site: an http(s) origin (https://www.banmai.go.th, a trailing "/"
 * allowed) with no path, query or fragment (a sub-folder is BASE_PATH), and a public host.
 */
export function checkSiteUrl(value: string): SiteUrlCheck {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text) || hasSpaceOrControl(text) || !URL.canParse(text))
    return { ok: false, problem: 'format' };
  const url = new URL(text);
  if (url.hostname === '' || url.username !== '' || url.password !== '') return { ok: false, problem: 'format' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(text))
    return { ok: false, problem: 'path' };
  if (isLocalHostname(url.hostname)) return { ok: false, problem: 'local' };
  return { ok: true, origin: url.origin };
}

/**
 * The address the site is built for: SITE_URL when set, else the organization file's `siteUrl` (when it
 * is a valid public origin; the content check reports any other value), else this computer's.
 */
export function resolveSiteAddress(env: string | undefined, organizationSiteUrl: unknown): SiteAddress {
  const fromEnv = env?.trim();
  if (fromEnv) return { url: fromEnv, source: 'SITE_URL' };
  if (typeof organizationSiteUrl === 'string') {
    const checked = checkSiteUrl(organizationSiteUrl);
    if (checked.ok) return { url: checked.origin, source: 'organization' };
  }
  return { url: LOCAL_SITE_URL, source: 'default' };
}

/** What stops a build: no public address (a publishing build only), or an address that is not one. */
export type SiteAddressRefusal = { problem: 'missing' } | { problem: SiteUrlProblem; url: string };

/**
 * Why a build for this address must not go ahead, if it must not. Any build refuses a SITE_URL that is
 * not an http(s) origin (Astro could not use it); a publishing build also refuses a missing address and
 * one on this computer, so nothing published ever links to localhost.
 */
export function siteAddressRefusal(address: SiteAddress, publishing: boolean): SiteAddressRefusal | undefined {
  if (address.source === 'default') return publishing ? { problem: 'missing' } : undefined;
  const checked = checkSiteUrl(address.url);
  if (checked.ok) return undefined;
  if (checked.problem === 'local' && !publishing) return undefined;
  return { problem: checked.problem, url: address.url };
}

/** Whether a site built for this address works only on this computer. */
export function isLocalAddress(address: SiteAddress): boolean {
  if (address.source === 'default') return true;
  const checked = checkSiteUrl(address.url);
  return !checked.ok && checked.problem === 'local';
}

const EXAMPLE = 'https://www.ชื่อหน่วยงาน.go.th';

/**
 * The message of a refusal, Thai first then English, each naming where the address is set:
 * `siteUrl` in the organization file (`organizationFile`) or SITE_URL.
 */
export function siteAddressRefusalText(refusal: SiteAddressRefusal, organizationFile: string): string {
  const where = `ตั้งที่อยู่ได้ที่ siteUrl: ${EXAMPLE} ในไฟล์ ${organizationFile} หรือตั้งตัวแปร SITE_URL=${EXAMPLE} ก่อนสร้างเว็บไซต์`;
  const whereEn = `set siteUrl: https://… in ${organizationFile}, or SITE_URL=https://… when building`;
  const th: Record<SiteAddressRefusal['problem'], string> = {
    missing:
      'ยังไม่ได้ตั้งที่อยู่สาธารณะของเว็บไซต์ จึงไม่สร้างเว็บไซต์สำหรับเผยแพร่' +
      ' (ลิงก์ในไฟล์ itas.csv สำหรับระบบ ITAS ลิงก์ canonical แผนผังเว็บไซต์ และ robots.txt จะชี้ไปที่ localhost ซึ่งประชาชนเปิดไม่ได้)',
    local: 'ที่อยู่ของเว็บไซต์เป็นที่อยู่ในเครื่องนี้ (localhost) ประชาชนเปิดไม่ได้ จึงไม่สร้างเว็บไซต์สำหรับเผยแพร่',
    format: 'ที่อยู่ของเว็บไซต์ไม่ถูกต้อง ต้องขึ้นต้นด้วย https:// หรือ http:// ตามด้วยชื่อโดเมน',
    path: 'ที่อยู่ของเว็บไซต์ต้องเป็นชื่อโดเมนเท่านั้น ไม่มีโฟลเดอร์ย่อย (เว็บไซต์ที่อยู่ใต้โฟลเดอร์ย่อยให้ตั้ง BASE_PATH เช่น BASE_PATH=/ita)',
  };
  const en: Record<SiteAddressRefusal['problem'], string> = {
    missing:
      "the site's public address is not set, so nothing was built for publishing" +
      ' (the ITAS sheet, canonical links, sitemap and robots.txt would point to localhost)',
    local:
      "the site's address is this computer (localhost), which the public cannot open: nothing was built for publishing",
    format: "the site's address is not a web address: expected https:// or http:// and a domain name",
    path: "the site's address must be the domain only, without a path (a site in a sub-folder sets BASE_PATH, e.g. /ita)",
  };
  // Only SITE_URL gives an address that is refused: the organization's is used only when valid.
  const found = 'url' in refusal ? ` (พบ / found: SITE_URL=${refusal.url})` : '';
  return `${th[refusal.problem]}${found}\n${where}\n${en[refusal.problem]}: ${whereEn}`;
}

/** The one line a build for this computer prints: it works here, but is not for publishing. */
export function localAddressWarning(address: SiteAddress): string {
  return (
    `คำเตือน: เว็บไซต์นี้สร้างสำหรับที่อยู่ ${address.url} ใช้ดูในเครื่องนี้เท่านั้น ไม่ใช่สำหรับเผยแพร่ (ตั้ง siteUrl ใน organization.yaml แล้วใช้ npm run build:publish)` +
    ` / warning: built for ${address.url}, for this computer only, not for publishing`
  );
}

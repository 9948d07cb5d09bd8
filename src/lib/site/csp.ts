/**
 * The Content-Security-Policy every deployment recipe sends (public/_headers, deploy/nginx.conf,
 * public/.htaccess; every page also carries it in a <meta> for hosts that send no headers; a unit test keeps them identical to this). What it allows, and why:
 * - script-src 'self': Astro's bundled scripts (charts) and Pagefind's files, all same-origin;
 *   the display-settings inline script by its hash; 'wasm-unsafe-eval' for Pagefind's WebAssembly.
 *   chart.js draws on a canvas and needs no eval.
 * - style-src 'unsafe-inline': Astro inlines small stylesheets and pages use style attributes for bar widths.
 * - img-src data: for inline SVG icons; everything else same-origin only.
 */
import { DISPLAY_SETTINGS_SCRIPT } from './display-settings';

/** A CSP source expression for an inline script: 'sha256-<base64>' (Web Crypto, so no Node import). */
export async function scriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

const displaySettingsHash = await scriptHash(DISPLAY_SETTINGS_SCRIPT);

export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${displaySettingsHash} 'wasm-unsafe-eval'`],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self'"],
];

export const contentSecurityPolicy = (): string => CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Directives a `<meta http-equiv>` policy may not hold (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy as every page carries it in `<meta http-equiv="Content-Security-Policy">`, for hosts that
 * send no headers (GitHub Pages): the same directives as the header, less those only a header can hold.
 */
export const metaContentSecurityPolicy = (): string =>
  CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The other security headers the recipes send. */
export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  // Browsers keep to HTTPS for a year once they have seen the site over HTTPS (ignored over plain HTTP).
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** The staff's editing page (Decap CMS, src/pages/admin/), the one path with a policy of its own. */
export const ADMIN_PATH = '/admin/';

/**
 * The policy of /admin/ only (the rest of the site keeps the strict one above). Decap CMS compiles its
 * configuration's JSON schema at run time ('unsafe-eval'), previews uploaded files as blob: and data:
 * images and reads them back to save them (blob:), and, online, talks to the organization's git host's
 * API (connect-src https:). Nothing from another origin is loaded as a script.
 */
export const ADMIN_CSP_DIRECTIVES: [string, string][] = CSP_DIRECTIVES.map(([k, v]): [string, string] => {
  if (k === 'script-src') return [k, "'self' 'unsafe-eval'"];
  if (k === 'img-src') return [k, "'self' data: blob:"];
  if (k === 'font-src') return [k, "'self' data:"];
  if (k === 'connect-src') return [k, "'self' blob: https:"];
  return [k, v];
});

export const adminContentSecurityPolicy = (): string => ADMIN_CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** The headers of /admin/: the same as every page's, with the admin page's policy. */
export const ADMIN_SECURITY_HEADERS: [string, string][] = SECURITY_HEADERS.map(([k, v]): [string, string] =>
  k === 'Content-Security-Policy' ? [k, adminContentSecurityPolicy()] : [k, v],
);

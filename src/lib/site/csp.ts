/**
 * The Content-Security-Policy every deployment recipe sends (public/_headers, deploy/nginx.conf,
 * deploy/.htaccess; a unit test keeps them identical to this). What it allows, and why:
 * - script-src 'self': Astro's bundled scripts (charts) and Pagefind's files, all same-origin;
 *   the display-settings inline script by its hash; 'wasm-unsafe-eval' for Pagefind's WebAssembly.
 *   chart.js draws on a canvas and needs no eval.
 * - style-src 'unsafe-inline': Astro inlines small stylesheets and pages use style attributes for bar widths.
 * - img-src data: for inline SVG icons; everything else same-origin only.
 */
import { DISPLAY_SETTINGS_SCRIPT, scriptHash } from './display-settings';

export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${scriptHash(DISPLAY_SETTINGS_SCRIPT)} 'wasm-unsafe-eval'`],
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

/** The other security headers the recipes send. */
export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', contentSecurityPolicy()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

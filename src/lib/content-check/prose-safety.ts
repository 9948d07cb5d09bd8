/**
 * MDX and Markdown in content are data, not programs: the one rule that `npm run check` (prose.ts) and
 * the build's own Markdown/MDX pipeline (scripts/lib/prose-guard.ts) both apply to the same parse of a
 * file, so the two can never disagree. Content may use the site's components with literal props
 * (year={2566}, "text", true) and plain Markdown. Refused, at their line:
 * - ESM (`import`/`export`) and any `{…}` expression that is not a literal (2566, "text", true) or a
 *   comment: MDX compiles
 *   them into the page's program, which runs on the build machine;
 * - elements that run code, send visitors elsewhere, embed another site or restyle the whole site
 *   (UNSAFE_ELEMENTS), element names that are not plain HTML names (`<a.b>`, `<svg:x>`);
 * - event attributes (on…) and the site program's own directives (`set:html`, `client:load`, …);
 * - javascript:, data: and vbscript: addresses in links, pictures and URL attributes.
 * In Markdown (.md), raw HTML is read by an HTML parser handed in (satteri's htmlToHast in Node) and
 * held to the same element, attribute and address rules.
 */
import type { CodedMessage } from './messages';

/** One refusal of the rule, at a line of the text it was given. */
export type SafetyFinding = CodedMessage & { line: number; found?: string };

/** A parser from text to a tree (satteri's mdxToMdast, markdownToMdast, htmlToHast). */
export type TreeParser = (text: string) => unknown;

/**
 * Elements content may not hold, and why:
 * - script, noscript: run code or hide what runs; iframe, frame, frameset, object, embed, applet, portal,
 *   fencedframe: embed another site or a plug-in at the site's origin;
 * - meta (http-equiv refresh sends every visitor elsewhere, which no CSP stops), base (re-points every
 *   relative link of the page), link (preloads, stylesheets and icons from elsewhere);
 * - form: sends what visitors type to another site (a fake "pay here" or sign-in box);
 * - style: restyles the whole page, not the text around it (hides the real notices, lays a fake one over
 *   the page) and fetches from elsewhere through url(); staff style text with Markdown and the site's
 *   components. A style attribute is allowed: it reaches only its own element.
 * - svg, math: carry their own script, links and animations that rewrite an href after the check.
 */
export const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'meta',
  'base',
  'link',
  'form',
  'style',
  'svg',
  'math',
]);

/** Attributes whose value is an address the browser follows or fetches. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'codebase',
  'longdesc',
  'ping',
  'icon',
  'manifest',
  'lowsrc',
  'dynsrc',
]);

/** The scheme of an address that runs code or carries its own content: javascript:, data:, vbscript:. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers drop control characters, spaces and line breaks before a scheme, and tabs/newlines inside it.
  // eslint-disable-next-line no-control-regex
  const bare = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^(javascript|data|vbscript):/.exec(bare)?.[1];
}

/** A prop's value written in braces that is a literal: a number, true/false, a quoted string. */
export function isLiteral(expression: string): boolean {
  const e = expression.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(e) || e === 'true' || e === 'false') return true;
  const quoted = /^(['"])(.*)\1$/s.exec(e);
  return quoted?.[2] !== undefined && !quoted[2].includes(quoted[1] ?? '') && !quoted[2].includes('\\');
}

/** An expression that is only block comments ({/* … *\/}): MDX drops it, nothing runs. */
const isComment = (expression: string) => /^(?:\s*\/\*(?:(?!\*\/)[\s\S])*\*\/)+\s*$/.test(expression);

/** Thai letters: braces around Thai words are prose, not code. */
const THAI = /[\u0e00-\u0e7f]/;

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** An HTML element name, or a component's (capitalised; the components table checks which). */
const PLAIN_NAME = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][A-Za-z0-9]*)$/;

/** One element (MDX JSX or parsed HTML) with its attributes as name → text or an expression. */
function elementFindings(
  line: number,
  name: string,
  attributes: [string, string | { expression: string }][],
): SafetyFinding[] {
  const found: SafetyFinding[] = [];
  if (!PLAIN_NAME.test(name) || UNSAFE_ELEMENTS.has(name.toLowerCase())) {
    return [{ line, code: 'prose.element', params: { name }, found: `<${name}>` }];
  }
  for (const [attribute, value] of attributes) {
    const lower = attribute.toLowerCase();
    if (typeof value !== 'string' && !isLiteral(value.expression)) {
      found.push({ line, code: 'prose.expression', params: {}, found: `{${value.expression.trim()}}` });
      continue;
    }
    if (/^on/.test(lower)) {
      found.push({ line, code: 'prose.event-attribute', params: { name, attribute }, found: attribute });
      continue;
    }
    if (lower.includes(':') || lower === 'srcdoc') {
      found.push({ line, code: 'prose.directive', params: { name, attribute }, found: attribute });
      continue;
    }
    // A literal in braces (href={'javascript:…'}) is its text.
    const text = typeof value === 'string' ? value : value.expression.trim().replace(/^(['"])(.*)\1$/s, '$2');
    if (URL_ATTRIBUTES.has(lower)) {
      // srcset: "a.jpg 1x, b.jpg 2x"
      const urls = lower === 'srcset' ? text.split(',').map((u) => u.trim()) : [text];
      const scheme = urls.map(unsafeScheme).find(Boolean);
      if (scheme) found.push({ line, code: 'prose.unsafe-url', params: { scheme: `${scheme}:` }, found: text });
    }
  }
  return found;
}

/** Attributes of an MDX JSX element; a spread ({...x}) is an expression. */
function jsxAttributes(node: Node): [string, string | { expression: string }][] {
  return (node.attributes ?? []).map((a) => {
    if (a.type === 'mdxJsxExpressionAttribute') return ['', { expression: typeof a.value === 'string' ? a.value : '' }];
    const v = a.value;
    if (v === null || v === undefined) return [a.name ?? '', ''];
    return [a.name ?? '', typeof v === 'string' ? v : { expression: v.value }];
  });
}

/** Elements of an HTML fragment (a raw HTML node of Markdown), through the HTML parser. */
function htmlFindings(line: number, html: string, parseHtml: TreeParser | undefined): SafetyFinding[] {
  if (!parseHtml) return [];
  const found: SafetyFinding[] = [];
  const walk = (node: Node) => {
    // The parser wraps a fragment in html/head/body of its own.
    if (node.type === 'element' && node.tagName && !['html', 'head', 'body'].includes(node.tagName)) {
      // The parser names properties in camelCase (onClick, srcSet): as written in HTML, lower case.
      const attributes = Object.entries(node.properties ?? {}).map(([k, v]): [string, string] => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(k.toLowerCase() === 'srcset' ? ',' : ' ') : String(v),
      ]);
      found.push(...elementFindings(line, node.tagName, attributes));
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseHtml(html) as Node);
  return found;
}

/** Every refusal of the rule in a parsed Markdown or MDX tree, in reading order. */
export function safetyFindings(tree: unknown, parseHtml?: TreeParser): SafetyFinding[] {
  const found: SafetyFinding[] = [];
  const walk = (node: Node) => {
    // Stryker disable next-line OptionalChaining: the parsers give every node its position
    const line = node.position?.start.line ?? 1;
    const value = typeof node.value === 'string' ? node.value : '';
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)\b/.exec(value)?.[1] ?? 'import';
        found.push({ line, code: 'prose.esm', params: { keyword }, found: value.split('\n')[0] ?? '' });
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A literal ({' '}, {"text"}) renders as itself; a comment renders as nothing.
        if (!isComment(value) && !isLiteral(value))
          found.push({
            line,
            code: THAI.test(value) ? 'prose.braces' : 'prose.expression',
            params: {},
            found: `{${value}}`,
          });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A fragment (<>…</>) has no name.
        if (node.name) found.push(...elementFindings(line, node.name, jsxAttributes(node)));
        else found.push(...elementFindings(line, 'Fragment', jsxAttributes(node)));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme)
          found.push({ line, code: 'prose.unsafe-url', params: { scheme: `${scheme}:` }, found: node.url ?? '' });
        break;
      }
      case 'html':
        found.push(...htmlFindings(line, value, parseHtml));
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Node);
  return found;
}

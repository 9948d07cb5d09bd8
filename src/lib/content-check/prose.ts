/**
 * Reads a Markdown or MDX file of a prose collection (news, pages, ITA reports) as the checker needs
 * it: the frontmatter's data, with YAML problems at their line in the file, and every component used
 * in the text with its line and its props, so a wrong prop is reported at the line staff wrote it.
 * The MDX is parsed by the parser the caller hands in: satteri, the parser behind Astro 7's MDX, in
 * Node (scripts/lib/content-files.ts), so the checker and the build agree on what is valid MDX; the
 * browser (the CMS) checks the frontmatter only.
 */
import { lineField, WHOLE_FILE, type Problem } from './messages';
import { parseContentFile } from './check';
import { isLiteral, safetyFindings, type TreeParser } from './prose-safety';

/** A prop's value as written: a literal (string, number, boolean) or an expression the checker cannot read. */
export type PropValue = string | number | boolean | { expression: string };

/** One component used in the text. */
export interface ComponentUse {
  name: string;
  /** The line of the file it starts on (1-based, counting the frontmatter). */
  line: number;
  props: Record<string, PropValue>;
}

export interface ParsedProse {
  data?: unknown;
  uses: ComponentUse[];
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The value of an attribute `{…}` when it is a literal: 2566, "budget-use", true. */
function literal(expression: string): PropValue {
  const e = expression.trim();
  if (!isLiteral(e)) return { expression: e };
  if (e === 'true' || e === 'false') return e === 'true';
  return /^['"]/.test(e) ? e.slice(1, -1) : Number(e);
}

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
  children?: Node[];
}

function propsOf(node: Node): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const a of node.attributes ?? []) {
    // A spread ({...props}) names no prop.
    if (!a.name) continue;
    const v = a.value;
    // A string, an expression {…}, or nothing (a prop written alone, true).
    if (typeof v === 'string') props[a.name] = v;
    else props[a.name] = v ? literal(v.value) : true;
  }
  return props;
}

/**
 * Every JSX element with a capitalised name (a component; lower-case names are HTML), in reading order.
 * Only JSX elements have a name in the tree.
 */
function componentUses(node: Node, uses: ComponentUse[] = []): ComponentUse[] {
  if (node.name && /^[A-Z]/.test(node.name))
    // Stryker disable next-line OptionalChaining: the MDX parser gives every element its position
    uses.push({ name: node.name, line: node.position?.start.line ?? 1, props: propsOf(node) });
  for (const child of node.children ?? []) componentUses(child, uses);
  return uses;
}

/** An MDX parser giving an mdast tree with positions (satteri's mdxToMdast). */
export type MdxParser = TreeParser;

/** The parsers of the text of a prose file (satteri's in Node; none in the browser). */
export interface ProseParsers {
  mdx?: TreeParser | undefined;
  markdown?: TreeParser | undefined;
  html?: TreeParser | undefined;
}

/** The problem of text the MDX parser refused, at its line when the parser names one. */
function syntaxProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):\d+: /.exec(message);
  const detail = message.replace(/^\d+:\d+: /, '').replace(/ \([a-z-]+:[a-z-]+\)$/, '');
  const field = at ? lineField(Number(at[1])) : WHOLE_FILE;
  const source = at ? (text.split('\n')[Number(at[1]) - 1] ?? '') : '';
  // `{ประมาณ 500}`: not code at all, but Thai prose in braces.
  if (/^Could not parse expression/.test(detail) && /\{[^}]*[\u0e00-\u0e7f]/.test(source))
    return { file, field, code: 'prose.braces', params: {}, found: source.trim() };
  return { file, field, code: 'prose.syntax', params: { detail } };
}

/**
 * The body of a prose file against the rule that it is data, not a program (prose-safety.ts): parsed
 * as the build parses it (MDX, or Markdown with its raw HTML), every refusal at its line. The build's
 * pipeline (scripts/lib/prose-guard.ts) calls this on the text it compiles.
 */
export function proseBody(
  file: string,
  text: string,
  format: 'mdx' | 'markdown',
  parsers: ProseParsers,
): { tree?: unknown; problems: Problem[] } {
  const parse = format === 'mdx' ? parsers.mdx : parsers.markdown;
  if (!parse) return { problems: [] };
  let tree: unknown;
  try {
    tree = parse(text);
  } catch (error) {
    return { problems: [syntaxProblem(file, text, error)] };
  }
  const problems = safetyFindings(tree, parsers.html).map(({ line, found, ...message }): Problem => {
    const problem: Problem = { file, field: lineField(line), ...message };
    return found === undefined ? problem : { ...problem, found };
  });
  return { tree, problems };
}

/**
 * Parses a prose file: its frontmatter (YAML) and its text (MDX, or Markdown when a Markdown parser is
 * given): the components it uses and what in it would be a program rather than data.
 */
export function parseProseFile(
  file: string,
  text: string,
  mdx: MdxParser | undefined,
  more: Omit<ProseParsers, 'mdx'> = {},
): ParsedProse {
  const match = FRONTMATTER.exec(text);
  if (!match) return { uses: [], problems: [{ file, field: WHOLE_FILE, code: 'prose.frontmatter', params: {} }] };
  const parsed = parseContentFile(file, match[1] ?? '');
  // The frontmatter's first line is the file's second line.
  const problems = parsed.problems.map((p) => {
    const line = /^บรรทัด (\d+)/.exec(p.field)?.[1];
    return line ? { ...p, field: lineField(Number(line) + 1) } : p;
  });
  const body = proseBody(file, text, mdx ? 'mdx' : 'markdown', { mdx, ...more });
  const uses = mdx && body.tree ? componentUses(body.tree as Node) : [];
  return { data: parsed.data, uses, problems: [...problems, ...body.problems] };
}

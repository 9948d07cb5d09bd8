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
  if (/^-?\d+(?:\.\d+)?$/.test(e)) return Number(e);
  if (e === 'true' || e === 'false') return e === 'true';
  const quoted = /^(['"])(.*)\1$/s.exec(e);
  if (quoted?.[2] !== undefined && !quoted[2].includes(quoted[1] ?? '')) return quoted[2];
  return { expression: e };
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

/** Parses a prose file: its frontmatter (YAML) and, for MDX, the components its text uses. */
/** An MDX parser giving an mdast tree with positions (satteri's mdxToMdast). */
export type MdxParser = (text: string) => unknown;

export function parseProseFile(file: string, text: string, mdx: MdxParser | undefined): ParsedProse {
  const match = FRONTMATTER.exec(text);
  if (!match) return { uses: [], problems: [{ file, field: WHOLE_FILE, code: 'prose.frontmatter', params: {} }] };
  const parsed = parseContentFile(file, match[1] ?? '');
  // The frontmatter's first line is the file's second line.
  const problems = parsed.problems.map((p) => {
    const line = /^บรรทัด (\d+)/.exec(p.field)?.[1];
    return line ? { ...p, field: lineField(Number(line) + 1) } : p;
  });
  if (!mdx) return { data: parsed.data, uses: [], problems };
  try {
    return { data: parsed.data, uses: componentUses(mdx(text) as Node), problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+: /.exec(message);
    const detail = message.replace(/^\d+:\d+: /, '').replace(/ \([a-z-]+:[a-z-]+\)$/, '');
    return {
      data: parsed.data,
      uses: [],
      problems: [
        ...problems,
        { file, field: at ? lineField(Number(at[1])) : WHOLE_FILE, code: 'prose.syntax', params: { detail } },
      ],
    };
  }
}

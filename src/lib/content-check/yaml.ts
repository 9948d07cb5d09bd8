/**
 * The one YAML reader of the program: the checker, the build's content loader (src/content.config.ts)
 * and the importer all read YAML here, with one set of options, so a file means the same everywhere.
 *
 * YAML 1.2's core schema: an unquoted 2568-02-05 stays text (YAML 1.1 made it a Date of 2568 CE),
 * yes/no stay text, keys are unique. Values that another YAML reader (or a spreadsheet user's
 * eye) would read differently are refused with a message saying to write them as text:
 * a `%YAML` directive, an unquoted timestamp or sexagesimal (1:30), a number with a thousands comma,
 * a comma inside a flow mapping's number (`{ score: 78,31 }` is `score: 78` plus a key `31`), an explicit
 * tag (`!!timestamp`, `!!binary`), which would make a Date or bytes, and a number not written in plain
 * decimal (`0x4E` is 78, `0o17` 15, `017` 15 to YAML 1.1, `0b1` 1 to YAML 1.1, `.inf`, `.nan`, `1e3`).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { lineField, WHOLE_FILE, type Problem } from './messages';

/** The options of every YAML read. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: true,
} as const;

/** A YAML 1.1 timestamp (2023-10-01, 2023-10-01T10:00:00Z). */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]+\d{1,2}:\d{2}:\d{2}(?:\.\d*)?\s*(?:Z|[-+]\d{1,2}(?::\d{2})?)?)?$/;
/** A YAML 1.1 sexagesimal number (1:30 is 90 there). */
const SEXAGESIMAL = /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/;
/** A number written with thousands commas (5,300 or 1,250,000.50). */
const COMMA_NUMBER = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * How a plain number is written when it is not plain decimal: hexadecimal, octal (YAML 1.2's 0o17, or
 * YAML 1.1's leading zero), binary (YAML 1.1; text to YAML 1.2), infinity or not-a-number, an exponent.
 */
export type NumberForm = 'hex' | 'octal' | 'leading-zero' | 'binary' | 'infinity' | 'nan' | 'exponent';

/** The form of a plain scalar that is a number (or a YAML 1.1 binary) not written in plain decimal. */
export function nonDecimalForm(source: string, value: unknown): NumberForm | undefined {
  const s = source.trim();
  if (/^[-+]?0b[01_]+$/i.test(s)) return 'binary';
  if (typeof value !== 'number') return undefined;
  if (/^[-+]?0x/i.test(s)) return 'hex';
  if (/^[-+]?0o/i.test(s)) return 'octal';
  if (/^[-+]?\.inf$/i.test(s)) return 'infinity';
  if (/^[-+]?\.nan$/i.test(s)) return 'nan';
  if (/e/i.test(s)) return 'exponent';
  if (/^[-+]?0\d/.test(s)) return 'leading-zero';
  return undefined;
}

/** The field path of a node of the document ("scores.0.score"), from visit()'s ancestors. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string {
  const nodes = [...ancestors, node];
  const parts: string[] = [];
  nodes.forEach((n, i) => {
    if (isPair(n)) parts.push(String(isScalar(n.key) ? n.key.value : n.key));
    else if (isSeq(n)) {
      const index = n.items.indexOf(nodes[i + 1]);
      if (index >= 0) parts.push(String(index));
    }
  });
  return parts.length ? parts.join('.') : WHOLE_FILE;
}

/** Plain (unquoted) scalars that mean something else to another reader, and stray flow-mapping keys. */
function reinterpretedValues(doc: Document, file: string): Problem[] {
  const problems: Problem[] = [];
  // !!timestamp, !!binary, !!set…: the yaml package still resolves YAML 1.1's tags when they are written out.
  const explicitTag = (node: { tag?: string | undefined }, ancestors: readonly unknown[]) => {
    if (!node.tag) return;
    const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
    problems.push({ file, field: fieldOf(ancestors, node), code: 'yaml.tag', params: { tag }, found: tag });
  };
  visit(doc, {
    Pair(_, pair, ancestors) {
      const parent = ancestors[ancestors.length - 1];
      // { score: 78,31 }: the comma ends the pair, "31" becomes a key without a value.
      if (isMap(parent) && parent.flow && isScalar(pair.key) && typeof pair.key.value === 'number') {
        const index = parent.items.indexOf(pair);
        const before = parent.items[index - 1];
        if (pair.value === null && before && isScalar(before.value) && typeof before.value.value === 'number') {
          const number = `${String(before.value.source ?? before.value.value)},${String(pair.key.source ?? pair.key.value)}`;
          problems.push({
            file,
            field: fieldOf(ancestors, before),
            code: 'yaml.flow-comma',
            params: { number },
            found: number,
          });
        }
      }
    },
    Node(_, node, ancestors) {
      explicitTag(node, ancestors);
    },
    Scalar(key, node: Scalar, ancestors) {
      explicitTag(node, ancestors);
      if (key === 'key' || node.type !== 'PLAIN') return;
      // A plain number, boolean or null (5300, true, ~) never matches the patterns below.
      const value = String(node.value);
      const field = fieldOf(ancestors, node);
      const at = (code: 'yaml.timestamp' | 'yaml.sexagesimal' | 'yaml.number-comma') =>
        problems.push({ file, field, code, params: { value }, found: value });
      const form = nonDecimalForm(node.source ?? value, node.value);
      if (form) {
        const written = (node.source ?? value).trim();
        problems.push({ file, field, code: 'yaml.decimal', params: { value: written, form }, found: written });
      } else if (TIMESTAMP.test(value)) at('yaml.timestamp');
      else if (SEXAGESIMAL.test(value)) at('yaml.sexagesimal');
      else if (COMMA_NUMBER.test(value)) at('yaml.number-comma');
    },
  });
  return problems;
}

/** Reads one YAML (or JSON) file: its data, or every problem with its line or field. */
export function readYaml(file: string, text: string): { data?: unknown; problems: Problem[] } {
  const doc = parseDocument(text, YAML_OPTIONS);
  const issues = [...doc.errors, ...doc.warnings];
  if (issues.length) {
    return {
      problems: issues.map((e) => {
        // Stryker disable next-line OptionalChaining: parseDocument gives every error and warning its line (yaml's prettifyError)
        const line = e.linePos?.[0]?.line;
        const [firstLine = ''] = e.message.split('\n');
        return {
          file,
          field: line ? lineField(line) : WHOLE_FILE,
          code: 'file.yaml',
          params: { detail: firstLine.replace(/ at line \d+, column \d+:?$/, '') },
        };
      }),
    };
  }
  // Stryker disable next-line OptionalChaining: a parsed document always has its directives
  if (doc.directives?.yaml.explicit) {
    return { problems: [{ file, field: lineField(1), code: 'yaml.directive', params: {}, found: '%YAML' }] };
  }
  const problems = reinterpretedValues(doc, file);
  return problems.length ? { problems } : { data: doc.toJS(), problems: [] };
}

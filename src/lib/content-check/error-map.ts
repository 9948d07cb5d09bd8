/**
 * Zod issues as messages of the catalogue (messages.ts), in the spirit of Starlight's
 * utils/error-map.ts: a schema's own message (a fixed text, or a custom issue carrying its code and
 * parameters) keeps its code; every other issue is given a code from its zod issue code.
 */
import type { z } from 'astro/zod';
import {
  bilingual,
  fixedCodeOf,
  fixedMessage,
  formatPath,
  formatValue,
  isCodedMessage,
  type CodedMessage,
  type Problem,
} from './messages';

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (Number.isInteger(input)) return 'int';
  return typeof input;
}

interface Size {
  kind: 'max' | 'min';
  origin: string;
  bound: number | bigint;
  inclusive?: boolean | undefined;
  exact?: boolean | undefined;
}

function numberSize(kind: Size['kind'], strict: boolean, bound: string): CodedMessage {
  if (kind === 'max') return { code: strict ? 'zod.number-below' : 'zod.number-max', params: { bound } };
  return { code: strict ? 'zod.number-above' : 'zod.number-min', params: { bound } };
}

function sizeMessage(s: Size): CodedMessage {
  const bound = String(s.bound);
  const strict = s.inclusive === false;
  switch (s.origin) {
    case 'string':
      if (s.kind === 'min' && Number(s.bound) <= 1 && !strict) return { code: 'text.required', params: {} };
      return { code: s.kind === 'max' ? 'zod.text-max' : 'zod.text-min', params: { bound } };
    case 'array':
    case 'set':
      if (s.exact) return { code: 'zod.list-exact', params: { bound } };
      return { code: s.kind === 'max' ? 'zod.list-max' : 'zod.list-min', params: { bound } };
    case 'date':
      return { code: s.kind === 'max' ? 'zod.date-max' : 'zod.date-min', params: { bound } };
    default:
      return numberSize(s.kind, strict, bound);
  }
}

/** The catalogue message for a zod issue that has no message of its own, by its issue code. */
export function issueMessage(issue: Issue): CodedMessage | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'zod.required', params: { expected: issue.expected } }
        : { code: 'zod.type', params: { expected: issue.expected, received: receivedType(issue.input) } };
    case 'too_big':
      return sizeMessage({ kind: 'max', ...issue, bound: issue.maximum });
    case 'too_small':
      return sizeMessage({ kind: 'min', ...issue, bound: issue.minimum });
    case 'unrecognized_keys':
      return { code: 'zod.unknown-keys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      // Only a starts_with issue has a prefix.
      return 'prefix' in issue
        ? { code: 'zod.starts-with', params: { prefix: String(issue.prefix) } }
        : { code: 'zod.format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'zod.value', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'invalid_union':
      return { code: 'zod.union', params: {} };
    case 'not_multiple_of':
      return { code: 'zod.multiple-of', params: { divisor: String(issue.divisor) } };
    case 'custom':
      return { code: 'zod.custom', params: {} };
  }
  return undefined;
}

/**
 * The known fields of each object that had unknown ones, by the object itself: zod drops the schema
 * from a finished issue, so the error map (which still sees it) notes the fields for zodProblems.
 */
const knownFields = new WeakMap<object, readonly string[]>();

/** The number of single-character edits between two words (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known field nearest to a mistyped one (case ignored), if it is near enough to be meant. */
export function nearestField(key: string, known: readonly string[]): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.field.length / 3)) ? best.field : undefined;
}

/** A zod error map writing each issue without a message of its own as "Thai / English". */
export const thaiErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') {
    // Stryker disable next-line OptionalChaining: zod gives an unrecognized_keys issue the object schema that raised it
    const shape = (issue.inst?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
    // The input of an unrecognized_keys issue is the object that has them.
    knownFields.set(issue.input as object, Object.keys(shape ?? {}));
  }
  const message = issueMessage(issue);
  return message && bilingual(message);
};

/** The catalogue message of a finished zod issue: the schema's own code first, else by issue code. */
function messageOf(issue: z.core.$ZodIssue): CodedMessage {
  // Only a custom issue (a schema's own rule) has params.
  const params: unknown = (issue as { params?: unknown }).params;
  if (isCodedMessage(params)) return params;
  const code = fixedCodeOf(issue.message);
  if (code) return fixedMessage(code);
  return issueMessage(issue) ?? { code: 'zod.other', params: { message: issue.message } };
}

/** The value at a path of the data, or undefined when the path leads to none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): { value: unknown } | undefined {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { value };
}

const isPlain = (v: unknown) => v === null || v instanceof Date || typeof v !== 'object';

/**
 * The problems in one zod result, with the file they belong to. The value found is the one at the
 * issue's path in the file's data (a cross-field rule reports the whole object as its input).
 */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], data?: unknown): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      // WeakMap.get gives undefined for anything that is not an object.
      const known = knownFields.get(valueAt(data, issue.path)?.value as object) ?? [];
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...issue.path, key]),
        code: 'zod.unknown-key',
        params: { key, suggestion: nearestField(key, known) ?? '', known: known.join(', ') },
      }));
    }
    // A missing field has nothing found: no value at its path, and undefined as the issue's input.
    const at = valueAt(data, issue.path);
    const found = at && isPlain(at.value) ? at.value : isPlain(issue.input) ? issue.input : undefined;
    const problem: Problem = {
      ...messageOf(issue),
      file,
      field: formatPath(issue.path),
      ...(found === undefined ? {} : { found: formatValue(found) }),
    };
    return [problem];
  });
}

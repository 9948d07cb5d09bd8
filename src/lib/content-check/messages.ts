/**
 * How a content problem is told to staff: which file, which field, what was expected (Thai, then
 * English) and what was found. One format for `npm run check`, the build and the staff guide.
 *
 * Zod issues are turned into these messages by `thaiErrorMap` (in the spirit of Starlight's
 * utils/error-map.ts): a schema's own "Thai / English" message wins; for every other issue the map
 * writes a Thai-first message from the issue's code.
 */
import type { z } from 'zod';

export interface Problem {
  /** The content file, as staff see it, e.g. "content/ita/assessments/2566.yaml". */
  file: string;
  /** The field inside the file, e.g. "scores.3.score", or "(ทั้งไฟล์ / whole file)". */
  field: string;
  thai: string;
  english: string;
  /** The value found, when there is one to show. */
  found?: string;
}

export const WHOLE_FILE = '(ทั้งไฟล์ / whole file)';

/** "file › field: Thai / English (พบ / found: value)" — one line per problem. */
export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? '' : ` (พบ / found: ${p.found})`;
  return `${p.file} › ${p.field}: ${p.thai} / ${p.english}${found}`;
}

/** A field path as Astro prints it: scores.3.score (the 4th entry under scores, counted from 0). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? WHOLE_FILE : path.map(String).join('.');
}

/** A found value, short and readable: strings quoted, objects as compact JSON, long values cut. */
export function formatValue(value: unknown): string {
  let s: string;
  if (value === undefined) return '(ไม่มี / nothing)';
  if (value instanceof Date) s = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  else if (typeof value === 'string') s = JSON.stringify(value);
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Splits "Thai / English" at its first " / ". A message with no English half is given one. */
export function splitMessage(message: string): { thai: string; english: string } {
  const at = message.indexOf(' / ');
  return at < 0 ? { thai: message, english: message } : { thai: message.slice(0, at), english: message.slice(at + 3) };
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['ข้อความ', 'text'],
  number: ['ตัวเลข', 'a number'],
  int: ['จำนวนเต็ม', 'a whole number'],
  boolean: ['true หรือ false', 'true or false'],
  date: ['วันที่', 'a date'],
  array: ['รายการ (ขึ้นต้นแต่ละบรรทัดด้วย "- ")', 'a list'],
  object: ['กลุ่มข้อมูล (ชื่อช่อง: ค่า)', 'a group of fields'],
  null: ['ค่าว่าง', 'null'],
  undefined: ['ไม่มีค่า', 'nothing'],
};

const typeName = (t: string): [string, string] => TYPE_NAMES[t] ?? [t, t];

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (typeof input === 'number' && Number.isInteger(input)) return 'int';
  return typeof input;
}

type Size = { origin: string; bound: number | bigint; inclusive?: boolean; exact?: boolean };

function sizeMessage(kind: 'max' | 'min', s: Size): string {
  const n = String(s.bound);
  const strict = s.inclusive === false;
  if (s.origin === 'string') {
    if (kind === 'min' && Number(s.bound) <= 1 && !strict) return 'ต้องไม่เว้นว่าง / expected non-empty text';
    return kind === 'max'
      ? `ข้อความต้องยาวไม่เกิน ${n} ตัวอักษร / expected at most ${n} characters`
      : `ข้อความต้องยาวอย่างน้อย ${n} ตัวอักษร / expected at least ${n} characters`;
  }
  if (s.origin === 'array' || s.origin === 'set') {
    if (s.exact) return `ต้องมี ${n} รายการพอดี / expected exactly ${n} entries`;
    return kind === 'max'
      ? `ต้องมีไม่เกิน ${n} รายการ / expected at most ${n} entries`
      : `ต้องมีอย่างน้อย ${n} รายการ / expected at least ${n} entries`;
  }
  if (s.origin === 'date') {
    return kind === 'max'
      ? `วันที่ต้องไม่เกิน ${n} / expected a date no later than ${n}`
      : `วันที่ต้องไม่ก่อน ${n} / expected a date no earlier than ${n}`;
  }
  if (kind === 'max') {
    return strict
      ? `ต้องน้อยกว่า ${n} / expected a number less than ${n}`
      : `ต้องไม่เกิน ${n} / expected a number no greater than ${n}`;
  }
  return strict
    ? `ต้องมากกว่า ${n} / expected a number greater than ${n}`
    : `ต้องไม่น้อยกว่า ${n} / expected a number no less than ${n}`;
}

const FORMAT_NAMES: Record<string, [string, string]> = {
  url: ['ลิงก์เต็ม เช่น https://…', 'a full URL such as https://…'],
  email: ['อีเมล เช่น saraban@example.go.th', 'an e-mail address'],
  date: ['วันที่แบบ 2023-10-01', 'a date such as 2023-10-01'],
  regex: ['รูปแบบที่กำหนด', 'the required pattern'],
};

/** A zod error map that writes a Thai-first "Thai / English" message for each issue code. */
export const thaiErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const [th, en] = typeName(issue.expected);
      if (issue.input === undefined) return `ต้องมีช่องนี้ (${th}) / required: expected ${en}`;
      const [gotTh, gotEn] = typeName(receivedType(issue.input));
      return `ต้องเป็น${th} แต่พบ${gotTh} / expected ${en}, found ${gotEn}`;
    }
    case 'too_big':
      return sizeMessage('max', {
        origin: issue.origin,
        bound: issue.maximum,
        inclusive: issue.inclusive,
        exact: issue.exact,
      });
    case 'too_small':
      return sizeMessage('min', {
        origin: issue.origin,
        bound: issue.minimum,
        inclusive: issue.inclusive,
        exact: issue.exact,
      });
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return `ไม่รู้จักช่อง ${keys} (สะกดผิดหรือไม่?) / unknown field ${keys} (a typo?)`;
    }
    case 'invalid_format': {
      if (issue.format === 'starts_with')
        return `ต้องขึ้นต้นด้วย "${String(issue.prefix)}" / expected text starting with "${String(issue.prefix)}"`;
      const [th, en] = FORMAT_NAMES[issue.format] ?? [issue.format, issue.format];
      return `รูปแบบไม่ถูกต้อง ต้องเป็น${th} / expected ${en}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${values} / expected one of ${values}`;
    }
    case 'invalid_union':
      return 'ค่าไม่ตรงกับรูปแบบที่รับได้ ดูตัวอย่างในคู่มือ / expected one of the accepted forms (see the guide)';
    case 'not_multiple_of':
      return `ต้องเป็นผลคูณของ ${issue.divisor} / expected a multiple of ${issue.divisor}`;
    case 'custom':
      return 'ค่าไม่ถูกต้อง / invalid value';
    default:
      return undefined;
  }
};

function valueAt(data: unknown, path: readonly PropertyKey[]): { value?: unknown; ok: boolean } {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in (value as object))) return { ok: false };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { ok: true, value };
}

const isPlain = (v: unknown) => v === null || v instanceof Date || typeof v !== 'object';

/**
 * The problems in one zod result, with the file they belong to. The value found is the one at the
 * issue's path in the file's data (a cross-field rule reports the whole object as its input).
 */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], data?: unknown): Problem[] {
  return issues.map((issue) => {
    const { thai, english } = splitMessage(issue.message);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const at = valueAt(data, issue.path);
    const found = at.ok && isPlain(at.value) ? at.value : isPlain(issue.input) ? issue.input : undefined;
    return {
      file,
      field: formatPath(issue.path),
      thai,
      english,
      ...(missing || found === undefined ? {} : { found: formatValue(found) }),
    };
  });
}

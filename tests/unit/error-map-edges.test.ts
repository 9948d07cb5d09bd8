// Every kind of zod issue as the message staff read: its code and parameters, the field, and the value
// found; the did-you-mean at its edges.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { validate } from '../../src/lib/content-check/check';
import { editDistance, nearestField, thaiErrorMap, zodProblems } from '../../src/lib/content-check/error-map';

const problems = (schema: z.ZodType, data: unknown) => validate(schema, data, 'f.yaml').problems;
const f = (field: string, code: string, params: Record<string, unknown>, found?: string) => ({
  file: 'f.yaml',
  field,
  code,
  params,
  ...(found === undefined ? {} : { found }),
});

describe('a value of the wrong type', () => {
  it('names what was received: null, a list, a date, a whole number, a number, true', () => {
    const text = z.string();
    const schema = z.object({ a: text, b: text, c: text, d: text, e: text, f: text });
    const data = { a: null, b: [], c: new Date('2024-10-01'), d: 5, e: 1.5, f: true };
    expect(problems(schema, data)).toEqual([
      f('a', 'zod.type', { expected: 'string', received: 'null' }, 'null'),
      f('b', 'zod.type', { expected: 'string', received: 'array' }),
      f('c', 'zod.type', { expected: 'string', received: 'date' }, '2024-10-01'),
      f('d', 'zod.type', { expected: 'string', received: 'int' }, '5'),
      f('e', 'zod.type', { expected: 'string', received: 'number' }, '1.5'),
      f('f', 'zod.type', { expected: 'string', received: 'boolean' }, 'true'),
    ]);
  });

  it('names null where a group of fields was expected', () => {
    const schema = z.object({ a: z.object({ b: z.string() }) });
    expect(problems(schema, { a: null })).toEqual([
      f('a', 'zod.type', { expected: 'object', received: 'null' }, 'null'),
    ]);
  });

  it('is "required", with nothing found, when the field is missing', () => {
    expect(problems(z.object({ a: z.number() }), {})).toEqual([f('a', 'zod.required', { expected: 'number' })]);
  });
});

describe('a value too small or too big', () => {
  it('says which bound, and whether the bound itself is allowed, for text and numbers', () => {
    const schema = z.object({
      a: z.string().min(1),
      b: z.string().min(3),
      c: z.string().max(1),
      d: z.number().gt(0),
      e: z.number().lt(100),
      f: z.number().min(0),
      g: z.number().max(100),
    });
    expect(problems(schema, { a: '', b: 'ab', c: 'ab', d: 0, e: 100, f: -1, g: 101 })).toEqual([
      f('a', 'text.required', {}, '""'),
      f('b', 'zod.text-min', { bound: '3' }, '"ab"'),
      f('c', 'zod.text-max', { bound: '1' }, '"ab"'),
      f('d', 'zod.number-above', { bound: '0' }, '0'),
      f('e', 'zod.number-below', { bound: '100' }, '100'),
      f('f', 'zod.number-min', { bound: '0' }, '-1'),
      f('g', 'zod.number-max', { bound: '100' }, '101'),
    ]);
  });

  it('counts the items of a list or a set, and compares dates', () => {
    const jan2024 = new Date('2024-01-01T00:00:00Z');
    const schema = z.object({
      a: z.array(z.number()).min(1),
      b: z.array(z.number()).max(1),
      c: z.array(z.number()).length(2),
      d: z.set(z.number()).min(1),
      e: z.date().min(jan2024),
      f: z.date().max(jan2024),
    });
    const data = { a: [], b: [1, 2], c: [1], d: new Set(), e: new Date('2023-01-01'), f: new Date('2025-01-01') };
    expect(problems(schema, data)).toEqual([
      f('a', 'zod.list-min', { bound: '1' }),
      f('b', 'zod.list-max', { bound: '1' }),
      f('c', 'zod.list-exact', { bound: '2' }),
      f('d', 'zod.list-min', { bound: '1' }),
      f('e', 'zod.date-min', { bound: String(jan2024.getTime()) }, '2023-01-01'),
      f('f', 'zod.date-max', { bound: String(jan2024.getTime()) }, '2025-01-01'),
    ]);
  });
});

describe('a value of the wrong form', () => {
  it('names the prefix, the format, the accepted values, the forms and the divisor', () => {
    const schema = z.object({
      a: z.string().startsWith('/'),
      b: z.string().regex(/^x/),
      c: z.string().endsWith('.pdf'),
      d: z.union([z.string(), z.number()]),
      e: z.number().multipleOf(0.01),
      f: z.enum(['a', 'b']),
    });
    expect(problems(schema, { a: 'x', b: 'y', c: 'a.doc', d: true, e: 1.005, f: 'c' })).toEqual([
      f('a', 'zod.starts-with', { prefix: '/' }, '"x"'),
      f('b', 'zod.format', { format: 'regex' }, '"y"'),
      f('c', 'zod.format', { format: 'ends_with' }, '"a.doc"'),
      f('d', 'zod.union', {}, 'true'),
      f('e', 'zod.multiple-of', { divisor: '0.01' }, '1.005'),
      f('f', 'zod.value', { values: '"a", "b"' }, '"c"'),
    ]);
  });

  it("passes on zod's own message for an issue the catalogue has no message for", () => {
    const schema = z.record(z.string().regex(/^a/), z.number());
    expect(problems(schema, { b: 1 })).toEqual([f('b', 'zod.other', { message: 'Invalid key in record' }, '1')]);
  });
});

describe("a schema's own rule", () => {
  it("keeps the catalogue message the rule gives, else says 'invalid value'", () => {
    const coded = z.number().superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', params: { code: 'zod.number-max', params: { bound: '100' } } });
    });
    expect(problems(coded, 101)).toEqual([f('(ทั้งไฟล์ / whole file)', 'zod.number-max', { bound: '100' }, '101')]);
    expect(
      problems(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual([f('(ทั้งไฟล์ / whole file)', 'zod.custom', {}, '"x"')]);
  });

  it('reports the value at the field it names, else the value the rule was given', () => {
    const rule = (path: string[], input: unknown) =>
      z.object({ a: z.unknown() }).superRefine((_, ctx) => ctx.addIssue({ code: 'custom', path, message: 'm', input }));
    // The field exists: its value.
    expect(problems(rule(['a'], 7), { a: 5 })).toEqual([f('a', 'zod.custom', {}, '5')]);
    // No such field, or a path through a number or through null: the rule's input.
    expect(problems(rule(['b'], 7), { a: 5 })).toEqual([f('b', 'zod.custom', {}, '7')]);
    expect(problems(rule(['a', 'x'], 7), { a: 5 })).toEqual([f('a.x', 'zod.custom', {}, '7')]);
    expect(problems(rule(['a', 'x'], 7), { a: null })).toEqual([f('a.x', 'zod.custom', {}, '7')]);
    // A group of fields is not a value found.
    expect(problems(rule(['a'], { x: 1 }), { a: { y: 2 } })).toEqual([f('a', 'zod.custom', {})]);
  });
});

describe('a field the schema does not know', () => {
  it('is reported once per field, with the nearest known field or the list of known fields', () => {
    const schema = z.object({ items: z.array(z.strictObject({ title: z.string(), example: z.boolean() })) });
    const data = { items: [{ title: 'x', example: true, exmaple: true, colour: 1 }] };
    expect(problems(schema, data)).toEqual([
      {
        file: 'f.yaml',
        field: 'items.0.exmaple',
        code: 'zod.unknown-key',
        params: { key: 'exmaple', suggestion: 'example', known: 'title, example' },
      },
      {
        file: 'f.yaml',
        field: 'items.0.colour',
        code: 'zod.unknown-key',
        params: { key: 'colour', suggestion: '', known: 'title, example' },
      },
    ]);
  });

  it('is reported without known fields when the data is not given', () => {
    const r = z.strictObject({ a: z.number() }).safeParse({ a: 1, b: 2 }, { error: thaiErrorMap });
    expect(zodProblems('f.yaml', r.error?.issues ?? [])).toEqual([
      { file: 'f.yaml', field: 'b', code: 'zod.unknown-key', params: { key: 'b', suggestion: '', known: '' } },
    ]);
  });

  it('lists both fields in the one message zod itself gives', () => {
    const r = z.strictObject({ a: z.number() }).safeParse({ a: 1, b: 2, c: 3 }, { error: thaiErrorMap });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'ไม่รู้จักช่อง b, c (สะกดผิดหรือไม่?) / unknown field b, c (a typo?)',
    ]);
  });
});

describe('did you mean', () => {
  it('counts the edits from and to an empty word', () => {
    expect([editDistance('', 'abc'), editDistance('abc', ''), editDistance('', '')]).toEqual([3, 3, 0]);
  });

  it('takes the first of two known fields equally near', () => {
    expect(nearestField('tite', ['title', 'tile'])).toBe('title');
  });

  it('allows two edits to a short field, and a third of the letters of a long one', () => {
    expect(nearestField('yr', ['year'])).toBe('year');
    expect(nearestField('assesmentYr', ['assessmentYear'])).toBe('assessmentYear');
    expect(nearestField('asesmntYr', ['assessmentYear'])).toBeUndefined();
  });
});

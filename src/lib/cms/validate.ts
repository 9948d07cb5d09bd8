/**
 * The check a form's save runs in the browser: the collection's schema over what would be written,
 * worded by the same catalogue as `npm run check` ("file › field: Thai / English (พบ / found: …)").
 * The cross-file rules (an indicator of the framework, a file that exists) run in the editor's file API
 * before it writes (scripts/lib/cms-api.ts), in `npm run check` and in the build.
 */
import type { z } from 'astro/zod';
import { validate } from '../content-check/check';
import { formatProblem, type Problem } from '../content-check/messages';
import { prune, withoutPrivateKeys } from './yaml';

/** The check's problems for the data a form is about to save (none when it passes). */
export function formProblemList(schema: z.ZodType, data: Record<string, unknown>, file: string): Problem[] {
  // The body of a Markdown/MDX file is not part of its frontmatter's schema.
  const { body: _body, ...fields } = withoutPrivateKeys(data);
  return validate(schema, prune(fields) ?? {}, file).problems;
}

/** The check's messages for the data a form is about to save, one line each (none when it passes). */
export function formProblems(schema: z.ZodType, data: Record<string, unknown>, file: string): string[] {
  return formProblemList(schema, data, file).map(formatProblem);
}

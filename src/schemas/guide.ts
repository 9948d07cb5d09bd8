import { z } from 'zod';
import { text } from './common';

/** A page of the staff guide (docs/guide/*.md). */
export const guidePageSchema = z.object({
  title: text,
  description: text,
  /** Position in the guide's table of contents. */
  order: z.number().int().nonnegative(),
});

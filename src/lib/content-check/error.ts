import { formatProblem, messageText, type Problem } from './messages';

/**
 * An error in a content file that staff can act on: which file, which field, what was expected and what
 * was found, in Thai first and then English.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, thai: string, english: string) {
    super(`${file} › ${field}\n  ${thai}\n  ${english}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }

  /** The error for a checker problem, worded exactly as `npm run check` prints it. */
  static fromProblem(p: Problem, total = 1): ContentError {
    const { th, en } = messageText(p);
    const error = new ContentError(p.file, p.field, th, en);
    const more =
      total > 1
        ? `\n  (และอีก ${total - 1} ปัญหา: ดูทั้งหมดด้วย npm run check / and ${total - 1} more: run npm run check)`
        : '';
    error.message = `${formatProblem(p)}${more}`;
    return error;
  }
}

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
}

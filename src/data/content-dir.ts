/** The folder that holds the site's content: `content/`, or PRONGSAI_CONTENT (used by test fixtures). */
export function contentDir(): string {
  return (typeof process !== 'undefined' && process.env.PRONGSAI_CONTENT) || './content';
}

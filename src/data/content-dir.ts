/** The folder that holds the site's content: `content/`, or PRONGSAI_CONTENT (used by test fixtures). */
export function contentDir(): string {
  return (typeof process !== 'undefined' && process.env.PRONGSAI_CONTENT) || './content';
}

/** The folder of the site's own files (documents, logo): `public/`, or PRONGSAI_PUBLIC (a test's copy). */
export function publicDir(): string {
  return (typeof process !== 'undefined' && process.env.PRONGSAI_PUBLIC) || './public';
}

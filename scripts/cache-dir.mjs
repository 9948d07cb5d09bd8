// Where Astro keeps its cache (the content layer's data store among it): one folder per content folder,
// so the example site and the test fixtures never read each other's entries.
export function astroCacheDir(contentOverride = process.env.PRONGSAI_CONTENT) {
  return contentOverride
    ? `./node_modules/.astro-fixtures/${contentOverride.replace(/[^a-z0-9]+/gi, '-')}`
    : './node_modules/.astro';
}

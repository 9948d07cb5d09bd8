// The bundler's warnings of a build (astro.config.mjs: vite.build.rolldownOptions.onwarn). Astro compiles
// every MDX file with a "use astro:head-inject" directive, read by Astro itself; the bundler then warns
// that it "may not be preserved when bundling", ten lines per MDX file of every build. That warning is
// dropped; every other one is printed as before.

/**
 * @param {{ code?: string; message: string }} warning
 * @param {(warning: { code?: string; message: string }) => void} warn the bundler's own printer
 */
export function onBundlerWarning(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

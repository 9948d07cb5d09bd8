// Lets Node (24, which strips TypeScript types natively) run the project's TypeScript modules as they
// are written for Astro and Vite: relative imports without a file extension resolve to ".ts".
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier))
        throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

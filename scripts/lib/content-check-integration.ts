/**
 * The content check as an Astro integration (astro.config.mjs): every build (`npm run build`, or
 * `astro build` called directly) and `astro dev` run every content rule once, before Astro loads a
 * collection or renders a page, and stop with the messages `npm run check` prints. So the pages and the
 * domain modules they call may assume valid content. While `astro dev` runs, an edited content file
 * is checked again and its problems are printed (the server keeps running).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { passedLine, problemLines, runContentCheck } from './run-check.ts';
import { contentDir } from '../../src/data/content-dir.ts';

/** The error that stops a build on bad content: the problems were printed just before. */
export class ContentCheckFailed extends Error {
  constructor(count: number) {
    super(`พบปัญหาในข้อมูล ${count} รายการ (ดูข้อความด้านบน) / ${count} content problem(s), listed above`);
    this.name = 'ContentCheckFailed';
    // Staff need the messages above, not where in the program the build stopped.
    this.stack = '';
  }
}

/** Checks the content folder and prints the result; returns how many problems it found. */
function checkAndReport(logger: AstroIntegrationLogger): number {
  const run = runContentCheck();
  if (run.problems.length) for (const line of problemLines(run)) console.error(line);
  // Printed whatever Astro's log level: a build (scripts/lib/astro-build.mjs) logs warnings only.
  else if (logger.options.level === 'warn' || logger.options.level === 'error') console.log(passedLine(run));
  else logger.info(passedLine(run));
  return run.problems.length;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'prongsai:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const count = checkAndReport(logger);
        if (count) throw new ContentCheckFailed(count);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(contentDir());
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(root) || !/\.(?:ya?ml|json|mdx?)$/.test(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => checkAndReport(logger), 200);
        });
      },
    },
  };
}

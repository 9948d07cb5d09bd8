/**
 * The build's own Markdown/MDX pipeline holds every file it compiles to the rule `npm run check` applies
 * (src/lib/content-check/prose-safety.ts through proseBody): no ESM, no `{…}` expression, no script,
 * iframe, meta … So even a build that skips the content check (astro build with another config, a
 * check that missed a file) cannot compile a program out of content: the file is refused before
 * satteri turns it into JavaScript, so nothing of it ever runs or publishes.
 *
 * A Sätteri mdast plugin whose factory checks the source it is given (the factory runs once per file,
 * before the file is parsed for compiling) and, on a refusal, prints the check's Thai/English messages
 * and stops: `astro build` exits at once (Astro would print its own English stack trace for a thrown
 * error); `astro dev` shows the error and keeps running.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToHast, markdownToMdast, mdxToMdast, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { formatProblem, type Problem } from '../../src/lib/content-check/messages.ts';
import { proseBody } from '../../src/lib/content-check/prose.ts';

const PARSERS = { mdx: mdxToMdast, markdown: markdownToMdast, html: htmlToHast };

/** The problems of a source as the pipeline compiles it. */
export function guardProblems(file: string, source: string, format: 'mdx' | 'markdown'): Problem[] {
  return proseBody(file, source, format, PARSERS).problems;
}

/** The error that stops a build on content that would be a program: the problems were printed just before. */
export class ProseRefused extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.map(formatProblem).join('\n')}\n` +
        'เนื้อหานี้ถูกปฏิเสธก่อนแปลงเป็นหน้าเว็บ จึงไม่มีส่วนใดถูกรันหรือเผยแพร่ แก้ไขตามข้อความด้านบนแล้วลองใหม่' +
        ' / this content was refused before it was compiled: nothing of it ran or was published.',
    );
    this.problems = problems;
    this.name = 'ProseRefused';
    this.stack = '';
  }
}

/**
 * The problems to report: those of the file as staff wrote it (its lines, its frontmatter counted) when
 * that text shows them, else those of the source the pipeline was given.
 */
function reported(ctx: PluginFactoryContext, format: 'mdx' | 'markdown', problems: Problem[]): Problem[] {
  if (!ctx.fileURL) return problems;
  try {
    const path = fileURLToPath(ctx.fileURL);
    const file = relative(process.cwd(), path);
    const own = guardProblems(file, readFileSync(path, 'utf8'), format);
    return own.length ? own : problems.map((p) => ({ ...p, file }));
  } catch {
    return problems;
  }
}

/**
 * The plugin: checks the source and returns no plugin of its own (null) when it passes; `stop` is
 * called with the refusal otherwise (it must not return normally).
 */
export function proseGuardPlugin(stop: (refusal: ProseRefused) => never): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const format = ctx.sourceFormat === 'mdx' ? 'mdx' : 'markdown';
    const problems = guardProblems('(Markdown/MDX)', ctx.source, format);
    if (problems.length) stop(new ProseRefused(reported(ctx, format, problems)));
    return null;
  };
}

interface SatteriOptions {
  mdastPlugins?: MdastPluginEntry[];
}

/** The integration: puts the guard first in the Markdown processor that .md and .mdx files both go through. */
export function proseGuard(): AstroIntegration {
  let installed: MdastPluginEntry | undefined;
  return {
    name: 'prongsai:prose-guard',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        const processor = config.markdown.processor;
        const options = processor.options as SatteriOptions;
        if (processor.name !== 'satteri' || !Array.isArray(options.mdastPlugins))
          throw new Error(`prongsai:prose-guard expects the satteri Markdown processor, found ${processor.name}`);
        installed = proseGuardPlugin((refusal) => {
          if (command === 'build') {
            console.error(`\n${refusal.message}`);
            // Astro would print the error again with its stack: the messages above are the whole story.
            process.exit(1);
          }
          throw refusal;
        });
        options.mdastPlugins.unshift(installed);
      },
      'astro:config:done': ({ config }) => {
        // Another integration must not have swapped the processor the guard sits in.
        const options = config.markdown.processor.options as SatteriOptions;
        if (!installed || !options.mdastPlugins?.includes(installed))
          throw new Error('prongsai:prose-guard: the Markdown processor was replaced after the guard was installed');
      },
    },
  };
}

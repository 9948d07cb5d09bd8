// MDX and Markdown are data, not programs: the rule (src/lib/content-check/prose-safety.ts) that the check
// and the build's own pipeline (scripts/lib/prose-guard.ts) both apply, on the same parse.
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isLiteral, safetyFindings, unsafeScheme } from '../../src/lib/content-check/prose-safety';
import { guardProblems, proseGuardPlugin, ProseRefused } from '../../scripts/lib/prose-guard';
import type { PluginFactoryContext } from 'satteri';

const mdx = (body: string) => safetyFindings(mdxToMdast(body)).map((f) => `${f.line} ${f.code} ${f.found ?? ''}`);
const md = (body: string) =>
  safetyFindings(markdownToMdast(body), htmlToHast).map((f) => `${f.line} ${f.code} ${f.found ?? ''}`);

describe('what content may hold', () => {
  it('the components with literal props, plain Markdown, HTML that neither runs nor leaves', () => {
    expect(
      mdx(
        [
          '# หัวข้อ',
          '',
          'ข้อความ **หนา** [ลิงก์](https://example.go.th/) [หน้า](/ita/) ![ภาพ](./photo.jpg)',
          '',
          '<Score year={2566} indicator="budget-use" /> <Note tone="note" title={"หมายเหตุ"}>ข้อความ</Note>',
          '',
          "<ScoreTable year={ 2566 } /> <Figure caption='ภาพ' />",
          '',
          '<details><summary>เพิ่มเติม</summary><p>ข้อความ<br />ต่อ</p></details> <a href="mailto:x@example.go.th">อีเมล</a>',
          '',
          '{/* หมายเหตุของเจ้าหน้าที่ */} {\' \'} {"ข้อความ"} ราคา \\{ประมาณ} 500 บาท <>ชิ้น</>',
          '',
          '<img src="/documents/x.png" srcSet="/a.png 1x, /b.png 2x" alt="" style="width: 50%" />',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(md('<details><summary>a</summary>b</details>\n\n<b>หนา</b> <img src="/x.png" alt="">\n')).toEqual([]);
  });

  it('literals: numbers, true and false, strings in one kind of quote with no escape', () => {
    for (const e of ['2566', ' -1.5 ', 'true', 'false', '"ข้อความ"', "'x'", '""']) expect(isLiteral(e)).toBe(true);
    for (const e of ['x', '2566 + 1', '"a" + "b"', "'a' + 'b'", '"\\u0041"', '`x`', '0x4E', '[1]', '{}', 'null'])
      expect(isLiteral(e)).toBe(false);
  });

  it('schemes that run code or carry their own content, however written', () => {
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme(' \tJaVa\nScRipt:x')).toBe('javascript');
    expect(unsafeScheme('\u0000data:text/html,x')).toBe('data');
    expect(unsafeScheme('VBScript:x')).toBe('vbscript');
    for (const u of ['https://x', '/documents/a.pdf', './a.jpg', 'mailto:a@b', 'tel:012', '#top', 'javascript'])
      expect(unsafeScheme(u)).toBeUndefined();
  });
});

describe('what content may not hold, at its line', () => {
  it('ESM and expressions in text, in props, spread', () => {
    expect(
      mdx(
        "import fs from 'node:fs'\n\nexport const x = 1\n\n{process.env.PATH}\n\nราคา {ประมาณ}\n\n<Score year={2566 + 0} {...props} />",
      ),
    ).toEqual([
      "1 prose.esm import fs from 'node:fs'",
      '3 prose.esm export const x = 1',
      '5 prose.expression {process.env.PATH}',
      '7 prose.braces {ประมาณ}',
      '9 prose.expression {2566 + 0}',
      '9 prose.expression {...props}',
    ]);
  });

  it('a comment with code after it is code', () => {
    expect(mdx('{/* a */ process.exit() /* b */}')).toEqual(['1 prose.expression {/* a */ process.exit() /* b */}']);
  });

  it('elements that run, leave, embed or restyle, and names that are not plain HTML names', () => {
    const tags = ['script', 'noscript', 'iframe', 'object', 'embed', 'meta', 'base', 'link', 'form', 'style', 'svg'];
    expect(mdx(tags.map((t) => `<${t} />`).join('\n\n'))).toEqual(
      tags.map((t, i) => `${i * 2 + 1} prose.element <${t}>`),
    );
    expect(mdx('<a.b />\n\n<svg:rect />\n\n<SCRIPT />')).toEqual([
      '1 prose.element <a.b>',
      '3 prose.element <svg:rect>',
      '5 prose.element <SCRIPT>',
    ]);
  });

  it('event attributes, directives, and addresses in URL attributes only', () => {
    expect(
      mdx(
        '<span onClick="x">a</span> <div set:html="<b>" /> <div client:load /> <a href=" javascript:x">a</a> <img srcset="/a.png 1x, data:x 2x" /> <span title="data: 2566">a</span> <a href={\'javascript:y\'}>a</a> <img src={"data:z"} />',
      ),
    ).toEqual([
      '1 prose.event-attribute onClick',
      '1 prose.directive set:html',
      '1 prose.directive client:load',
      '1 prose.unsafe-url  javascript:x',
      '1 prose.unsafe-url /a.png 1x, data:x 2x',
      '1 prose.unsafe-url javascript:y',
      '1 prose.unsafe-url data:z',
    ]);
  });

  it('in Markdown: raw HTML through the HTML parser, character references decoded; links, pictures, definitions', () => {
    expect(
      md(
        '<meta http-equiv="refresh" content="0;url=https://x">\n\nข้อความ <span OnMouseOver="x">a</span> <a href="java&#115;cript:x">a</a>\n\n[a](javascript:x) ![b](data:image/png,x) [c][d]\n\n[d]: vbscript:x\n\n<div><iframe src="https://x"></iframe></div>\n',
      ),
    ).toEqual([
      '1 prose.element <meta>',
      '3 prose.event-attribute onmouseover',
      '3 prose.unsafe-url javascript:x',
      '5 prose.unsafe-url javascript:x',
      '5 prose.unsafe-url data:image/png,x',
      '7 prose.unsafe-url vbscript:x',
      '9 prose.element <iframe>',
    ]);
  });

  it('Markdown without an HTML parser still checks its links', () => {
    expect(safetyFindings(markdownToMdast('<script></script>\n\n[a](javascript:x)\n')).map((f) => f.code)).toEqual([
      'prose.unsafe-url',
    ]);
  });
});

describe("the build's guard", () => {
  const ctx = (source: string, sourceFormat: 'mdx' | 'markdown'): PluginFactoryContext => ({
    fileURL: undefined,
    sourceFormat,
    source,
    data: {},
  });
  const stopped = (source: string, format: 'mdx' | 'markdown') => {
    const plugin = proseGuardPlugin((refusal) => {
      throw refusal;
    }) as (c: PluginFactoryContext) => unknown;
    try {
      return plugin(ctx(source, format));
    } catch (error) {
      return error;
    }
  };

  it('adds nothing to the pipeline for content that is data', () => {
    expect(stopped('ข้อความ <Score year={2566} />\n', 'mdx')).toBeNull();
    expect(stopped('ข้อความ <b>หนา</b>\n', 'markdown')).toBeNull();
  });

  it('stops with the check’s own messages, and no stack', () => {
    const error = stopped('   \n   \n\n{process.env.PATH}\n', 'mdx');
    expect(error).toBeInstanceOf(ProseRefused);
    const refused = error as ProseRefused;
    expect(refused.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['บรรทัด 4 / line 4 prose.expression']);
    expect(refused.message).toContain('nothing of it ran or was published');
    expect(refused.stack).toBe('');
    expect((stopped('<meta http-equiv="refresh" content="0">\n', 'markdown') as ProseRefused).problems[0]?.code).toBe(
      'prose.element',
    );
  });

  it('refuses what MDX cannot parse, with the Thai hint', () => {
    expect(guardProblems('f.mdx', 'ราคา {ประมาณ 500} บาท\n', 'mdx').map((p) => p.code)).toEqual(['prose.braces']);
    expect(guardProblems('f.mdx', '{while(true){}}\n', 'mdx').map((p) => p.code)).toEqual(['prose.syntax']);
  });
});

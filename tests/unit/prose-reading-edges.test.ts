// Reading a Markdown/MDX file at its edges: every way a prop is written, which elements are components,
// the frontmatter's fences, and the MDX parser's refusals as staff read them.
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseProseFile } from '../../src/lib/content-check/prose';

const read = (body: string) => parseProseFile('f.mdx', `---\ntitle: x\n---\n\n${body}\n`, mdxToMdast);

describe('a prop', () => {
  it('is read as written: no value, text, a number, a word true or false, quoted text', () => {
    const body = `<Note tone title="t" n={-5} d={ 1.5 } c={85.25} y={2566} q={"a"} s={'b'} m={"a'b"} t={true} f={false} />`;
    expect(read(body).uses).toEqual([
      {
        name: 'Note',
        line: 5,
        props: {
          tone: true,
          title: 't',
          n: -5,
          d: 1.5,
          c: 85.25,
          y: 2566,
          q: 'a',
          s: 'b',
          m: "a'b",
          t: true,
          f: false,
        },
      },
    ]);
  });

  it('is an expression the checker cannot read when it is not a literal', () => {
    const body = String.raw`<Score year={2565 + 1} indicator={"a\"b"} title={"a" + "b"} a={x + "a"} b={"a" + x} />`;
    expect(read(body).uses[0]?.props).toEqual({
      year: { expression: '2565 + 1' },
      indicator: { expression: String.raw`"a\"b"` },
      title: { expression: '"a" + "b"' },
      a: { expression: 'x + "a"' },
      b: { expression: '"a" + x' },
    });
  });

  it('is skipped when spread from an object, which names no prop', () => {
    expect(read('<Score year={2566} {...rest} />').uses[0]?.props).toEqual({ year: 2566 });
  });
});

describe('a component', () => {
  it('is an element with a capital name, in a paragraph, inside HTML or inside another component', () => {
    const body = '<div><Score year={2566} /></div>\n\nข้อความ <Figure caption="c">ภาพ <Score year={2567} /></Figure>';
    expect(read(`${body}\n\n<myScore year={1} />`).uses.map((u) => [u.name, u.line, u.props])).toEqual([
      ['Score', 5, { year: 2566 }],
      ['Figure', 7, { caption: 'c' }],
      ['Score', 7, { year: 2567 }],
    ]);
  });
});

describe('the frontmatter', () => {
  it('is read with Windows line ends, spaces after its closing fence, and no text after it', () => {
    const crlf = parseProseFile('f.mdx', '---\r\ntitle: x\r\n---\r\n\r\n<ScoreTable year={2566} />\r\n', mdxToMdast);
    expect([crlf.data, crlf.uses, crlf.problems]).toEqual([
      { title: 'x' },
      [{ name: 'ScoreTable', line: 5, props: { year: 2566 } }],
      [],
    ]);
    expect(parseProseFile('f.md', '---\ntitle: x\n---   \ntext', undefined)).toEqual({
      data: { title: 'x' },
      uses: [],
      problems: [],
    });
    expect(parseProseFile('f.md', '---\ntitle: x\n---', undefined)).toEqual({
      data: { title: 'x' },
      uses: [],
      problems: [],
    });
  });

  it('must close with a fence alone on its line', () => {
    expect(parseProseFile('f.md', '---\ntitle: x\n--- a\n', undefined)).toEqual({
      uses: [],
      problems: [{ file: 'f.md', field: '(ทั้งไฟล์ / whole file)', code: 'prose.frontmatter', params: {} }],
    });
  });

  it('keeps a problem without a line (a value refused in a field) at its field', () => {
    expect(parseProseFile('f.md', '---\ndate: 2568-02-05\n---\n', undefined).problems).toEqual([
      { file: 'f.md', field: 'date', code: 'yaml.timestamp', params: { value: '2568-02-05' }, found: '2568-02-05' },
    ]);
  });
});

describe('MDX the parser refuses', () => {
  it('is reported at the line the parser names, with its message and no rule name', () => {
    expect(read('{x =}').problems).toEqual([
      {
        file: 'f.mdx',
        field: 'บรรทัด 5 / line 5',
        code: 'prose.syntax',
        params: { detail: 'Could not parse expression with oxc: Unexpected token' },
      },
    ]);
  });

  it('is reported for the whole file when the parser names no line, whatever it throws', () => {
    const throwing = (thrown: unknown) => () => {
      throw thrown;
    };
    const whole = { file: 'f.mdx', field: '(ทั้งไฟล์ / whole file)', code: 'prose.syntax' };
    expect(
      parseProseFile('f.mdx', '---\ntitle: x\n---\n', throwing(new Error('boom (micromark-extension:rule-x)'))),
    ).toEqual({
      data: { title: 'x' },
      uses: [],
      problems: [{ ...whole, params: { detail: 'boom' } }],
    });
    expect(parseProseFile('f.mdx', '---\ntitle: x\n---\n', throwing('no tree')).problems).toEqual([
      { ...whole, params: { detail: 'no tree' } },
    ]);
  });

  it('is reported at a line and a column of two digits', () => {
    const text = `---\ntitle: x\n---\n${'\n'.repeat(8)}xxxxxxxxxx {x =}\n`;
    expect(parseProseFile('f.mdx', text, mdxToMdast).problems).toEqual([
      {
        file: 'f.mdx',
        field: 'บรรทัด 12 / line 12',
        code: 'prose.syntax',
        params: { detail: 'Could not parse expression with oxc: Unexpected token' },
      },
    ]);
  });

  it('names a frontmatter line of two digits as its line in the file', () => {
    // The flow list opened on the file's line 11 (the frontmatter's line 10) is never closed.
    const keys = Array.from({ length: 9 }, (_, i) => `k${i}: 1\n`).join('');
    const text = `---\n${keys}b: [1\n---\n`;
    expect(parseProseFile('f.md', text, undefined).problems.map((p) => p.field)).toEqual(['บรรทัด 11 / line 11']);
  });

  it('keeps the frontmatter problems before the MDX one', () => {
    const r = parseProseFile('f.mdx', '---\ndate: 2568-02-05\n---\n\n{x =}\n', mdxToMdast);
    expect(r.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'date yaml.timestamp',
      'บรรทัด 5 / line 5 prose.syntax',
    ]);
  });
});

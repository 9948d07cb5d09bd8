// The pure pieces behind the bad-input corpus: the one YAML reader, safe links, the did-you-mean, the
// encoding detector and the <meta> policy.
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/lib/content-check/yaml';
import { formatProblem } from '../../src/lib/content-check/messages';
import { editDistance, nearestField } from '../../src/lib/content-check/error-map';
import { decodeText } from '../../src/lib/content-check/encoding';
import { isSafeUrl, isSitePath } from '../../src/schemas/common';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../src/lib/site/csp';

const read = (text: string) => readYaml('x.yaml', text);
const codes = (text: string) => read(text).problems.map((p) => `${p.field} ${p.code}`);

describe('the one YAML reader', () => {
  it('reads YAML 1.2: yes, on and unquoted words stay text, quoted dates stay text', () => {
    expect(read('a: yes\nb: on\nc: "2568-02-05"\nd: 12\n').data).toEqual({
      a: 'yes',
      b: 'on',
      c: '2568-02-05',
      d: 12,
    });
  });

  it('refuses what another reader would read differently, naming the field', () => {
    expect(codes('date: 2568-02-05\n')).toEqual(['date yaml.timestamp']);
    expect(codes('at: 2024-01-01T10:00:00Z\n')).toEqual(['at yaml.timestamp']);
    expect(codes('rows:\n  - { time: 1:30 }\n')).toEqual(['rows.0.time yaml.sexagesimal']);
    expect(codes('budget: 1,250,000.50\n')).toEqual(['budget yaml.number-comma']);
    expect(codes('s:\n  - { indicator: 1, score: 78,31, note: "" }\n')).toEqual(['s.0.score yaml.flow-comma']);
    expect(codes('%YAML 1.2\n---\na: 1\n')).toEqual(['บรรทัด 1 / line 1 yaml.directive']);
    // Octal (0o14, or 012 that YAML 1.1 reads as octal) and hexadecimal are not what staff mean.
    expect(codes('d: 0o14\ne: 012\nf: 0x4E\n')).toEqual(['d yaml.decimal', 'e yaml.decimal', 'f yaml.decimal']);
  });

  it('accepts the same values written as text, and commas inside quoted or block text', () => {
    expect(codes('date: "2568-02-05"\ntime: "1:30"\ns: { a: "78,31" }\nt: ราคา 5,300 บาท\n')).toEqual([]);
  });

  it("refuses a key written twice, an unknown tag, and YAML 1.1's tags that make Dates and bytes", () => {
    expect(read('a: 1\na: 2\n').problems.map(formatProblem)).toEqual([
      'x.yaml › บรรทัด 2 / line 2: เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด) / invalid YAML: Map keys must be unique',
    ]);
    expect(codes('a: !!timestamp 2024-01-01\nb: !!binary aGk=\nc:\n  - !!set { x }\n')).toEqual([
      'a yaml.tag',
      'b yaml.tag',
      'c.0 yaml.tag',
    ]);
    expect(codes('c: !foo x\n')).toEqual(['บรรทัด 1 / line 1 file.yaml']);
  });
});

describe('links staff may write', () => {
  it.each([
    ['https://www.example.go.th/a?b=1#c', true],
    ['http://example.go.th', true],
    ['mailto:saraban@example.go.th', true],
    ['tel:+6644000000', true],
    ['/documents/plan-2568.pdf', true],
    ['/oit/#procurement', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['//evil.example/', false],
    ['/\\evil.example/', false],
    ['/ok\npath', false],
    ['https:evil.example', true],
    ['https://', false],
    ['file:///etc/passwd', false],
    ['ftp://example.go.th/', false],
  ])('%j → %s', (url, ok) => {
    expect(isSafeUrl(url)).toBe(ok);
  });

  it('a site path is one "/" then this site', () => {
    expect([isSitePath('/logo.svg'), isSitePath('//cdn.example/logo.svg'), isSitePath('logo.svg')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('did you mean', () => {
  it('suggests the nearest known field, and nothing for a word far from all', () => {
    expect(editDistance('exmaple', 'example')).toBe(2);
    expect(nearestField('exmaple', ['title', 'example', 'items'])).toBe('example');
    expect(nearestField('staus', ['id', 'text', 'status', 'steps'])).toBe('status');
    expect(nearestField('Progres', ['progress', 'steps'])).toBe('progress');
    expect(nearestField('favouriteColour', ['name', 'website', 'social'])).toBeUndefined();
  });
});

describe('text encodings', () => {
  it('reads UTF-8 with or without a byte-order mark; names UTF-16 without one', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(decodeText(new TextEncoder().encode('ปี: 2566'))).toEqual({ ok: true, text: 'ปี: 2566' });
    expect(decodeText(new Uint8Array([0x61, 0, 0x3a, 0, 0x20, 0, 0x31, 0]))).toEqual({
      ok: false,
      encoding: 'UTF-16LE',
    });
    expect(decodeText(new Uint8Array([0xbb, 0xd5, 0x3a, 0x20, 0x32, 0x35, 0x36, 0x36]))).toEqual({
      ok: false,
      encoding: 'TIS-620 / Windows-874',
    });
  });
});

describe('the <meta> policy', () => {
  it('is the header policy without frame-ancestors, which only a header can send', () => {
    expect(contentSecurityPolicy()).toBe(`${metaContentSecurityPolicy()}; frame-ancestors 'self'`);
  });
});

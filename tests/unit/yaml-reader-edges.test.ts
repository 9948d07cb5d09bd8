// The one YAML reader at its edges: each refusal in full (field, value found, message parameters), and
// the look-alikes it must read as they are.
import { describe, expect, it } from 'vitest';
import { nonDecimalForm, readYaml } from '../../src/lib/content-check/yaml';
import { formatProblem } from '../../src/lib/content-check/messages';

const read = (text: string) => readYaml('examples/khok-ko/content/x.yaml', text);

describe('a value another reader would read differently', () => {
  it('is refused with the value as written, for a date, a time and a comma number', () => {
    expect(read('date: 2568-02-05\nrows:\n  - time: 1:30\nbudget: 5,300\n').problems).toEqual([
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'date',
        code: 'yaml.timestamp',
        params: { value: '2568-02-05' },
        found: '2568-02-05',
      },
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'rows.0.time',
        code: 'yaml.sexagesimal',
        params: { value: '1:30' },
        found: '1:30',
      },
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'budget',
        code: 'yaml.number-comma',
        params: { value: '5,300' },
        found: '5,300',
      },
    ]);
  });

  it('is not looked for in keys: a key written as a date is a name', () => {
    expect(read('2024-01-01: x\n')).toEqual({ data: { '2024-01-01': 'x' }, problems: [] });
  });

  it('names the tag written, in its short form, for a value and for a list', () => {
    expect(read('x: !!str 5\nlist: !!seq [1, 2]\n').problems).toEqual([
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'x',
        code: 'yaml.tag',
        params: { tag: '!!str' },
        found: '!!str',
      },
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'list',
        code: 'yaml.tag',
        params: { tag: '!!seq' },
        found: '!!seq',
      },
    ]);
  });

  it('refuses a %YAML directive at line 1, naming it', () => {
    expect(read('%YAML 1.2\n---\na: 1\n').problems).toEqual([
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 'บรรทัด 1 / line 1',
        code: 'yaml.directive',
        params: {},
        found: '%YAML',
      },
    ]);
  });
});

describe('a comma inside a flow mapping', () => {
  it('is refused as the number the person wrote, digits as written', () => {
    expect(read('s: { score: 78,05 }\n').problems).toEqual([
      {
        file: 'examples/khok-ko/content/x.yaml',
        field: 's.score',
        code: 'yaml.flow-comma',
        params: { number: '78,05' },
        found: '78,05',
      },
    ]);
    expect(read('s: { score: 78.50,25 }\n').problems.map((p) => p.found)).toEqual(['78.50,25']);
  });

  it('is not one when the key after it has a value, follows no number, or is not a number', () => {
    expect(read('s: { a: 1, 2: 3 }\n').data).toEqual({ s: { a: 1, 2: 3 } });
    expect(read('s: { 31 }\n').data).toEqual({ s: { 31: null } });
    expect(read('s: { a: "x", 31 }\n').data).toEqual({ s: { a: 'x', 31: null } });
    expect(read('s: { a: [1], 2 }\n').data).toEqual({ s: { a: [1], 2: null } });
    expect(read('s: { score: 78, note }\n').data).toEqual({ s: { score: 78, note: null } });
  });

  it('is not looked for in a block mapping, where a number key on its own line is a key', () => {
    expect(read('a: 1\n2:\n')).toEqual({ data: { a: 1, 2: null }, problems: [] });
    // An explicit key without a value, after a number: still not a comma.
    expect(read('a: 1\n? 31\n')).toEqual({ data: { a: 1, 31: null }, problems: [] });
  });
});

describe('a number not written in plain decimal', () => {
  it('is named by its form: hexadecimal, octal, a leading zero, binary, infinity, not-a-number, an exponent', () => {
    expect(nonDecimalForm('0x4E', 78)).toBe('hex');
    expect(nonDecimalForm('0X4e', 78)).toBe('hex');
    expect(nonDecimalForm('0o17', 15)).toBe('octal');
    expect(nonDecimalForm('017', 17)).toBe('leading-zero');
    expect(nonDecimalForm('-017', -17)).toBe('leading-zero');
    expect(nonDecimalForm('00.5', 0.5)).toBe('leading-zero');
    // Binary is YAML 1.1's: text to YAML 1.2, so the value is a string.
    expect(nonDecimalForm('0b1', '0b1')).toBe('binary');
    expect(nonDecimalForm('0b1_0', '0b1_0')).toBe('binary');
    expect(nonDecimalForm('.inf', Infinity)).toBe('infinity');
    expect(nonDecimalForm('-.Inf', -Infinity)).toBe('infinity');
    expect(nonDecimalForm('.NaN', NaN)).toBe('nan');
    expect(nonDecimalForm('1e3', 1000)).toBe('exponent');
    expect(nonDecimalForm('7.831E+1', 78.31)).toBe('exponent');
  });

  it('leaves plain decimals, and text that only looks like a form, alone', () => {
    for (const [source, value] of [
      ['0', 0],
      ['0.5', 0.5],
      ['78.31', 78.31],
      ['-12', -12],
      ['+78', 78],
      ['2566', 2566],
    ] as const)
      expect(nonDecimalForm(source, value), source).toBeUndefined();
    // Text is text: a code such as "0x4E" in quotes, a word with an e.
    expect(nonDecimalForm('0x4E', '0x4E')).toBeUndefined();
    expect(nonDecimalForm('free', 'free')).toBeUndefined();
    expect(nonDecimalForm('.inf', '.inf')).toBeUndefined();
  });

  it('is refused at its field, in lists and flow mappings too, as written; quoted it is text', () => {
    const r = read('a: 0x4E\nb: [0o17]\nc: { score: .nan }\nd: "0x4E"\ne: 1e3\nf: 017\ng: 0b1\nh: 78.31\n');
    expect(r.problems.map((p) => [p.field, p.code, p.params, p.found])).toEqual([
      ['a', 'yaml.decimal', { value: '0x4E', form: 'hex' }, '0x4E'],
      ['b.0', 'yaml.decimal', { value: '0o17', form: 'octal' }, '0o17'],
      ['c.score', 'yaml.decimal', { value: '.nan', form: 'nan' }, '.nan'],
      ['e', 'yaml.decimal', { value: '1e3', form: 'exponent' }, '1e3'],
      ['f', 'yaml.decimal', { value: '017', form: 'leading-zero' }, '017'],
      ['g', 'yaml.decimal', { value: '0b1', form: 'binary' }, '0b1'],
    ]);
  });

  it('says what YAML reads and to write a decimal number', () => {
    expect(read('score: 0x4E\n').problems.map(formatProblem)).toEqual([
      'examples/khok-ko/content/x.yaml › score: ตัวเลข 0x4E เขียนเป็นเลขฐานสิบหก (YAML อ่านเป็น 78): เขียนเป็นเลขฐานสิบธรรมดา เช่น 78 หรือ 78.31 (ถ้าเป็นข้อความ เช่น รหัสหรือหมายเลขโทรศัพท์ ให้ใส่เครื่องหมายคำพูด) / 0x4E is hexadecimal (YAML reads 78): write a decimal number such as 78 or 78.31 (quote it if it is text, such as a code or a phone number) (พบ / found: 0x4E)',
    ]);
    expect(read('phone: 0812345678\n').problems.map((p) => p.params)).toEqual([
      { value: '0812345678', form: 'leading-zero' },
    ]);
  });
});

describe('YAML that does not parse', () => {
  it('is reported at its line, with the parser’s message without its position', () => {
    // The parser's message ends " at line 1, column 14:" and then the line; staff see the line in the field.
    expect(read('title: "abc" def\n').problems.map(formatProblem)).toEqual([
      'examples/khok-ko/content/x.yaml › บรรทัด 1 / line 1: เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด) / invalid YAML: Unexpected scalar at node end',
    ]);
  });
});

// The one YAML reader at its edges: each refusal in full (field, value found, message parameters), and
// the look-alikes it must read as they are.
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/lib/content-check/yaml';
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

describe('YAML that does not parse', () => {
  it('is reported at its line, with the parser’s message without its position', () => {
    // The parser's message ends " at line 1, column 14:" and then the line; staff see the line in the field.
    expect(read('title: "abc" def\n').problems.map(formatProblem)).toEqual([
      'examples/khok-ko/content/x.yaml › บรรทัด 1 / line 1: เขียน YAML ผิดรูปแบบ (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด) / invalid YAML: Unexpected scalar at node end',
    ]);
  });
});

// The jump list of a year's OIT index page (src/lib/oit/index-table.ts).
import { describe, expect, it } from 'vitest';
import { oitJumpList } from '../../src/lib/oit/index-table';

const framework = {
  subIndicators: [
    { code: '9.1', name: 'ข้อมูลพื้นฐาน' },
    { code: '9.2', name: 'การบริหารงาน' },
    { code: '10.1', name: 'การดำเนินการเพื่อป้องกันการทุจริต' },
  ],
} as Parameters<typeof oitJumpList>[0];
const coverage = {
  items: [{ item: { subIndicator: '9.1' } }, { item: { subIndicator: '10.1' } }],
} as Parameters<typeof oitJumpList>[1];

describe('oitJumpList', () => {
  it('lists the sub-indicators that have rows, then the sections, then the other years', () => {
    expect(oitJumpList(framework, coverage, [{ anchor: 'itas', label: 'แบบ ITAS' }], true)).toEqual([
      { anchor: 'sub-9-1', label: '9.1 ข้อมูลพื้นฐาน' },
      { anchor: 'sub-10-1', label: '10.1 การดำเนินการเพื่อป้องกันการทุจริต' },
      { anchor: 'itas', label: 'แบบ ITAS' },
      { anchor: 'other-years', label: 'ปีอื่น' },
    ]);
  });

  it('leaves out the other years when there are none', () => {
    expect(oitJumpList(framework, coverage, [], false).map((l) => l.anchor)).toEqual(['sub-9-1', 'sub-10-1']);
  });
});

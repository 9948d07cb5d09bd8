import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/thai/wrap-label';

describe('wrapLabel', () => {
  it('keeps short labels on one line', () => {
    expect(wrapLabel('3. การใช้อำนาจ', 20)).toEqual(['3. การใช้อำนาจ']);
  });

  it('breaks Thai compounds at word boundaries, never inside a word', () => {
    const lines = wrapLabel('4. การใช้ทรัพย์สินของราชการ', 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 14)).toBe(true);
    expect(lines).toEqual(['4. การใช้', 'ทรัพย์สินของ', 'ราชการ']);
  });
});

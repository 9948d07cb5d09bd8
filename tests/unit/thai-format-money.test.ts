// Months and baht as the OIT pages write them (Intl, Buddhist Era, optional Thai digits).
import { describe, expect, it } from 'vitest';
import { formatBaht, formatThaiMonth } from '../../src/lib/thai/format';

describe('formatThaiMonth', () => {
  it('writes a YYYY-MM month in the Buddhist Era, long or short', () => {
    expect(formatThaiMonth('2024-10')).toBe('ตุลาคม 2567');
    expect(formatThaiMonth('2025-02', 'short')).toBe('ก.พ. 2568');
    expect(formatThaiMonth('2025-09', 'long', { thaiDigits: true })).toBe('กันยายน ๒๕๖๘');
  });
});

describe('formatBaht', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatBaht(1234.5)).toBe('1,234.50');
    expect(formatBaht(450000)).toBe('450,000.00');
    expect(formatBaht(17500, { thaiDigits: true })).toBe('๑๗,๕๐๐.๐๐');
  });
});

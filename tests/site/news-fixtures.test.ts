// A component with a wrong prop in a news item stops the build (not only npm run check) with the
// checker's Thai and English message naming the file and the line.
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtures';

describe('fixture news-bad-score: a Score of a year without results, and a misspelt indicator', () => {
  it('stops the build before any page, naming the file and line of each', () => {
    const build = buildFixture('news-bad-score');
    expect(build.ok).toBe(false);
    const file = 'tests/fixtures/news-bad-score/content/news/2568/ita-result.mdx';
    expect(build.output).toContain(
      `${file} › บรรทัด 9 / line 9: <Score>: ไม่มีผลการประเมิน ITA ปี 2567 (content/ita/assessments/) ปีที่มีคือ 2566 / <Score>: no ITA assessment for 2567; expected one of 2566 (พบ / found: 2567)`,
    );
    expect(build.output).toContain(
      `${file} › บรรทัด 11 / line 11: <Score>: ไม่มีตัวชี้วัดนี้ในกรอบการประเมิน ITA ปี 2566 ที่มีคือ duty-performance, budget-use,`,
    );
    expect(build.output).toContain('พบปัญหา 2 รายการใน tests/fixtures/news-bad-score/content/');
    expect(build.output).not.toContain('site written to');
  });
});

import { describe, expect, it } from 'vitest';
import { findNamedPage, namedPages } from '../../src/lib/search/names';
import { evaluateAssessment } from '../../src/lib/ita/scoring';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import { oitFrameworkSchema } from '../../src/schemas/oit';
import { loadYaml } from './load';

const result = evaluateAssessment(
  itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml')),
  itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml')),
);
const oit = [2567, 2568].map((y) => oitFrameworkSchema.parse(loadYaml(`nacc/oit/frameworks/${y}.yaml`)));
const pages = namedPages([result], oit);

describe('best bets: a name typed in full leads to its own page', () => {
  it('answers every indicator name, in Thai or English, with its page', () => {
    expect(findNamedPage(pages, 'การใช้งบประมาณ')).toEqual({
      name: 'การใช้งบประมาณ',
      path: '/ita/2566/budget-use/',
      type: 'ตัวชี้วัด ITA',
    });
    expect(findNamedPage(pages, 'use of public assets')?.path).toBe('/ita/2566/use-of-public-assets/');
    for (const ind of result.indicators) expect(findNamedPage(pages, ind.name)?.path).toBe(`/ita/2566/${ind.slug}/`);
  });

  it('ignores spaces and Thai word breaks, and answers OIT items by their title', () => {
    expect(findNamedPage(pages, ' การ ป้องกัน\u200bการทุจริต ')?.path).toBe('/ita/2566/corruption-prevention/');
    expect(findNamedPage(pages, 'E-Service')).toEqual({
      name: 'E-Service',
      path: '/oit/items/e-service/',
      type: 'รายการ OIT',
    });
  });

  it('answers nothing for a word that is only part of a name', () => {
    expect(findNamedPage(pages, 'งบประมาณ')).toBeUndefined();
    expect(findNamedPage(pages, '')).toBeUndefined();
  });
});

// Content validation: every file staff edit parses against its schema, and the pieces fit together.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './load';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import { organizationSchema } from '../../src/schemas/organization';
import { evaluateAssessment } from '../../src/lib/ita/scoring';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`);

describe('examples/khok-ko/content/', () => {
  it('has a valid organization file with no organization name in code', () => {
    const org = organizationSchema.parse(loadYaml('examples/khok-ko/content/organization.yaml'));
    expect(org.name).toBe('องค์การบริหารส่วนตำบลโคกก่อ');
    // Facts the seed does not give are flagged as examples, never passed off as real.
    expect([org.address.example, org.phone.example, org.email.example, org.logo?.example]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it.each(yamlFiles('nacc/ita/frameworks'))('%s is a valid ITA framework of the year in its name', (file) => {
    const fw = itaFrameworkSchema.parse(loadYaml(file));
    expect(file).toContain(`${fw.year}.yaml`);
    expect(fw.indicators).toHaveLength(10);
    expect(fw.tools.map((t) => [t.code, t.weight])).toEqual([
      ['IIT', 30],
      ['EIT', 30],
      ['OIT', 40],
    ]);
    expect(fw.passMark).toBe(85);
  });

  it('ships the frameworks of 2566, 2567 and 2568 with the same stable indicator slugs', () => {
    const slugs = [2566, 2567, 2568].map((y) =>
      itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${y}.yaml`)).indicators.map((i) => i.slug),
    );
    expect(slugs[1]).toEqual(slugs[0]);
    expect(slugs[2]).toEqual(slugs[0]);
  });

  it.each(yamlFiles('examples/khok-ko/content/ita/assessments'))(
    '%s has a score for every indicator of its framework',
    (file) => {
      const assessment = itaAssessmentSchema.parse(loadYaml(file));
      const fw = itaFrameworkSchema.parse(loadYaml(`nacc/ita/frameworks/${assessment.year}.yaml`));
      expect(() => evaluateAssessment(fw, assessment)).not.toThrow();
    },
  );
});

describe('schema messages', () => {
  const assessment = loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml') as { scores: { score: number }[] };

  it('rejects a score above 100 with the field path and a Thai and English message', () => {
    const bad = structuredClone(assessment);
    bad.scores[3]!.score = 662;
    const r = itaAssessmentSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['scores', 3, 'score']);
    expect(r.error?.issues[0]?.message).toBe('คะแนนต้องอยู่ระหว่าง 0 ถึง 100 / expected a score from 0 to 100');
  });

  it('rejects tool weights that do not add up to 100', () => {
    const fw = loadYaml('nacc/ita/frameworks/2566.yaml') as { tools: { weight: number }[] };
    fw.tools[2]!.weight = 30;
    const r = itaFrameworkSchema.safeParse(fw);
    expect(r.error?.issues[0]?.message).toContain('expected tool weights to add up to 100, got 90');
  });

  it('rejects a non-ASCII slug', () => {
    const fw = loadYaml('nacc/ita/frameworks/2566.yaml') as { indicators: { slug: string }[] };
    fw.indicators[0]!.slug = 'การปฏิบัติหน้าที่';
    const r = itaFrameworkSchema.safeParse(fw);
    expect(r.error?.issues[0]?.path).toEqual(['indicators', 0, 'slug']);
  });
});

/**
 * Cross-checks between content files (the rules a schema of one file cannot see), shared by the
 * build (site-data.ts, scoring.ts) and `npm run check` (content-check.ts). Pure: no astro:content,
 * no file system. Each rule returns every problem it finds, not just the first.
 */
import type { ItaAssessment, ItaFramework } from '../schemas/ita';
import { ContentError } from './content-error';
import type { Problem } from './content-messages';

/** A year's scores against that year's framework: every indicator scored once, no unknown indicator. */
export function assessmentProblems(framework: ItaFramework, assessment: ItaAssessment, file: string): Problem[] {
  const problems: Problem[] = [];
  if (framework.year !== assessment.year) {
    problems.push({
      file,
      field: 'year',
      thai: `ปีของผลการประเมินต้องตรงกับกรอบการประเมิน (${framework.year})`,
      english: `expected the framework year ${framework.year}`,
      found: String(assessment.year),
    });
  }
  const known = framework.indicators.map((i) => i.number);
  assessment.scores.forEach((s, i) => {
    if (!known.includes(s.indicator)) {
      problems.push({
        file,
        field: `scores[${i}].indicator`,
        thai: `ไม่มีตัวชี้วัดนี้ในกรอบการประเมินปี ${framework.year} ต้องเป็นเลขตัวชี้วัด ${known.join(', ')}`,
        english: `expected an indicator number of the ${framework.year} framework (${known.join(', ')})`,
        found: String(s.indicator),
      });
    }
  });
  for (const ind of framework.indicators) {
    if (!assessment.scores.some((s) => s.indicator === ind.number)) {
      problems.push({
        file,
        field: 'scores',
        thai: `ไม่มีคะแนนของตัวชี้วัดที่ ${ind.number} ${ind.name}: เพิ่ม { indicator: ${ind.number}, score: … }`,
        english: `expected a score for indicator ${ind.number} (${ind.nameEn})`,
        found: 'ไม่มี / none',
      });
    }
  }
  return problems;
}

/** An assessment file is named after its year, and a framework of that year exists. */
export function assessmentFileProblems(
  id: string,
  assessment: ItaAssessment,
  frameworkYears: ReadonlySet<number>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  if (String(assessment.year) !== id) {
    problems.push({
      file,
      field: 'year',
      thai: `ชื่อไฟล์ต้องเป็นปี พ.ศ. ของผลการประเมิน (${assessment.year}.yaml) หรือแก้ year ให้ตรงกับชื่อไฟล์`,
      english: `expected the file to be named ${assessment.year}.yaml, or year to match the file name`,
      found: String(assessment.year),
    });
  }
  if (!frameworkYears.has(assessment.year)) {
    problems.push({
      file,
      field: 'year',
      thai: `ไม่มีกรอบการประเมินของปีนี้: เพิ่มไฟล์ ita/frameworks/${assessment.year}.yaml`,
      english: `expected a framework file for ${assessment.year}, found none`,
      found: String(assessment.year),
    });
  }
  return problems;
}

/** The build stops at the first problem with the same words `npm run check` prints. */
export function throwIfProblems(problems: readonly Problem[]): void {
  const [first] = problems;
  if (first) throw ContentError.fromProblem(first, problems.length);
}

import { assert, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  DATASETS,
  bangkokDay,
  datasetCsv,
  datasetJson,
  itaScores,
  measures,
  publishDataset,
  type CatalogEntry,
  type SiteFacts,
} from '../../src/lib/open-data/datasets';
import { resolvePlan } from '../../src/lib/ita/measures';
import { measuresPlanSchema } from '../../src/schemas/measures';
import { parseCsv } from '../../src/lib/open-data/csv';
import { evaluateAssessment } from '../../src/lib/ita/scoring';
import { itaAssessmentSchema, itaFrameworkSchema } from '../../src/schemas/ita';
import { organizationSchema } from '../../src/schemas/organization';
import { datasetJsonLd, jsonLdScript, organizationJsonLd } from '../../src/lib/open-data/json-ld';
import { SECURITY_HEADERS, contentSecurityPolicy } from '../../src/lib/site/csp';
import { DISPLAY_SETTINGS_SCRIPT } from '../../src/lib/site/display-settings';
import { loadYaml } from './load';

const framework = itaFrameworkSchema.parse(loadYaml('nacc/ita/frameworks/2566.yaml'));
const result = evaluateAssessment(
  framework,
  itaAssessmentSchema.parse(loadYaml('examples/khok-ko/content/ita/assessments/2566.yaml')),
);
const organization = organizationSchema.parse(loadYaml('examples/khok-ko/content/organization.yaml'));
const plan = resolvePlan(
  measuresPlanSchema.parse(loadYaml('examples/khok-ko/content/measures/2567.yaml')),
  framework,
  'examples/khok-ko/content/measures/2567.yaml',
);
/** A dataset's JSON file: its catalog entry and its rows as records. */
interface DatasetFile {
  dataset: CatalogEntry;
  rows: Record<string, unknown>[];
}

const facts: SiteFacts = {
  organization,
  results: [result],
  plans: [plan],
  oit: { evidence: [], procurement: [], coverage: [] },
  updated: new Date('2026-11-25T18:30:00Z'),
};

describe('the dataset registry', () => {
  it('gives every dataset a unique ASCII id, a Thai title and columns with Thai titles', () => {
    const ids = DATASETS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DATASETS) {
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.title).toMatch(/[\u0E00-\u0E7F]/);
      for (const c of d.columns) expect(c.title).toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});

describe('the ITA scores dataset', () => {
  const published = publishDataset(itaScores, facts);
  const rows = parseCsv(datasetCsv(published));

  it('has one row per indicator, per tool and the total of each year', () => {
    expect(rows[0]).toEqual([
      'year',
      'level',
      'tool',
      'indicator',
      'slug',
      'name',
      'score',
      'weight',
      'pass_mark',
      'passed',
      'grade',
    ]);
    expect(rows).toHaveLength(1 + 10 + 3 + 1);
    expect(rows[1]).toEqual([
      '2566',
      'indicator',
      'IIT',
      '1',
      'duty-performance',
      'การปฏิบัติหน้าที่',
      '78.31',
      '',
      '85',
      'false',
      '',
    ]);
    expect(rows[9]).toEqual([
      '2566',
      'indicator',
      'OIT',
      '9',
      rows[9]?.[4],
      'การเปิดเผยข้อมูล',
      '85.50',
      '',
      '85',
      'true',
      '',
    ]);
    expect(rows.slice(11).map((r) => [r[1], r[2], r[6], r[7], r[9], r[10]])).toEqual([
      ['tool', 'IIT', '68.45', '30', '', ''],
      ['tool', 'EIT', '73.98', '30', '', ''],
      ['tool', 'OIT', '79.63', '40', '', ''],
      ['total', '', '74.58', '100', 'false', 'ต้องปรับปรุง'],
    ]);
  });

  it('carries catalog metadata: years in BE, yearly updates, Thai, licence, last updated in Bangkok time', () => {
    expect(published.catalog).toMatchObject({
      name: 'ita-scores',
      data_type: 'ข้อมูลสถิติ',
      update_frequency_unit: 'ปี',
      data_language: ['ไทย'],
      data_format: ['CSV', 'JSON'],
      license_id: 'Open Data Common',
      first_year_of_data: 2566,
      last_year_of_data: 2566,
      // 18:30 UTC is already the next day in Thailand.
      last_updated_date: '2026-11-26',
      maintainer: 'องค์การบริหารส่วนตำบลโคกก่อ',
      // The example email is not published as the contact.
      maintainer_email: null,
      num_rows: 14,
    });
    expect(published.catalog.data_source).toBe(result.source);
  });

  it('has a JSON file with the same rows, numbers kept as numbers', () => {
    const json = JSON.parse(datasetJson(published)) as DatasetFile;
    expect(json.dataset.name).toBe('ita-scores');
    expect(json.rows).toHaveLength(14);
    expect(json.rows[13]).toEqual({
      year: 2566,
      level: 'total',
      tool: '',
      indicator: null,
      slug: '',
      name: 'คะแนนรวม',
      score: 74.58,
      weight: 100,
      pass_mark: 85,
      passed: false,
      grade: 'ต้องปรับปรุง',
    });
  });

  it('formats days in Thailand time', () => {
    expect(bangkokDay(new Date('2026-01-31T16:59:59Z'))).toBe('2026-01-31');
    expect(bangkokDay(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01');
  });
});

describe('the measures dataset', () => {
  it('has a row per measure with progress columns, years from the plan', () => {
    const published = publishDataset(measures, facts);
    expect(published.catalog.first_year_of_data).toBe(2567);
    expect(published.rows).toHaveLength(plan.topics.reduce((n, t) => n + t.measures.length, 0));
    const json = JSON.parse(datasetJson(published)) as DatasetFile;
    expect(json.rows[0]).toMatchObject({
      fiscal_year: 2567,
      topic_number: 1,
      measure_id: 'service-manual',
      start: '2023-10-01',
      end: '2024-09-30',
      progress_count: 0,
      last_progress: null,
      example: false,
    });
  });

  it('reports the latest progress entry and marks example entries', () => {
    const withProgress = structuredClone(plan);
    const first = withProgress.topics[0]?.measures[0];
    assert.exists(first);
    first.progress = [
      { date: new Date('2024-01-15T00:00:00Z'), text: 'แจ้งเวียนคู่มือแล้ว', example: false },
      { date: new Date('2024-03-01T00:00:00Z'), text: 'เผยแพร่คู่มือบนเว็บไซต์, เพจ "อบต."', example: true },
    ];
    const rows = parseCsv(datasetCsv(publishDataset(measures, { ...facts, plans: [withProgress] })));
    expect(rows[1]?.slice(14)).toEqual(['2', '2024-03-01', 'เผยแพร่คู่มือบนเว็บไซต์, เพจ "อบต."', 'true']);
  });
});

describe('JSON-LD', () => {
  it('describes the organization without its example contact details', () => {
    const ld = organizationJsonLd(organization, 'https://www.example.go.th/');
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'องค์การบริหารส่วนตำบลโคกก่อ',
      alternateName: ['อบต.โคกก่อ', 'Khok Ko Subdistrict Administrative Organization'],
      url: 'https://www.example.go.th/',
      sameAs: [],
    });
  });

  it('describes a dataset with its two downloads and its years in the common era', () => {
    const entry = publishDataset(itaScores, facts).catalog;
    const ld = datasetJsonLd(
      entry,
      'https://x.go.th/data/',
      { csv: 'https://x.go.th/data/ita-scores.csv', json: 'https://x.go.th/data/ita-scores.json' },
      organization,
    );
    expect(ld.temporalCoverage).toBe('2023/2023');
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.go.th/data/ita-scores.csv' },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://x.go.th/data/ita-scores.json',
      },
    ]);
  });

  it('cannot close its script element', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});

describe('security headers in the deployment recipes', () => {
  it('allow the inline display-settings script by its hash and Pagefind WebAssembly, nothing inline else', () => {
    const hash = createHash('sha256').update(DISPLAY_SETTINGS_SCRIPT, 'utf8').digest('base64');
    expect(contentSecurityPolicy()).toContain(`script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval';`);
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
    expect(DISPLAY_SETTINGS_SCRIPT.length).toBeLessThan(800);
  });

  it.each([
    ['deploy/_headers', (k: string, v: string) => `  ${k}: ${v}`],
    ['deploy/nginx.conf', (k: string, v: string) => `    add_header ${k} "${v}" always;`],
    ['deploy/.htaccess', (k: string, v: string) => `  Header always set ${k} "${v}"`],
  ])('%s sends exactly the headers of src/lib/site/csp.ts', (file, line) => {
    const text = readFileSync(file, 'utf8');
    for (const [k, v] of SECURITY_HEADERS)
      expect(text.split('\n'), `${file} should have the line:\n${line(k, v)}`).toContain(line(k, v));
  });

  it('deploy/nginx.conf keeps the standard MIME types when it adds CSV (a bare types block would serve HTML as a download)', () => {
    const lines = readFileSync('deploy/nginx.conf', 'utf8')
      .split('\n')
      .map((l) => l.trim());
    const types = lines.indexOf('types {');
    expect(types).toBeGreaterThan(0);
    expect(lines.slice(0, types)).toContain('include mime.types;');
  });
});

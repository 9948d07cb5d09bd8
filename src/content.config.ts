import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { organizationSchema } from './schemas/organization';
import { itaAssessmentSchema, itaFrameworkSchema } from './schemas/ita';
import { measuresPlanSchema } from './schemas/measures';
import { disclosureSchema, documentSchema, oitFrameworkSchema, procurementMonthSchema } from './schemas/oit';
import { contentDir } from './data/content-dir';
import { guidePageSchema } from './schemas/guide';

/** Content lives outside src/ so staff see only what they edit; tests point PRONGSAI_CONTENT at fixtures. */
const base = contentDir();

const organization = defineCollection({
  loader: glob({ pattern: 'organization.{yaml,yml,json}', base }),
  schema: organizationSchema,
});

const itaFrameworks = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/ita/frameworks` }),
  schema: itaFrameworkSchema,
});

const itaAssessments = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/ita/assessments` }),
  schema: itaAssessmentSchema,
});

const measuresPlans = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/measures` }),
  schema: measuresPlanSchema,
});

// OIT disclosure: the checklist of each ITA year, and what is published to satisfy it.
const oitFrameworks = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/oit/frameworks` }),
  schema: oitFrameworkSchema,
});

const disclosures = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/disclosures` }),
  schema: disclosureSchema,
});

const documents = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml,json}', base: `${base}/documents` }),
  schema: documentSchema,
});

const procurement = defineCollection({
  loader: glob({ pattern: '*/*.{yaml,yml,json}', base: `${base}/procurement` }),
  schema: procurementMonthSchema,
});

// The staff guide ships with the program (docs/guide/), whatever the organization's content.
const guide = defineCollection({
  loader: glob({ pattern: '*.md', base: './docs/guide' }),
  schema: guidePageSchema,
});

export const collections = {
  organization,
  itaFrameworks,
  itaAssessments,
  measuresPlans,
  oitFrameworks,
  disclosures,
  documents,
  procurement,
  guide,
};

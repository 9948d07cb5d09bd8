/** schema.org JSON-LD for search engines and data portals: the organization and its datasets. Pure. */
import type { Organization } from '../../schemas/organization';
import type { CatalogEntry } from './datasets';

export type JsonLd = Record<string, unknown>;

/** The organization as a schema.org GovernmentOrganization; example values are left out. */
export function organizationJsonLd(org: Organization, siteUrl: string, logoUrl?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: org.name,
    alternateName: [org.shortName, org.nameEn],
    url: org.website ?? siteUrl,
    ...(org.address.example ? {} : { address: org.address.value }),
    ...(org.phone.example ? {} : { telephone: org.phone.value }),
    ...(org.email.example ? {} : { email: org.email.value }),
    ...(logoUrl && org.logo && !org.logo.example ? { logo: logoUrl } : {}),
    sameAs: org.social.filter((s) => !s.example).map((s) => s.url),
  };
}

/** A dataset as a schema.org Dataset with its CSV and JSON distributions. */
export function datasetJsonLd(
  entry: CatalogEntry,
  pageUrl: string,
  files: { csv: string; json: string },
  org: Organization,
): JsonLd {
  const coverage =
    entry.first_year_of_data === null
      ? {}
      : {
          temporalCoverage: `${entry.first_year_of_data - 543}/${(entry.last_year_of_data ?? entry.first_year_of_data) - 543}`,
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: entry.title,
    description: entry.notes,
    url: pageUrl,
    identifier: entry.name,
    keywords: entry.tag_string,
    inLanguage: 'th',
    license: entry.license_id,
    isAccessibleForFree: true,
    dateModified: entry.last_updated_date,
    ...coverage,
    creator: { '@type': 'GovernmentOrganization', name: org.name },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: files.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: files.json },
    ],
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
/** A news item as schema.org NewsArticle: headline, dates, description, image, publisher. */
export function newsArticleJsonLd(article: {
  headline: string;
  url: string;
  date: Date;
  description: string;
  imageUrl?: string | undefined;
  publisher: { name: string; url: string; logoUrl?: string | undefined };
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: article.date.toISOString().slice(0, 10),
    description: article.description,
    inLanguage: 'th',
    ...(article.imageUrl ? { image: [article.imageUrl] } : {}),
    publisher: {
      '@type': 'GovernmentOrganization',
      name: article.publisher.name,
      url: article.publisher.url,
      ...(article.publisher.logoUrl ? { logo: { '@type': 'ImageObject', url: article.publisher.logoUrl } } : {}),
    },
  };
}

export const jsonLdScript = (data: JsonLd | JsonLd[]): string => JSON.stringify(data).replace(/</g, '\\u003c');

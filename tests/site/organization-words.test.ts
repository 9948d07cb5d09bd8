// The example organization's own words (its place name, its offices), read from its organization file,
// kept whole on the built pages: each carries them in <html data-compounds>, and the build wraps them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../unit/load';
import { loadPage } from '../helpers/site';
import { EXAMPLE } from '../helpers/example';
import { organizationWords, placeNames } from '../../src/lib/thai/organization-words';
import { organizationSchema } from '../../src/schemas/organization';

const example = organizationSchema.parse(loadYaml(join(EXAMPLE.content, 'organization.yaml')));

describe("the organization's words on the built pages", () => {
  const $ = loadPage('/oit/items/structure/');
  const kept = $('body span.tw')
    .toArray()
    .map((e) => $(e).text());

  it('are carried by every page, for the chart and search scripts', () => {
    expect($('html').attr('data-compounds')).toBe(organizationWords(example).join(' '));
    expect(loadPage('/search/')('html').attr('data-compounds')).toBe(organizationWords(example).join(' '));
  });

  it('keep each office of the organization file whole where the page names it', () => {
    expect(example.offices.length).toBeGreaterThan(0);
    for (const office of example.offices) expect(kept).toContain(office.name);
  });

  it('keep the place name whole, also after the short name\'s abbreviation ("อบต.")', () => {
    const [place] = placeNames(example);
    expect(place).toBeDefined();
    expect($('#footer-contact').html()).toContain(`<span class="tw">${place}</span>`);
  });
});

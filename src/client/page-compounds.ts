/**
 * The compound words this page keeps whole: THAI_COMPOUNDS and the organization's own words (its
 * place name, its offices), which every page carries as <html data-compounds="…"> (src/data/pages/layout.ts).
 */
import { siteCompounds } from '../lib/thai/words';

export function pageCompounds(): readonly string[] {
  return siteCompounds(document.documentElement.dataset.compounds?.split(/\s+/).filter(Boolean) ?? []);
}

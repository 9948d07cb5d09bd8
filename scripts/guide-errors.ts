// npm run guide:errors — writes docs/guide/errors.md: every content and import mistake of the error
// catalogue (src/lib/content-check/error-catalogue.ts) with the exact message the real checker and importer print
// for it. A unit test fails when the file differs from what this prints, so the guide cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { readContentDir } from './lib/content-files.ts';
import { EXAMPLE_DIR } from '../src/data/content-dir.ts';
import { renderErrorGuide } from '../src/lib/content-check/error-guide.ts';
import { corpusForGuide } from './lib/bad-inputs.ts';

const out = 'docs/guide/errors.md';
const text = renderErrorGuide(
  // The example's files, named as staff name their own folders (content/, public/).
  {
    ...readContentDir(`${EXAMPLE_DIR}/content`, `${EXAMPLE_DIR}/public`, 'nacc'),
    root: 'content',
    publicRoot: 'public',
  },
  readFileSync('tests/fixtures/reports/ita-2566-analysis-khok-ko.txt', 'utf8'),
  corpusForGuide(),
);
writeFileSync(out, text);
console.log(`เขียน / wrote ${out}`);

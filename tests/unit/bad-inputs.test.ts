// The bad-input corpus (tests/fixtures/bad-inputs/): every mistake and attack, each refused with its exact
// Thai and English message, file and field, through the same checkContent the build's integration calls.
import { describe, expect, it } from 'vitest';
import { readExample } from '../helpers/example';
import { checkContent } from '../../src/lib/content-check/check';
import { formatProblem } from '../../src/lib/content-check/messages';
import { readContentDir } from '../../scripts/lib/content-files';
import { badInputs, badInputSource, expectedLines } from '../helpers/bad-inputs';

const example = readExample();
const cases = badInputs();

describe('the bad-input corpus', { timeout: 60_000 }, () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s is refused with its exact message', (_name, c) => {
    const problems = checkContent(badInputSource(c, example)).problems.map(formatProblem);
    expect(problems).toEqual(expectedLines(c.name));
  });

  it('owns public/documents/ only when the content folder owns public/: a fixture sharing it is not judged by it', () => {
    expect(example.ownsPublic).toBe(true);
    expect(readContentDir('tests/fixtures/bad-inputs/stray-file/content').ownsPublic).toBe(false);
    expect(readContentDir('tests/fixtures/bad-inputs/stray-file/content', 'node_modules/.public').ownsPublic).toBe(
      true,
    );
    const unused = cases.find((c) => c.name === 'document-unused')!;
    const shared = { ...badInputSource(unused, example), ownsPublic: false };
    expect(checkContent(shared).problems.map(formatProblem)).toEqual([]);
  });

  it('has no case the checker accepts silently', () => {
    // A harmless case publishes the input made harmless (its build test says how): it is accepted.
    const silent = cases.filter((c) => !c.harmless && checkContent(badInputSource(c, example)).problems.length === 0);
    expect(cases.length).toBe(136);
    expect(silent.map((c) => c.name)).toEqual([]);
  });
});

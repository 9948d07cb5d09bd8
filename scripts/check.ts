// npm run check: every content rule (schemas and cross-checks) in seconds, without building the site.
// Prints every problem as "file › field: Thai / English (พบ / found: value)" and exits 1 if there is any.
// A build runs the same check once, before rendering any page (scripts/lib/content-check-integration.ts).
import { passedLine, problemLines, runContentCheck } from './lib/run-check.ts';

const run = runContentCheck();
if (run.problems.length) {
  for (const line of problemLines(run)) console.error(line);
  process.exit(1);
}
console.log(passedLine(run));

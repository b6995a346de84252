/**
 * `npm run check:content`: validates content/ without building, with the same
 * messages as the build. Exit code 1 when anything blocks publishing.
 */
import { checkContent, errorsOf } from '../src/lib/content/checkContent.ts';
import { formatProblems, formatWarnings } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const problems = await checkContent(root, { cache: true });
const errors = errorsOf(problems);
const warnings = problems.filter((p) => p.warning);
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (errors.length > 0) {
  console.error(formatProblems(errors));
  process.exit(1);
}
console.log('Content check passed: every file is valid and every reference resolves.');

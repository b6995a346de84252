/**
 * `npm run check:content`: validates content/ without building, with the same
 * messages as the build. Exit code 1 when anything is wrong.
 */
import { readContent } from '../src/lib/content/readContent.ts';
import { checkRawContent } from '../src/lib/content/checkContent.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const problems = checkRawContent(await readContent(root));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('Content check passed: every file is valid and every reference resolves.');

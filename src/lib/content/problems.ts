/** One content mistake, phrased for the editor who has to fix it. */
export interface Problem {
  /** File relative to the project root, e.g. `content/people/zhou-hongyi.yaml`. */
  file: string;
  /** Field path (`claims[2].sources[0].url`), inline element (`<Claim id="x">`) or `(file name)`. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
  /** Worth fixing but does not stop the build (e.g. a source nothing cites). */
  warning?: boolean;
}

const line = (p: Problem) => `  ${p.warning ? '!' : '✗'} ${p.file} › ${p.field}: ${p.message}`;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Formats problems that block publishing as one line each: `file › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return `Content check failed with ${count(problems.length, 'problem')}. Nothing was published.\n${problems.map(line).join('\n')}\nSee content/README.md for the fields each file takes.`;
}

/** Formats warnings, which do not stop the build. */
export function formatWarnings(warnings: readonly Problem[]): string {
  return `Content check: ${count(warnings.length, 'warning')} (the build goes on).\n${warnings.map(line).join('\n')}`;
}

/** One content mistake, phrased for the editor who has to fix it. */
export interface Problem {
  /** File relative to the project root, e.g. `content/people/zhou-hongyi.yaml`. */
  file: string;
  /** Field path (`claims[2].sources[0].url`), inline element (`<Claim id="x">`) or `(file name)`. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** Formats problems as one line each: `file › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file} › ${p.field}: ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check failed with ${count}. Nothing was published.\n${lines.join('\n')}\nSee content/README.md for the fields each file takes.`;
}

/** Thrown by the content check; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

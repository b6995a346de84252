/**
 * Runs the content check before Astro reads any content, so a bad file stops
 * `astro build` (exit code 1, nothing written) with every problem listed.
 * Astro's own `reference()` only logs a missing entry; this is what fails.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content/readContent.ts';
import { checkRawContent } from '../lib/content/checkContent.ts';
import { ContentError, formatProblems } from '../lib/content/problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = checkRawContent(await readContent(fileURLToPath(config.root)));
        if (problems.length === 0) return;
        // In dev, keep the server up so the editor can fix the file and reload.
        if (command === 'dev') return logger.error(formatProblems(problems));
        if (command === 'build') {
          // One clear message and exit 1, before anything is written (a thrown error adds a stack trace).
          logger.error(formatProblems(problems));
          process.exit(1);
        }
        throw new ContentError(problems);
      },
    },
  };
}

/**
 * Runs the content check before Astro reads any content, so a bad file stops
 * `astro build` (exit code 1, nothing written) with every problem listed.
 * Astro's own `reference()` only logs a missing entry; this is what fails.
 * In `astro dev` the same problems, in the same words, replace every page
 * until they are fixed, and are checked again whenever a content file changes.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, errorsOf } from '../lib/content/checkContent.ts';
import { formatProblems, formatWarnings, type Problem } from '../lib/content/problems.ts';
import { CONTENT_DIR } from '../consts.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page `astro dev` shows while content has problems. */
export function problemsPage(errors: readonly Problem[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content check failed</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>Content check failed</h1><p>Fix these files and reload; nothing else is shown until they pass.</p>
<pre style="white-space: pre-wrap; background: #fbe4e4; color: #5c0c0c; padding: 1rem; border-radius: 0.4rem">${escapeHtml(formatProblems(errors))}</pre>
</body></html>`;
}

export function contentCheck(): AstroIntegration {
  let root = '';
  /** The problems that block publishing, as last checked; the dev server starts from the setup's check. */
  let errors: Promise<Problem[]> | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const problems = await checkContent(root, { cache: true });
        const found = errorsOf(problems);
        errors = Promise.resolve(found);
        const warnings = problems.filter((p) => p.warning);
        if (warnings.length) logger.warn(formatWarnings(warnings));
        if (found.length === 0 || command === 'dev') return;
        if (command === 'build') {
          // One clear message and exit 1, before anything is written (a thrown error adds a stack trace).
          logger.error(formatProblems(found));
          process.exit(1);
        }
        throw new Error(formatProblems(found));
      },
      'astro:server:setup': ({ server, logger }) => {
        // A file can vanish between listing and reading (a branch switch): that is shown like a problem,
        // never an unhandled rejection that stops the server, and the next change checks again.
        const unreadable = (error: Error): Problem[] => [{ file: CONTENT_DIR, field: '(reading)', message: `could not be read (${error.message}): save the file again` }];
        const check = () => (errors ??= checkContent(root, { cache: true }).then(errorsOf, unreadable));
        const contentDir = path.join(root, CONTENT_DIR) + path.sep;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir)) return;
          errors = undefined;
          void check().then((found) => found.length && logger.error(formatProblems(found)));
        });
        server.middlewares.use(async (request, response, next) => {
          // Pages only: let Vite's own assets and modules through.
          if (request.headers.accept?.includes('text/html') !== true) return next();
          const found = await check();
          if (found.length === 0) return next();
          response.statusCode = 500;
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(problemsPage(found));
        });
      },
    },
  };
}

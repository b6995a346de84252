/**
 * Pagefind reads only the pages INDEXED_PAGES names (src/lib/searchIndex.ts): they must include every
 * page that marks a body to index, or a new kind of page would silently drop out of search. (The pages
 * of a large site's list of articles are checked in pagination.test.ts.)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectSearchCoverage, fingerprint } from '../helpers/site.ts';
import { copyProject, runScript } from '../helpers/project.ts';

const { root: dir } = inject('siteDirs');

describe('the search index', () => {
  it('reads every page with data-pagefind-body, and counts each', async () => {
    await expectSearchCoverage(dir);
  });
});

describe('a build whose search index fails', () => {
  it('exits non-zero and leaves the previous dist/ untouched', async () => {
    const root = await copyProject();
    expect(runScript(root, 'scripts/build.mjs').status).toBe(0);
    const before = await fingerprint(path.join(root, 'dist'));
    // A file where Pagefind writes its folder: Astro's build succeeds, the index cannot be written. Pagefind
    // meets it as "Not a directory" or "File exists", depending on which of its writes comes first.
    await writeFile(path.join(root, 'public/pagefind'), 'not a folder\n');
    const result = runScript(root, 'scripts/build.mjs');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Pagefind could not index the site: .*(Not a directory|File exists)[\s\S]*Build failed: dist\/ was left as it was/);
    expect(await fingerprint(path.join(root, 'dist'))).toBe(before);
    expect(existsSync(path.join(root, '.build-staging'))).toBe(false);
  }, 120_000);
});

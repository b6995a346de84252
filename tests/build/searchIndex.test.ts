/**
 * Pagefind reads only the pages INDEXED_PAGES names (src/lib/searchIndex.ts): they must be
 * exactly the pages that mark a body to index, or a new kind of page would silently drop out of search.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fingerprint, listFiles } from '../helpers/site.ts';
import { copyProject, runScript } from '../helpers/project.ts';
import { INDEXED_PAGES } from '../../src/lib/searchIndex.ts';

const { root: dir } = inject('siteDirs');
const indexed = (file: string) => INDEXED_PAGES.some((glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file));

describe('the search index', () => {
  it('reads exactly the pages with data-pagefind-body, and counts each', async () => {
    const marked: string[] = [];
    const html = (await listFiles(dir)).filter((file) => file.endsWith('.html')).sort();
    for (const file of html) if ((await readFile(path.join(dir, file), 'utf8')).includes('data-pagefind-body')) marked.push(file);
    expect(marked.length).toBeGreaterThan(20);
    expect(html.filter(indexed)).toEqual(marked);
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(marked.length);
  });
});

describe('a build whose search index fails', () => {
  it('exits non-zero and leaves the previous dist/ untouched', async () => {
    const root = await copyProject();
    expect(runScript(root, 'scripts/build.mjs').status).toBe(0);
    const before = await fingerprint(path.join(root, 'dist'));
    // A file where Pagefind writes its folder: Astro's build succeeds, the index cannot be written.
    await writeFile(path.join(root, 'public/pagefind'), 'not a folder\n');
    const result = runScript(root, 'scripts/build.mjs');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Pagefind could not index the site: .*Not a directory[\s\S]*Build failed: dist\/ was left as it was/);
    expect(await fingerprint(path.join(root, 'dist'))).toBe(before);
    expect(existsSync(path.join(root, '.build-staging'))).toBe(false);
  }, 120_000);
});

/**
 * Pagefind reads only the pages INDEXED_PAGES names (src/lib/searchIndex.ts): they must be
 * exactly the pages that mark a body to index, or a new kind of page would silently drop out of search.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/site.ts';
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

/**
 * Builds the static search index with Pagefind once Astro has written the site (scripts/build.mjs):
 * pages mark what to index with data-pagefind-body. The index and its small UI are loaded only by
 * /search/. A claim's verdict card sits inside the article's text; it is left out here rather than
 * marked on each card.
 *
 * It runs after Astro's build process has ended, not in an Astro hook: Pagefind's indexer needs about
 * 0.8 GB at 1,000 articles, and next to Astro's process it set the build's peak memory.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The pages that carry data-pagefind-body. Pagefind reads only these, and pages of the list of articles
 * (/articles/2/, which `articles/*` also matches and Pagefind skips, having no body to index): parsing
 * every listing, whose rows it skipped anyway, took half its time on a large site.
 * tests/build/searchIndex.test.ts keeps this list and the pages in step.
 */
export const INDEXED_PAGES = ['articles/*/index.html', 'articles/*/claims/*/index.html', 'people/*/index.html', 'companies/*/index.html'];

/**
 * Indexes the site built in `dir` into `dir/pagefind/` with Pagefind's command line; returns the number
 * of pages indexed. Its own process, not its Node API: when the indexer crashed (a file where its folder
 * goes), the API's promise never settled and the build ended without a word.
 */
export function writeSearchIndex(dir: string): number {
  // The package's command (its `bin`), found beside its entry point: its exports list no other file.
  const bin = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');
  const args = ['--site', dir, '--glob', `{${INDEXED_PAGES.join(',')}}`, '--exclude-selectors', '.claim__verdict', '--output-subdir', 'pagefind'];
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  if (run.status !== 0) {
    const output = `${run.stderr ?? ''}\n${run.stdout ?? ''}`.split('\n').filter((line) => line.trim());
    const why = output.slice(0, 2).join(' ') || run.error?.message || (run.signal ? `stopped by ${run.signal}` : `exit code ${run.status}`);
    throw new Error(`Pagefind could not index the site: ${why}`);
  }
  return indexedPageCount(dir);
}

/** How many pages the index of the site in `dir` holds, over all languages. */
export function indexedPageCount(dir: string): number {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Builds the static search index with Pagefind once Astro has written the site (scripts/build.mjs):
 * pages mark what to index with data-pagefind-body. The index and its small UI are loaded only by
 * /search/. A claim's verdict card sits inside the article's text; it is left out here rather than
 * marked on each card.
 *
 * It runs after Astro's build process has ended, not in an Astro hook: Pagefind's indexer needs about
 * 0.8 GB at 1,000 articles, and next to Astro's process it set the build's peak memory.
 */
import * as pagefind from 'pagefind';

/**
 * The pages that carry data-pagefind-body. Pagefind reads only these: parsing the listings, whose rows
 * it would skip anyway, took half its time on a large site. tests/build/searchIndex.test.ts keeps this
 * list and the pages in step.
 */
export const INDEXED_PAGES = ['articles/*/index.html', 'articles/*/claims/*/index.html', 'people/*/index.html', 'companies/*/index.html'];

/** Indexes the site built in `dir` into `dir/pagefind/`; returns the number of pages indexed. */
export async function writeSearchIndex(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.claim__verdict'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir, glob: `{${INDEXED_PAGES.join(',')}}` });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

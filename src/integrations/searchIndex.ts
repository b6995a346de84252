/**
 * Builds the static search index with Pagefind after Astro has written the
 * site: pages mark what to index with data-pagefind-body. The index and its
 * small UI are loaded only by /search/. A claim's verdict card sits inside the
 * article's text; it is left out here rather than marked on each card.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages that carry data-pagefind-body. Pagefind reads only these: parsing the listings, whose rows
 * it would skip anyway, took half its time on a large site. tests/build/searchIndex.test.ts keeps this
 * list and the pages in step.
 */
export const INDEXED_PAGES = ['articles/*/index.html', 'articles/*/claims/*/index.html', 'people/*/index.html', 'companies/*/index.html'];

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.claim__verdict'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir, glob: `{${INDEXED_PAGES.join(',')}}` });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`Search index: ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}

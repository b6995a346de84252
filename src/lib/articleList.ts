/** The list of articles (/articles/ and its pages, the front page's latest). */
import type { PaginateFunction } from 'astro';
import { countByVerdict } from './verdicts.ts';
import { keyedPages } from './views/cacheKey.ts';
import type { ArticleView } from './views/types.ts';

/**
 * What the list shows of each article (ArticleList.astro): the list's pages are keyed on these, so an
 * edit to anything else of an article renders no list again. A list that shows more must add it here.
 */
export const listedArticleFields = (a: ArticleView) =>
  [a.slug, a.url, a.title, a.outlet.name, a.published, a.summary.html, a.claims.length, countByVerdict(a.claims)] as const;

/** Articles a page of the list holds; the front page shows the first page's worth, then links the list. */
export const ARTICLES_PER_LIST_PAGE = 20;

/** The static paths of the list's pages: page 1 at /articles/, page n at /articles/n/, each keyed on what it lists. */
export function articleListPages(paginate: PaginateFunction, articles: readonly ArticleView[]) {
  return keyedPages(paginate, articles, { pageSize: ARTICLES_PER_LIST_PAGE, shown: listedArticleFields, also: [articles.length], props: { count: articles.length } });
}

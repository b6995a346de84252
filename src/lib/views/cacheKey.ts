/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): each page returns from
 * getStaticPaths() a digest of the views it renders (an article's page, of its text too), and Astro
 * copies the previous output instead of rendering again while the digest and the page's code are
 * unchanged. A view's digest is
 * computed once, however many pages include it (an article is part of every person's page that
 * lists it).
 */
import { createHash } from 'node:crypto';
import type { PaginateFunction } from 'astro';

const digests = new WeakMap<object, string>();

function digest(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  let known = digests.get(value);
  if (!known) {
    known = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
    digests.set(value, known);
  }
  return known;
}

/** One key for everything a page shows: equal keys mean equal data. */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${digest(part)}\n`);
  return hash.digest('base64url').slice(0, 32);
}

/**
 * Astro's paginate() for a `[...page]` route (page 1 at the list's own URL, page n at `<list>/n/`), with
 * each page keyed on what it shows: `shown` of each of its items, `also` (what every page shows besides,
 * such as counts) and its place among the pages.
 */
export function keyedPages<T, P extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  { pageSize, shown, also = [], params = {}, props }: { pageSize: number; shown: (item: T) => unknown; also?: unknown[]; params?: Record<string, string>; props: P },
) {
  return paginate(items, { pageSize, params, props }).map((path) => ({
    ...path,
    cacheKey: cacheKey(path.props.page.data.map(shown), ...also, path.props.page.currentPage, path.props.page.lastPage),
  }));
}

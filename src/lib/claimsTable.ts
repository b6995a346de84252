/**
 * The table of claims (/claims/) and its filtered lists: the orders it can be read in, how rows are
 * grouped by article, and how a listing is split into pages. One static page per order, filter and
 * page: no script.
 */
import type { PaginateFunction } from 'astro';
import { ATTRIBUTION_IDS, type Attribution } from './attributions.ts';
import { VERDICT_IDS, countByVerdict } from './verdicts.ts';
import { keyedPages } from './views/cacheKey.ts';
import type { ClaimView } from './views/types.ts';

export const SORT_KEYS = ['article', 'speaker', 'verdict', 'date'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Articles newest first, claims in reading order. */
const byArticle = (a: ClaimView, b: ClaimView) =>
  b.article.published.localeCompare(a.article.published) || a.article.slug.localeCompare(b.article.slug) || a.number - b.number;

const COMPARE: Record<SortKey, (a: ClaimView, b: ClaimView) => number> = {
  article: byArticle,
  speaker: (a, b) => a.speaker.label.localeCompare(b.speaker.label, 'en') || byArticle(a, b),
  verdict: (a, b) => VERDICT_IDS.indexOf(a.verdict) - VERDICT_IDS.indexOf(b.verdict) || byArticle(a, b),
  // Newest review first.
  date: (a, b) => b.reviewed.localeCompare(a.reviewed) || byArticle(a, b),
};

/**
 * What a list of claims shows of each one (the table of claims, a person's or company's statements):
 * the pages' cacheKeys are made of these, so an edit to a review's summary or explanation, which no
 * list shows, renders none of the lists again. A list that shows more must add it here.
 */
export const listedFields = (c: ClaimView) =>
  [c.article.slug, c.article.title, c.article.url, c.article.published, c.number, c.urls.page, c.statement, c.verdict, c.attribution?.rating, c.speaker.label, c.reviewed] as const;

/** A sorted copy of `claims`; ties keep the article order. */
export function sortClaims(claims: readonly ClaimView[], key: SortKey): ClaimView[] {
  return [...claims].sort(COMPARE[key]);
}

/** One article's rows in a listing. */
export interface ClaimGroup {
  article: ClaimView['article'];
  claims: ClaimView[];
}

/**
 * Claims grouped by article, newest article first, each group sorted by `key`: the article's title is
 * said once, not on every row, and an order is an order within each article.
 */
export function groupClaims(claims: readonly ClaimView[], key: SortKey): ClaimGroup[] {
  // One pass (filtering all claims once per article took seconds a page at 5,000 articles).
  const groups = new Map<string, ClaimGroup>();
  for (const claim of sortClaims(claims, key)) {
    const group = groups.get(claim.article.slug);
    if (group) group.claims.push(claim);
    else groups.set(claim.article.slug, { article: claim.article, claims: [claim] });
  }
  return [...groups.values()].sort((a, b) => b.article.published.localeCompare(a.article.published) || a.article.slug.localeCompare(b.article.slug));
}

/** What the filter links of every listing count. */
export interface ListingCounts {
  total: number;
  verdicts: ReturnType<typeof countByVerdict>;
  attributions: { id: Attribution; count: number }[];
}

export function listingCounts(all: readonly ClaimView[]): ListingCounts {
  return {
    total: all.length,
    verdicts: countByVerdict(all),
    attributions: ATTRIBUTION_IDS.map((id) => ({ id, count: all.filter((c) => c.attribution?.rating === id).length })),
  };
}

/**
 * Articles per page of a listing: about a hundred rows, tens of KB, however large the site (a listing
 * of every claim on one page was 3.5 MB at 1,000 articles).
 */
export const ARTICLES_PER_PAGE = 20;

/** The props of one page of a listing. */
export interface ListingPageProps {
  page: { data: ClaimGroup[]; currentPage: number; lastPage: number };
  /** Claims in the whole listing, over all its pages. */
  count: number;
  counts: ListingCounts;
}

/** The static paths of a listing's pages, each keyed on its rows, the filter counts and its place. */
export function listingPages(paginate: PaginateFunction, claims: readonly ClaimView[], key: SortKey, counts: ListingCounts, params: Record<string, string> = {}) {
  return keyedPages(paginate, groupClaims(claims, key), {
    pageSize: ARTICLES_PER_PAGE,
    shown: (group) => group.claims.map(listedFields),
    also: [counts, claims.length],
    params,
    props: { count: claims.length, counts },
  });
}

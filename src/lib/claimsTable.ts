/** The orders the table of claims (/claims/) can be read in: one static page per order, no script. */
import { VERDICT_IDS } from './verdicts.ts';
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

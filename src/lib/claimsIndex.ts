/** Rows of the claims index and the orders it can be read in (one static page per order, no script). */
import { VERDICT_IDS, type Verdict } from './verdicts.ts';

export const SORT_KEYS = ['article', 'speaker', 'verdict', 'date'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ClaimRow {
  id: string;
  claim: string;
  number: number;
  articleSlug: string;
  articleTitle: string;
  /** Article publication date, for ordering articles newest first. */
  articlePublished: string;
  speaker: string;
  verdict: Verdict;
  reviewed: string;
}

const byArticle = (a: ClaimRow, b: ClaimRow) =>
  b.articlePublished.localeCompare(a.articlePublished) || a.articleSlug.localeCompare(b.articleSlug) || a.number - b.number;

const COMPARE: Record<SortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  article: byArticle,
  speaker: (a, b) => a.speaker.localeCompare(b.speaker, 'en') || byArticle(a, b),
  verdict: (a, b) => VERDICT_IDS.indexOf(a.verdict) - VERDICT_IDS.indexOf(b.verdict) || byArticle(a, b),
  // Newest review first.
  date: (a, b) => b.reviewed.localeCompare(a.reviewed) || byArticle(a, b),
};

/** A sorted copy of `rows`; ties keep the article order. */
export function sortClaims(rows: readonly ClaimRow[], key: SortKey): ClaimRow[] {
  return [...rows].sort(COMPARE[key]);
}

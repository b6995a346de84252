/**
 * Every internal URL is built here, so a sub-path deploy (BASE_PATH) can never
 * be escaped by a hand-written link.
 */
import { DEFAULT_SITE_URL } from '../consts.ts';
import type { SortKey } from './claimsTable.ts';

/** Joins the site base (`/` or `/news/`) and a root-relative path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Fragment id of a claim's passage in the article text. */
export const claimAnchorId = (claimId: string) => `claim-${claimId}`;
/** Fragment id of a claim's note beside the article text. */
export const reviewAnchorId = (claimId: string) => `review-${claimId}`;
/** Fragment id of the attribution review on a claim's page. */
export const attributionAnchorId = 'attribution';
/** Fragment id of the list of corrections of ours on an article page. */
export const correctionsAnchorId = 'corrections';
/** Fragment id of a claim's nth update (1 = oldest) on the claim's page. */
export const updateAnchorId = (n: number) => `update-${n}`;
/** Fragment id of a person's card on an article page. */
export const personAnchorId = (id: string) => `person-${id}`;
/** Fragment id of a company's card on an article page. */
export const companyAnchorId = (id: string) => `company-${id}`;

/**
 * An absolute URL for a base-relative path (from the helpers below), for
 * canonical links, feeds, JSON-LD and social images.
 * @param site the deploy origin (Astro.site); the default when it is not set
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? DEFAULT_SITE_URL).href;
}

export const homeUrl = (base?: string) => withBase('/', base);
export const articlesUrl = (base?: string) => withBase('/articles/', base);
export const articleUrl = (slug: string, base?: string) => withBase(`/articles/${slug}/`, base);
export const claimPassageUrl = (slug: string, claimId: string, base?: string) =>
  `${articleUrl(slug, base)}#${claimAnchorId(claimId)}`;
export const claimPageUrl = (slug: string, claimId: string, base?: string) =>
  withBase(`/articles/${slug}/claims/${claimId}/`, base);
/** An article's timeline of events, in full (the article page links here from #timeline). */
export const articleTimelineUrl = (slug: string, base?: string) => withBase(`/articles/${slug}/timeline/`, base);
/** An article's corrections of our analysis, in full (the article page summarises them under #corrections). */
export const articleCorrectionsUrl = (slug: string, base?: string) => withBase(`/articles/${slug}/corrections/`, base);
/** One correction on that page: numbered from the oldest (1), so a new one moves no anchor. */
export const correctionAnchorId = (n: number) => `correction-${n}`;
/** A claim's social image (Open Graph), beside its page. */
export const claimImageUrl = (slug: string, claimId: string, base?: string) => `${claimPageUrl(slug, claimId, base)}og.png`;
export const personUrl = (id: string, base?: string) => withBase(`/people/${id}/`, base);
export const companyUrl = (id: string, base?: string) => withBase(`/companies/${id}/`, base);
export const methodologyUrl = (base?: string) => withBase('/methodology/', base);
/** Id of a claim's verdict card: the popover its marker opens, shown under the passage on a shared link. */
export const claimPreviewId = (claimId: string) => `preview-claim-${claimId}`;
/** The table of every claim, sorted by a column ("article" is the default order). */
export const claimsTableUrl = (sort: SortKey = 'article', base?: string) =>
  withBase(sort === 'article' ? '/claims/' : `/claims/sort/${sort}/`, base);
/** The table of claims filtered to one verdict. */
export const claimsVerdictUrl = (verdict: string, base?: string) => withBase(`/claims/verdict/${verdict}/`, base);
/** The table of claims filtered to one attribution rating. */
export const claimsAttributionUrl = (attribution: string, base?: string) => withBase(`/claims/attribution/${attribution}/`, base);
/** Page `n` of a listing whose first page is at `listUrl`: `<listUrl>n/` (a `[...page]` route). */
export const listingPageUrl = (listUrl: string, n: number) => (n === 1 ? listUrl : `${listUrl}${n}/`);
/** The search page; `/search/?q=…` starts a search. */
export const searchUrl = (base?: string) => withBase('/search/', base);
/** Fragment id of a step of a rating scale on /methodology/. */
export const scaleStepId = (scale: 'verdict' | 'attribution', id: string) => `${scale}-${id}`;
/** Where /methodology/ defines a step of a rating scale. */
export const scaleStepUrl = (scale: 'verdict' | 'attribution', id: string, base?: string) => `${methodologyUrl(base)}#${scaleStepId(scale, id)}`;
export const correctionsPolicyUrl = (base?: string) => withBase('/corrections/', base);
export const claimsJsonUrl = (base?: string) => withBase('/claims.json', base);
export const rssUrl = (base?: string) => withBase('/rss.xml', base);

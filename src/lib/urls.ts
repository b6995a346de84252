/**
 * Every internal URL is built here, so a sub-path deploy (BASE_PATH) can never
 * be escaped by a hand-written link.
 */
import type { SortKey } from './claimsIndex.ts';

/** Joins the site base (`/` or `/news/`) and a root-relative path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Fragment id of a claim's passage in the article text. */
export const claimAnchorId = (claimId: string) => `claim-${claimId}`;
/** Fragment id of a claim's card in the sidebar. */
export const reviewAnchorId = (claimId: string) => `review-${claimId}`;
/** Fragment id of a person's card in the sidebar. */
export const personAnchorId = (id: string) => `person-${id}`;
/** Fragment id of a company's card in the sidebar. */
export const companyAnchorId = (id: string) => `company-${id}`;

export const homeUrl = (base?: string) => withBase('/', base);
export const articleUrl = (slug: string, base?: string) => withBase(`/articles/${slug}/`, base);
export const claimPassageUrl = (slug: string, claimId: string, base?: string) =>
  `${articleUrl(slug, base)}#${claimAnchorId(claimId)}`;
export const claimPageUrl = (slug: string, claimId: string, base?: string) =>
  withBase(`/articles/${slug}/claims/${claimId}/`, base);
export const personUrl = (id: string, base?: string) => withBase(`/people/${id}/`, base);
export const companyUrl = (id: string, base?: string) => withBase(`/companies/${id}/`, base);
export const methodologyUrl = (base?: string) => withBase('/methodology/', base);
/** Id of a claim's in-place preview (popover). */
export const claimPreviewId = (claimId: string) => `preview-claim-${claimId}`;
/** Id of a person's or company's in-place preview (popover). */
export const entityPreviewId = (kind: 'person' | 'company', id: string) => `preview-${kind}-${id}`;
/** The claims index, sorted by a column ("article" is the default order). */
export const claimsIndexUrl = (sort: SortKey = 'article', base?: string) =>
  withBase(sort === 'article' ? '/claims/' : `/claims/sort/${sort}/`, base);
/** The claims index filtered to one verdict. */
export const claimsVerdictUrl = (verdict: string, base?: string) => withBase(`/claims/verdict/${verdict}/`, base);
export const searchUrl = (base?: string) => withBase('/search/', base);

/** Builds /claims.json from the resolved claims. */
import type { ClaimsFeed } from './schemas/claimsFeed.ts';
import type { Claim } from './schemas/article.ts';
import { VERDICTS } from './verdicts.ts';
import { articleUrl, claimPageUrl, claimPassageUrl, withBase } from './urls.ts';

export interface FeedClaim {
  claim: Claim;
  articleSlug: string;
  articleTitle: string;
  speaker: { type: 'article' | 'person' | 'company'; id: string | null; name: string };
}

/**
 * @param claims every claim, in site order
 * @param site origin, e.g. https://news.example.org
 * @param base base path, e.g. / or /news/
 * @param generated date of the build (YYYY-MM-DD)
 */
export function buildClaimsFeed(claims: FeedClaim[], site: string, base: string, generated: string): ClaimsFeed {
  const absolute = (path: string) => new URL(path, site).href;
  return {
    version: 1,
    url: absolute(withBase('/claims.json', base)),
    generated,
    claims: claims.map(({ claim, articleSlug, articleTitle, speaker }) => ({
      id: claim.id,
      claim: claim.claim,
      article: { slug: articleSlug, title: articleTitle, url: absolute(articleUrl(articleSlug, base)) },
      speaker: { type: speaker.type, id: speaker.id, name: speaker.name },
      verdict: claim.verdict,
      verdictLabel: VERDICTS[claim.verdict].label,
      rating: VERDICTS[claim.verdict].rating,
      summary: claim.summary,
      explanation: claim.explanation,
      correction: claim.correction ?? null,
      reviewed: claim.reviewed,
      sources: claim.sources.map((s) => ({ title: s.title, url: s.url, publisher: s.publisher, date: s.date ?? null })),
      anchor: absolute(claimPassageUrl(articleSlug, claim.id, base)),
      permalink: absolute(claimPageUrl(articleSlug, claim.id, base)),
    })),
  };
}

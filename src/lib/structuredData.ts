/**
 * JSON-LD for search engines and other machines: the analysis as an
 * AnalysisNewsArticle and each rated claim as a ClaimReview, with the
 * properties Google's ClaimReview documentation requires or recommends.
 */
import type { Article, Claim } from './schemas/article.ts';
import { BEST_RATING, VERDICTS, WORST_RATING, isRated } from './verdicts.ts';

/** Who made the claim, as schema.org sees it. */
export interface SpeakerInfo {
  type: 'Person' | 'Organization';
  name: string;
  /** Profile URLs (Wikipedia, official site). */
  sameAs?: string[];
}

/** The organization publishing the reviews. */
export interface Publisher {
  name: string;
  url: string;
}

type JsonLd = Record<string, unknown>;

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">` element.
 * `<`, `>` and `&` are escaped as \u003c etc. so no string can close the
 * script element or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The article under review, as the place where claims appeared. */
function appearance(article: Article): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    ...(article.outlet.url ? { url: article.outlet.url } : {}),
    publisher: { '@type': 'Organization', name: article.outlet.name },
  };
}

/**
 * One ClaimReview for a rated claim; `undefined` for opinion and unverifiable,
 * which are not ratings on the scale (see /methodology/).
 */
export function claimReviewJsonLd(input: {
  claim: Claim;
  speaker: SpeakerInfo;
  article: Article;
  /** Absolute URL of the claim's permalink page. */
  reviewUrl: string;
  publisher: Publisher;
}): JsonLd | undefined {
  const { claim, speaker, article, reviewUrl, publisher } = input;
  if (!isRated(claim.verdict)) return undefined;
  const verdict = VERDICTS[claim.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl,
    claimReviewed: claim.claim,
    datePublished: claim.reviewed,
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': speaker.type,
        name: speaker.name,
        ...(speaker.sameAs?.length ? { sameAs: speaker.sameAs } : {}),
      },
      datePublished: article.published,
      appearance: appearance(article),
    },
  };
}

/** The analysis page itself. */
export function analysisArticleJsonLd(input: {
  article: Article;
  /** Absolute URL of the analysis page. */
  url: string;
  publisher: Publisher;
}): JsonLd {
  const { article, url, publisher } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    inLanguage: article.language,
    datePublished: article.analysisPublished,
    dateModified: [article.analysisPublished, ...article.claims.map((c) => c.reviewed), ...article.corrections.map((c) => c.date)].sort().at(-1),
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    about: appearance(article),
  };
}

/** Maps a resolved speaker to schema.org; a claim the article itself makes is the outlet's. */
export function speakerInfo(
  speaker: { type: 'article' | 'person' | 'company'; name: string; sameAs: string[] },
  outletName: string,
): SpeakerInfo {
  if (speaker.type === 'article') return { type: 'Organization', name: outletName };
  return { type: speaker.type === 'person' ? 'Person' : 'Organization', name: speaker.name, sameAs: speaker.sameAs };
}

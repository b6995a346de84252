/**
 * JSON-LD for search engines and other machines: the analysis as an
 * AnalysisNewsArticle, and for every claim one ClaimReview of what the speaker
 * said (substance) plus, for reported speech, one of how the article reported it
 * (attribution). Built from views only.
 */
import { SITE } from '../../consts.ts';
import { ATTRIBUTIONS } from '../attributions.ts';
import { BEST_RATING, VERDICTS, WORST_RATING } from '../verdicts.ts';
import { absoluteUrl, attributionAnchorId, correctionsPolicyUrl, homeUrl, methodologyUrl } from '../urls.ts';
import type { ArticleRef, ArticleView, ClaimView, SpeakerView } from '../views/types.ts';
import { outletSpeaker } from '../views/build.ts';

type JsonLd = Record<string, unknown>;
/** The deploy origin (Astro.site). */
type Site = URL | string | undefined;

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

/** This site as the publisher of its reviews, with the policies it publishes. */
export function publisherJsonLd(site: Site): JsonLd {
  return {
    '@type': 'Organization',
    name: SITE.publisher,
    url: absoluteUrl(homeUrl(), site),
    email: SITE.contact,
    correctionsPolicy: absoluteUrl(correctionsPolicyUrl(), site),
    publishingPrinciples: absoluteUrl(methodologyUrl(), site),
    verificationFactCheckingPolicy: absoluteUrl(methodologyUrl(), site),
  };
}

/** The article under review, as the place where the statements appeared. */
function appearance(article: ArticleRef): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.published,
    ...(article.outlet.url ? { url: article.outlet.url } : {}),
    publisher: { '@type': 'Organization', name: article.outlet.name },
  };
}

/** Who made a statement, as schema.org sees it: the article's own statements are the outlet's. */
function author(speaker: SpeakerView): JsonLd {
  return {
    '@type': speaker.type === 'person' ? 'Person' : 'Organization',
    name: speaker.name,
    ...(speaker.type === 'article' && speaker.url ? { url: speaker.url } : {}),
    ...(speaker.sameAs.length ? { sameAs: speaker.sameAs } : {}),
  };
}

function review(claim: ClaimView, site: Site, fields: { claimReviewed: string; author: JsonLd; rating: JsonLd; anchor: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${absoluteUrl(claim.urls.page, site)}${fields.anchor}`,
    claimReviewed: fields.claimReviewed,
    datePublished: claim.reviewed,
    ...(claim.updates.length ? { dateModified: claim.updates.at(-1)!.date } : {}),
    author: publisherJsonLd(site),
    reviewRating: { '@type': 'Rating', ...fields.rating },
    itemReviewed: {
      '@type': 'Claim',
      author: fields.author,
      datePublished: claim.article.published,
      appearance: appearance(claim.article),
    },
  };
}

/**
 * The ClaimReviews of one claim. The substance review credits the statement to
 * whoever made it; for reported speech that is the speaker, and the statement is
 * what they said (our translation of their words when we have them), never the
 * article's sentence about them. The attribution review credits the article's
 * report of them to the outlet.
 */
export function claimReviewsJsonLd(claim: ClaimView, site: Site): JsonLd[] {
  const verdict = VERDICTS[claim.verdict];
  const attribution = claim.attribution;
  // Their words on record when we have them (our translation of other languages), else the statement as reported.
  const said = attribution?.original ? `${claim.speaker.name}, on record: “${attribution.translation ?? attribution.original.text}”` : claim.statement;
  const reviews = [
    review(claim, site, {
      claimReviewed: said,
      author: author(claim.speaker),
      // Opinion and unverifiable are no truth rating: a text rating only.
      rating: verdict.rating === null
        ? { alternateName: verdict.label }
        : { ratingValue: verdict.rating, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: verdict.label },
      anchor: '',
    }),
  ];
  if (attribution) {
    reviews.push(
      review(claim, site, {
        claimReviewed: `${claim.article.outlet.name} reports ${claim.speaker.name}: “${claim.statement}”`,
        author: author(outletSpeaker(claim.article)),
        rating: { alternateName: ATTRIBUTIONS[attribution.rating].label },
        anchor: `#${attributionAnchorId}`,
      }),
    );
  }
  return reviews;
}

/** The analysis page itself. */
export function analysisArticleJsonLd(article: ArticleView, site: Site): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    headline: article.title,
    description: article.summary.text,
    url: absoluteUrl(article.url, site),
    inLanguage: SITE.language,
    datePublished: article.analysisPublished,
    dateModified: article.modified,
    author: { '@type': 'Organization', name: SITE.publisher, url: absoluteUrl(homeUrl(), site) },
    publisher: publisherJsonLd(site),
    about: appearance(article),
  };
}

import { describe, expect, it } from 'vitest';
import { analysisArticleJsonLd, claimReviewsJsonLd, publisherJsonLd, serializeJsonLd } from '../../src/lib/formats/jsonLd.ts';
import { VERDICT_IDS, VERDICTS } from '../../src/lib/verdicts.ts';
import { fixtureSite } from '../helpers/fixtures.ts';

const SITE = 'https://factcheck.example';
const site = fixtureSite();
const article = site.articles[0]!;
const reported = article.claims.find((c) => c.attribution)!;
const own = article.claims.find((c) => !c.attribution)!;

describe('claimReviewsJsonLd', () => {
  it('has every property Google requires or recommends, rating the article’s own statement', () => {
    const [review, ...rest] = claimReviewsJsonLd(own, SITE);
    expect(rest).toEqual([]);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${SITE}/articles/an-article/claims/gpt-4-upcoming/`,
      claimReviewed: 'GPT-4 is upcoming.',
      datePublished: '2026-11-25',
      author: { '@type': 'Organization', url: `${SITE}/` },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Inaccurate' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'example.news' },
        datePublished: '2024-02-19',
        appearance: { '@type': 'NewsArticle', url: 'https://example.news/a', headline: 'A title' },
      },
    });
  });

  it.each(VERDICT_IDS)('publishes a ClaimReview for %s, with a number only on the truth scale', (verdict) => {
    const [review] = claimReviewsJsonLd({ ...own, verdict }, SITE) as [Record<string, any>];
    expect(review.reviewRating.alternateName).toBe(VERDICTS[verdict].label);
    expect(review.reviewRating.ratingValue).toBe(VERDICTS[verdict].rating ?? undefined);
  });

  it('credits reported speech to the speaker, with their words on record, and the report to the outlet', () => {
    const [substance, attribution] = claimReviewsJsonLd(reported, SITE) as [Record<string, any>, Record<string, any>];
    expect(substance.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Zhou Hongyi', sameAs: ['https://en.wikipedia.org/wiki/Zhou_Hongyi'] });
    expect(substance.claimReviewed).toBe('Zhou Hongyi, on record: “close to GPT-3.5”');
    expect(substance.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Opinion' });
    expect(attribution.url).toBe(`${SITE}/articles/an-article/claims/near-gpt-3-5/#attribution`);
    expect(attribution.itemReviewed.author).toMatchObject({ '@type': 'Organization', name: 'example.news' });
    expect(attribution.claimReviewed).toContain('on par with GPT-3.5');
    expect(attribution.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Altered or overstated' });
  });

  it('never credits a person with the article’s sentence about them', () => {
    const about = { ...own, statement: 'Zhou Hongyi is chairman of 360.' };
    const authors = claimReviewsJsonLd(about, SITE).map((r) => (r as any).itemReviewed.author);
    expect(authors).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'example.news' })]);
  });

  it('dates a changed review by its last update', () => {
    expect(claimReviewsJsonLd(reported, SITE)[0]).toMatchObject({ dateModified: '2026-11-25' });
    expect(claimReviewsJsonLd(own, SITE)[0]).not.toHaveProperty('dateModified');
  });
});

describe('publisher', () => {
  it('names its corrections policy, publishing principles and fact-checking policy', () => {
    expect(publisherJsonLd(SITE)).toMatchObject({
      correctionsPolicy: `${SITE}/corrections/`,
      publishingPrinciples: `${SITE}/methodology/`,
      verificationFactCheckingPolicy: `${SITE}/methodology/`,
    });
    expect(analysisArticleJsonLd(article, SITE)).toMatchObject({ '@type': 'AnalysisNewsArticle', publisher: publisherJsonLd(SITE), description: 'A summary.' });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment', () => {
    const text = serializeJsonLd({ a: '</script><!-- & \u2028' });
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual({ a: '</script><!-- & \u2028' });
  });
});

import { describe, expect, it } from 'vitest';
import { analysisArticleJsonLd, claimReviewJsonLd, serializeJsonLd, speakerInfo } from '../../src/lib/structuredData.ts';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { TODAY, validArticle, validClaim } from '../helpers/fixtures.ts';

const article = ArticleSchema({ today: TODAY }).parse(validArticle());
const publisher = { name: 'Fact site', url: 'https://factcheck.example/' };
const review = (verdict: string, claimText = 'GPT-4 is upcoming.') =>
  claimReviewJsonLd({
    claim: { ...article.claims[0]!, verdict: verdict as never, claim: claimText },
    speaker: { type: 'Person', name: 'Zhou Hongyi', sameAs: ['https://en.wikipedia.org/wiki/Zhou_Hongyi'] },
    article,
    reviewUrl: 'https://factcheck.example/articles/a/claims/gpt-4-upcoming/',
    publisher,
  });

describe('claimReviewJsonLd', () => {
  it('has every property Google requires or recommends', () => {
    const data = review('inaccurate') as Record<string, any>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/articles/a/claims/gpt-4-upcoming/',
      claimReviewed: 'GPT-4 is upcoming.',
      datePublished: '2026-11-25',
      author: { '@type': 'Organization', name: 'Fact site', url: 'https://factcheck.example/' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Inaccurate' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Zhou Hongyi', sameAs: ['https://en.wikipedia.org/wiki/Zhou_Hongyi'] },
        datePublished: '2024-02-19',
        appearance: { '@type': 'NewsArticle', url: 'https://example.news/a', headline: 'A title' },
      },
    });
  });

  it.each([
    ['accurate', 5],
    ['mostly-accurate', 4],
    ['mixed', 3],
    ['misleading', 2],
    ['inaccurate', 1],
  ])('maps %s to rating %i', (verdict, rating) => {
    expect((review(verdict) as any).reviewRating.ratingValue).toBe(rating);
  });

  it.each(['opinion', 'unverifiable'])('publishes no ClaimReview for %s, which is not a rating', (verdict) => {
    expect(review(verdict)).toBeUndefined();
  });
});

describe('speakerInfo', () => {
  it('credits a claim the article makes to its outlet', () => {
    expect(speakerInfo({ type: 'article', name: 'The article', sameAs: [] }, 'chatgptglobal.news')).toEqual({
      type: 'Organization',
      name: 'chatgptglobal.news',
    });
  });
  it('maps companies to Organization with their profiles', () => {
    expect(speakerInfo({ type: 'company', name: 'OpenAI', sameAs: ['https://openai.com/'] }, 'x')).toEqual({
      type: 'Organization',
      name: 'OpenAI',
      sameAs: ['https://openai.com/'],
    });
  });
});

describe('analysisArticleJsonLd', () => {
  it('is an AnalysisNewsArticle about the reviewed article, modified at the latest review', () => {
    const data = analysisArticleJsonLd({ article, url: 'https://factcheck.example/articles/a/', publisher }) as any;
    expect(data['@type']).toBe('AnalysisNewsArticle');
    expect(data.about.headline).toBe('A title');
    expect(data.dateModified).toBe('2026-11-25');
  });
});

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028';
  it('never lets a string close the script element', () => {
    const out = serializeJsonLd(review('inaccurate', hostile));
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('<');
    expect(out).not.toContain('&');
  });
  it('still parses back to the same data', () => {
    const data = review('inaccurate', hostile);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

import { describe, expect, it } from 'vitest';
import { buildClaimsFeed } from '../../src/lib/claimsFeed.ts';
import { ClaimsFeedSchema } from '../../src/lib/schemas/claimsFeed.ts';
import { ClaimSchema } from '../../src/lib/schemas/article.ts';
import { validClaim } from '../helpers/fixtures.ts';

const claim = ClaimSchema.parse(validClaim());
const feed = (base: string) =>
  buildClaimsFeed([{ claim, articleSlug: 'an-article', articleTitle: 'An article', speaker: { type: 'article', id: null, name: 'The article' } }], 'https://factcheck.example', base, '2026-11-25');

describe('buildClaimsFeed', () => {
  it('produces a feed that validates against the published schema', () => {
    expect(ClaimsFeedSchema.safeParse(feed('/')).success).toBe(true);
  });
  it('gives absolute permalinks and anchors under the base path', () => {
    const [entry] = feed('/news/').claims;
    expect(entry!.permalink).toBe('https://factcheck.example/news/articles/an-article/claims/gpt-4-upcoming/');
    expect(entry!.anchor).toBe('https://factcheck.example/news/articles/an-article/#claim-gpt-4-upcoming');
    expect(entry!.rating).toBe(1);
  });
});

describe('ClaimsFeedSchema', () => {
  it('rejects a feed with a relative permalink', () => {
    const bad = feed('/');
    bad.claims[0]!.permalink = '/articles/an-article/claims/gpt-4-upcoming/';
    expect(ClaimsFeedSchema.safeParse(bad).success).toBe(false);
  });
  it('rejects an unknown verdict', () => {
    const bad = structuredClone(feed('/')) as any;
    bad.claims[0].verdict = 'pants-on-fire';
    expect(ClaimsFeedSchema.safeParse(bad).success).toBe(false);
  });
});

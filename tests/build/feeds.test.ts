/** Claim permalinks, structured data and feeds in the built site (root and sub-path builds). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { ClaimsFeedSchema } from '../../src/lib/schemas/claimsFeed.ts';
import { ARTICLE_SLUG, listFiles, page } from '../helpers/site.ts';

const dirs = inject('siteDirs');
const siteUrl = inject('siteUrl');
const subPath = inject('subPath');

const feed = async (dir: string) => ClaimsFeedSchema.parse(JSON.parse(await readFile(path.join(dir, 'claims.json'), 'utf8')));
const jsonLd = (html: ReturnType<typeof parse>) =>
  html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.textContent);
    return Array.isArray(data) ? data : [data];
  });

describe('claim permalink pages', () => {
  it('exist for every claim, with title, description, canonical URL and Open Graph tags', async () => {
    const { claims } = await feed(dirs.root);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const claim of claims) {
      const html = await page(dirs.root, `articles/${ARTICLE_SLUG}/claims/${claim.id}/`);
      expect(html.querySelector('title')!.text).toContain(claim.verdictLabel);
      expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(claim.summary);
      expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(claim.permalink);
      expect(html.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(claim.permalink);
      expect(html.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(claim.claim);
      expect(html.querySelector('meta[name="twitter:card"]')).not.toBeNull();
      // Quoted passage in context, and a link back to the anchor in the article.
      expect(html.querySelector('blockquote mark')!.text.length).toBeGreaterThan(0);
      expect(html.querySelector(`a[href="/articles/${ARTICLE_SLUG}/#claim-${claim.id}"]`)).not.toBeNull();
    }
  });
});

describe('ClaimReview JSON-LD', () => {
  it('parses on every page and has the required properties for every rated claim', async () => {
    const { claims } = await feed(dirs.root);
    const rated = claims.filter((c) => c.rating !== null);
    const article = await page(dirs.root, `articles/${ARTICLE_SLUG}/`);
    const reviews = jsonLd(article).filter((d) => d['@type'] === 'ClaimReview');
    expect(reviews.map((r) => r.url).sort()).toEqual(rated.map((c) => c.permalink).sort());
    for (const review of reviews) {
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.author.name).toEqual(expect.any(String));
      expect(review.reviewRating).toEqual(
        expect.objectContaining({ ratingValue: expect.any(Number), bestRating: 5, worstRating: 1, alternateName: expect.any(String) }),
      );
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.author.name).toEqual(expect.any(String));
      expect(review.itemReviewed.datePublished).toBe('2024-02-19');
      expect(review.itemReviewed.appearance.url).toMatch(/^https:\/\//);
    }
    expect(jsonLd(article).some((d) => d['@type'] === 'AnalysisNewsArticle')).toBe(true);
    // Each rated claim page carries its own ClaimReview; opinion pages carry none.
    for (const claim of claims) {
      const own = jsonLd(await page(dirs.root, `articles/${ARTICLE_SLUG}/claims/${claim.id}/`));
      expect(own.filter((d) => d['@type'] === 'ClaimReview')).toHaveLength(claim.rating === null ? 0 : 1);
    }
  });
});

describe('/claims.json', () => {
  it('validates against the published schema with absolute URLs from the configured site', async () => {
    const data = await feed(dirs.root);
    expect(data.url).toBe(`${siteUrl}/claims.json`);
    for (const claim of data.claims) {
      expect(claim.permalink.startsWith(`${siteUrl}/articles/`)).toBe(true);
      expect(claim.anchor).toBe(`${siteUrl}/articles/${claim.article.slug}/#claim-${claim.id}`);
    }
  });
  it('keeps URLs under the base path in a sub-path build', async () => {
    const data = await feed(dirs.sub);
    for (const claim of data.claims) expect(claim.permalink.startsWith(`${siteUrl}${subPath}articles/`)).toBe(true);
  });
});

describe('RSS and sitemap', () => {
  for (const [name, base] of [['root', '/'], ['sub', subPath]] as const) {
    it(`list absolute URLs under ${base}`, async () => {
      const dir = dirs[name];
      const rss = await readFile(path.join(dir, 'rss.xml'), 'utf8');
      const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links).toContain(`${siteUrl}${base}`);
      expect(links).toContain(`${siteUrl}${base}articles/${ARTICLE_SLUG}/`);
      expect(links).toContain(`${siteUrl}${base}articles/${ARTICLE_SLUG}/claims/gpt-4-upcoming/`);

      const sitemapFile = (await listFiles(dir)).find((f) => /^sitemap-\d+\.xml$/.test(f))!;
      const urls = [...(await readFile(path.join(dir, sitemapFile), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(urls).toContain(`${siteUrl}${base}articles/${ARTICLE_SLUG}/`);
      expect(urls).toContain(`${siteUrl}${base}people/zhou-hongyi/`);
      expect(urls.every((u) => u.startsWith(`${siteUrl}${base}`))).toBe(true);
      expect(urls.some((u) => u.includes('404'))).toBe(false);
    });
  }
});

describe('article page extras', () => {
  it('has a timeline and an (empty) corrections list', async () => {
    const html = await page(dirs.root, `articles/${ARTICLE_SLUG}/`);
    const dates = html.querySelectorAll('.timeline time').map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2023-03-14', '2024-02-15', '2022-10-07']));
    expect(html.querySelector('#corrections-title')).not.toBeNull();
  });
});

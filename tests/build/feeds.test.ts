/** Claim permalinks, structured data and feeds in the built site (root and sub-path builds). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listFiles, page, published } from '../helpers/site.ts';
import { ATTRIBUTIONS } from '../../src/lib/attributions.ts';

const dirs = inject('siteDirs');
const siteUrl = inject('siteUrl');
const subPath = inject('subPath');
const site = await published(dirs.root);
const pathOf = (url: string) => new URL(url).pathname.slice(1);

const jsonLd = (html: ReturnType<typeof parse>) =>
  html.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const data = JSON.parse(s.textContent);
    return Array.isArray(data) ? data : [data];
  });

describe('claim permalink pages', () => {
  it('exist for every claim, with title, description, canonical URL and Open Graph tags', async () => {
    expect(site.claims.length).toBeGreaterThan(0);
    for (const claim of site.claims) {
      const html = await page(dirs.root, pathOf(claim.permalink));
      expect(html.querySelector('title')!.text).toContain(claim.verdict.label);
      expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(claim.summary);
      expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(claim.permalink);
      expect(html.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(claim.permalink);
      expect(html.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(claim.claim);
      expect(html.querySelector('meta[name="twitter:card"]')).not.toBeNull();
      // Quoted passage in context, and a link back to the anchor in the article.
      expect(html.querySelector('blockquote mark')!.text.length).toBeGreaterThan(0);
      expect(html.querySelector(`a[href="${new URL(claim.anchor).pathname}${new URL(claim.anchor).hash}"]`)).not.toBeNull();
    }
  });

  it('show the attribution review of reported speech: rating, words on record in their language, our translation', async () => {
    for (const claim of site.claims.filter((c) => c.attribution)) {
      const section = (await page(dirs.root, pathOf(claim.permalink))).querySelector('#attribution')!;
      expect(section.querySelector('[data-attribution]')!.text).toContain(ATTRIBUTIONS[claim.attribution!.rating].label);
      if (claim.attribution!.original) {
        const original = section.querySelector('.quote__original')!;
        expect(original.text).toBe(claim.attribution!.original.text);
        expect(original.getAttribute('lang')).toBe(claim.attribution!.original.lang);
      }
      if (claim.attribution!.translation) expect(section.querySelector('.quote__translation')!.text).toContain(claim.attribution!.translation);
    }
  });
});

describe('ClaimReview JSON-LD', () => {
  it('is on every claim page, for every verdict: one for the substance, one more for how reported speech was reported', async () => {
    for (const claim of site.claims) {
      const reviews = jsonLd(await page(dirs.root, pathOf(claim.permalink))).filter((d) => d['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(claim.attribution ? 2 : 1);
      const [substance, attribution] = reviews;
      expect(substance.url).toBe(claim.permalink);
      expect(substance.reviewRating.alternateName).toBe(claim.verdict.label);
      expect(substance.reviewRating.ratingValue).toBe(claim.verdict.rating ?? undefined);
      expect(substance.itemReviewed.author.name).toBe(claim.speaker.name);
      expect(substance.itemReviewed.author['@type']).toBe(claim.speaker.type === 'person' ? 'Person' : 'Organization');
      expect(substance.itemReviewed.appearance.url).toMatch(/^https:\/\//);
      if (attribution) {
        expect(attribution.url).toBe(`${claim.permalink}#attribution`);
        expect(attribution.reviewRating.alternateName).toBe(claim.attribution!.label);
        // The report is the outlet's statement, never the speaker's.
        expect(attribution.itemReviewed.author.name).not.toBe(claim.speaker.name);
      }
    }
  });

  it('is on the claim pages, where the reviews are; each article page carries the analysis and the publisher’s policies', async () => {
    for (const article of site.articles) {
      const data = jsonLd(await page(dirs.root, `articles/${article.slug}/`));
      expect(data.filter((d) => d['@type'] === 'ClaimReview')).toEqual([]);
      const analysis = data.find((d) => d['@type'] === 'AnalysisNewsArticle')!;
      expect(analysis.publisher).toMatchObject({
        correctionsPolicy: `${siteUrl}/corrections/`,
        publishingPrinciples: `${siteUrl}/methodology/`,
        verificationFactCheckingPolicy: `${siteUrl}/methodology/`,
      });
    }
  });
});

describe('/claims.json', () => {
  it('validates against the published schema with absolute URLs from the configured site', async () => {
    expect(JSON.parse(await readFile(path.join(dirs.root, 'claims.json'), 'utf8')).url).toBe(`${siteUrl}/claims.json`);
    for (const claim of site.claims) {
      expect(claim.permalink.startsWith(`${siteUrl}/articles/`)).toBe(true);
      expect(claim.anchor).toBe(`${siteUrl}/articles/${claim.article.slug}/#claim-${claim.id}`);
    }
  });
  it('keeps URLs under the base path in a sub-path build', async () => {
    for (const claim of (await published(dirs.sub)).claims) expect(claim.permalink.startsWith(`${siteUrl}${subPath}articles/`)).toBe(true);
  });
});

describe('RSS and sitemap', () => {
  for (const [name, base] of [['root', '/'], ['sub', subPath]] as const) {
    it(`list absolute URLs under ${base}: every article, claim and update`, async () => {
      const dir = dirs[name];
      const rss = await readFile(path.join(dir, 'rss.xml'), 'utf8');
      const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links).toContain(`${siteUrl}${base}`);
      for (const article of site.articles) expect(links).toContain(`${siteUrl}${base}articles/${article.slug}/`);
      for (const claim of site.claims) {
        expect(links).toContain(`${siteUrl}${base}${pathOf(claim.permalink)}`);
        claim.updates.forEach((_u, i) => expect(links).toContain(`${siteUrl}${base}${pathOf(claim.permalink)}#update-${i + 1}`));
      }

      const sitemapFile = (await listFiles(dir)).find((f) => /^sitemap-\d+\.xml$/.test(f))!;
      const urls = [...(await readFile(path.join(dir, sitemapFile), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      for (const article of site.articles) expect(urls).toContain(`${siteUrl}${base}articles/${article.slug}/`);
      for (const file of (await listFiles(dir)).filter((f) => /^(people|companies)\/[^/]+\/index\.html$/.test(f))) {
        expect(urls).toContain(`${siteUrl}${base}${file.slice(0, -'index.html'.length)}`);
      }
      expect(urls.every((u) => u.startsWith(`${siteUrl}${base}`))).toBe(true);
      expect(urls.some((u) => u.includes('404'))).toBe(false);
    });
  }

  it('carry the attribution rating of reported speech, and corrections of ours', async () => {
    const rss = await readFile(path.join(dirs.root, 'rss.xml'), 'utf8');
    for (const claim of site.claims.filter((c) => c.attribution)) expect(rss).toContain(`<category>${claim.attribution!.label}</category>`);
    expect(rss).toContain('<category>Correction</category>');
  });
});

describe('article page extras', () => {
  it.each(site.articles)('$slug links to its dated timeline and its corrections, each in full on its own page', async ({ slug }) => {
    const html = await page(dirs.root, `articles/${slug}/`);
    // A timeline is optional: where there is one, the article leads to it, in date order.
    if (html.querySelector('#timeline')) {
      expect(html.querySelector(`#timeline a[href="/articles/${slug}/timeline/"]`)).not.toBeNull();
      const timeline = await page(dirs.root, `articles/${slug}/timeline/`);
      const dates = timeline.querySelectorAll('.timeline__list time').map((t) => t.getAttribute('datetime'));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates).toEqual([...dates].sort());
    }
    // Corrections: the article says how many and leads to them, or says there are none.
    const corrections = await page(dirs.root, `articles/${slug}/corrections/`);
    const listed = corrections.querySelectorAll('.corrections-list > li').length;
    const link = html.querySelector(`#corrections a[href="/articles/${slug}/corrections/"]`);
    if (listed > 0) expect(link, slug).not.toBeNull();
    else expect(html.querySelector('#corrections')!.text).toContain('No corrections');
  });

  it('lists every correction in full, at the anchor the feed links to', async () => {
    const rss = parse(await readFile(path.join(dirs.root, 'rss.xml'), 'utf8'));
    const items = rss.querySelectorAll('item').filter((item) => item.querySelectorAll('category').some((c) => c.text === 'Correction'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const link = new URL(item.querySelector('link')!.text.trim() || item.querySelector('guid')!.text.trim());
      const corrections = await page(dirs.root, link.pathname.slice(1));
      const entry = corrections.querySelector(link.hash);
      expect(entry, link.href).not.toBeNull();
      expect(entry!.text.replace(/\s+/g, ' ')).toContain(item.querySelector('description')!.text.replace(/\s+/g, ' ').slice(0, 40));
    }
  });
});

/** Reader features in the built site: verdict overview, claims index, source trails, social images, search index. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { ClaimsFeedSchema } from '../../src/lib/schemas/claimsFeed.ts';
import { VERDICTS } from '../../src/lib/verdicts.ts';
import { ARTICLE_SLUG, page } from '../helpers/site.ts';

const dir = inject('siteDirs').root;
const siteUrl = inject('siteUrl');
const feed = async () => ClaimsFeedSchema.parse(JSON.parse(await readFile(path.join(dir, 'claims.json'), 'utf8')));

describe('verdict overview', () => {
  it('counts the article’s claims by verdict, as a chart and as text, each linking to those claims', async () => {
    const { claims } = await feed();
    const html = await page(dir, `articles/${ARTICLE_SLUG}/`);
    const overview = html.querySelector('.overview')!;
    const items = overview.querySelectorAll('.overview__legend li');
    let total = 0;
    for (const item of items) {
      const link = item.querySelector('a')!;
      const verdict = /verdict\/([a-z-]+)\//.exec(link.getAttribute('href')!)![1]!;
      const count = Number(item.querySelector('.overview__count')!.text);
      expect(count).toBe(claims.filter((c) => c.verdict === verdict).length);
      expect(item.text).toContain(VERDICTS[verdict as keyof typeof VERDICTS].label);
      total += count;
    }
    expect(total).toBe(claims.length);
    const rects = overview.querySelectorAll('svg rect');
    expect(rects.map((r) => Number(r.getAttribute('width'))).reduce((a, b) => a + b, 0)).toBe(claims.length);
    expect(overview.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('claims index', () => {
  it('lists every claim in a table, with sort links for the other orders', async () => {
    const { claims } = await feed();
    const html = await page(dir, 'claims/');
    expect(html.querySelectorAll('tbody tr')).toHaveLength(claims.length);
    expect(html.querySelector('th[aria-sort="ascending"]')!.text).toContain('Article');
    const sortLinks = html.querySelectorAll('thead a').map((a) => a.getAttribute('href'));
    expect(sortLinks).toEqual(['/claims/sort/speaker/', '/claims/sort/verdict/', '/claims/sort/date/']);
  });

  it('has a page per order, sorted by that column', async () => {
    const byVerdict = await page(dir, 'claims/sort/verdict/');
    const verdicts = byVerdict.querySelectorAll('tbody tr [data-verdict]').map((b) => b.getAttribute('data-verdict')!);
    const order = Object.keys(VERDICTS);
    expect(verdicts).toEqual([...verdicts].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(byVerdict.querySelector('th[aria-sort]')!.text).toContain('Verdict');
    const bySpeaker = await page(dir, 'claims/sort/speaker/');
    const speakers = bySpeaker.querySelectorAll('tbody tr td:nth-child(3)').map((td) => td.text);
    expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('has a filtered page for each verdict in use, marked as current in the filter links', async () => {
    const { claims } = await feed();
    for (const verdict of new Set(claims.map((c) => c.verdict))) {
      const html = await page(dir, `claims/verdict/${verdict}/`);
      expect(html.querySelectorAll('tbody tr')).toHaveLength(claims.filter((c) => c.verdict === verdict).length);
      expect(html.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).toBe(`/claims/verdict/${verdict}/`);
    }
  });
});

describe('source trails', () => {
  it('link to quoted sources with a text fragment and show the quote', async () => {
    const html = await page(dir, `articles/${ARTICLE_SLUG}/claims/nvidia-gpus-barred/`);
    const item = html.querySelectorAll('.sources li').find((li) => li.text.includes('Uncle Sam'))!;
    const href = item.querySelector('a')!.getAttribute('href')!;
    expect(href).toMatch(/^https:\/\/www\.theregister\.com\/2023\/10\/24\/nvidia_chip_ban_imposed_already\/#:~:text=effective%20immediately%2C/);
    expect(item.querySelector('q')!.text).toContain('effective immediately');
  });
});

describe('social images', () => {
  it('give every claim page a generated 1200×630 PNG with alt text, within reach of the page', async () => {
    const { claims } = await feed();
    for (const claim of claims) {
      const html = await page(dir, `articles/${ARTICLE_SLUG}/claims/${claim.id}/`);
      const meta = (name: string) => html.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('og:image')).toBe(`${siteUrl}/articles/${ARTICLE_SLUG}/claims/${claim.id}/og.png`);
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      expect(meta('og:image:alt')).toBe(`Verdict: ${claim.verdictLabel}. Claim: ${claim.claim}`);
      expect(meta('twitter:card')).toBe('summary_large_image');
      const png = path.join(dir, `articles/${ARTICLE_SLUG}/claims/${claim.id}/og.png`);
      expect(existsSync(png)).toBe(true);
    }
    const sample = await sharp(path.join(dir, `articles/${ARTICLE_SLUG}/claims/gpt-4-upcoming/og.png`)).metadata();
    expect([sample.format, sample.width, sample.height]).toEqual(['png', 1200, 630]);
  });
});

describe('search index', () => {
  it('is built into /pagefind/ and indexes articles, claims, people and companies only', async () => {
    expect(existsSync(path.join(dir, 'pagefind/pagefind-ui.js'))).toBe(true);
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    const { claims } = await feed();
    // article + claims + 3 people + 8 companies
    expect(pages).toBe(1 + claims.length + 3 + 8);
  });
});

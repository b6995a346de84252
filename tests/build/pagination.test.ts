/**
 * Listings of claims are split into pages of ARTICLES_PER_PAGE articles, and the list of articles into pages
 * of ARTICLES_PER_LIST_PAGE, so no page grows with the site.
 * Built on synthetic content large enough for three pages: every claim is on exactly one page of each
 * listing, the pages link to each other, and the sitemap has them all.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runScript } from '../helpers/project.ts';
import { expectSearchCoverage, page, searchCoverage } from '../helpers/site.ts';
import { htmlErrors } from '../helpers/validate.ts';
import { DEVICES, axeViolations, launchBrowser } from '../helpers/browser.ts';
import { serveSite } from '../../scripts/lib/serveSite.ts';
import { writeSyntheticContent } from '../../scripts/lib/syntheticContent.ts';
import { ARTICLES_PER_PAGE } from '../../src/lib/claimsTable.ts';
import { ARTICLES_PER_LIST_PAGE } from '../../src/lib/articleList.ts';

const ARTICLES = ARTICLES_PER_PAGE * 2 + 5;
let dist: string;
let claims: { permalink: string; verdict: { id: string } }[];

beforeAll(async () => {
  const root = await copyProject();
  await writeSyntheticContent(root, ARTICLES);
  const build = runScript(root, 'scripts/build.mjs');
  expect(build.status, build.stderr).toBe(0);
  dist = path.join(root, 'dist');
  claims = JSON.parse(await readFile(path.join(dist, 'claims.json'), 'utf8')).claims;
}, 240_000);

/** The claim pages a listing's pages link to, page by page, following its "next" links from the first. */
async function walk(first: string): Promise<{ pages: string[]; rows: string[] }> {
  const pages: string[] = [];
  const rows: string[] = [];
  for (let at: string | undefined = first; at; ) {
    pages.push(at);
    const html = await page(dist, at.slice(1));
    rows.push(...html.querySelectorAll('.claims-table__claim a').map((a) => new URL(a.getAttribute('href')!, 'https://example.org').pathname));
    const next = html.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href');
    if (next) {
      // The next page links back.
      expect((await page(dist, next.slice(1))).querySelector('nav.pagination a[rel="prev"]')!.getAttribute('href')).toBe(at);
    }
    at = next ?? undefined;
  }
  return { pages, rows };
}

describe('listings of claims', () => {
  it('split every claim over pages of at most ARTICLES_PER_PAGE articles, each claim on one page', async () => {
    const all = claims.map((c) => new URL(c.permalink).pathname);
    expect(all.length).toBe(ARTICLES * 5);
    const { pages, rows } = await walk('/claims/');
    expect(pages).toEqual(['/claims/', '/claims/2/', '/claims/3/']);
    expect(existsSync(path.join(dist, 'claims/4'))).toBe(false);
    expect([...rows].sort()).toEqual([...all].sort());
    for (const at of pages) expect((await page(dist, at.slice(1))).querySelectorAll('section.claims-group').length).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
  });

  it('split each order and each filter the same way', async () => {
    const byDate = await walk('/claims/sort/date/');
    expect(byDate.pages).toEqual(['/claims/sort/date/', '/claims/sort/date/2/', '/claims/sort/date/3/']);
    expect([...byDate.rows].sort()).toEqual(claims.map((c) => new URL(c.permalink).pathname).sort());
    const verdict = claims[0]!.verdict.id;
    const rated = await walk(`/claims/verdict/${verdict}/`);
    expect([...rated.rows].sort()).toEqual(claims.filter((c) => c.verdict.id === verdict).map((c) => new URL(c.permalink).pathname).sort());
  });

  it('give later pages their own title, and list every page in the sitemap', async () => {
    expect((await page(dist, 'claims/2/')).querySelector('title')!.text).toMatch(/^All claims, page 2\b/);
    const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
    for (const at of ['/claims/2/', '/claims/3/', '/claims/sort/speaker/3/']) expect(sitemap).toContain(`${at}</loc>`);
  });
});

describe('the list of articles', () => {
  it('comes in pages too, and the front page shows the latest page’s worth with a link to all', async () => {
    const articles: string[] = [];
    const pages: string[] = [];
    for (let at: string | undefined = '/articles/'; at; ) {
      pages.push(at);
      const html = await page(dist, at.slice(1));
      articles.push(...html.querySelectorAll('.article-item h2 a').map((a) => a.getAttribute('href')!));
      at = html.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
    }
    expect(pages).toEqual(['/articles/', '/articles/2/', '/articles/3/']);
    expect(new Set(articles).size).toBe(ARTICLES);
    expect(articles).toHaveLength(ARTICLES);
    const front = await page(dist, '');
    expect(front.querySelectorAll('.article-item h2 a').map((a) => a.getAttribute('href'))).toEqual(articles.slice(0, ARTICLES_PER_LIST_PAGE));
    expect(front.querySelector('.more-articles a')!.getAttribute('href')).toBe('/articles/');
    expect(front.querySelector('.more-articles a')!.text).toBe(`All ${ARTICLES} articles`);
  });

  it('is matched by the search index’s page patterns, which skip its pages and miss no page to index', async () => {
    await expectSearchCoverage(dist);
    expect((await searchCoverage(dist)).read).toContain('articles/2/index.html');
  });
});

describe('a page between others', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(() => Promise.all(cleanup.map((close) => close())));

  it('is valid HTML, and axe finds nothing in its page links on a phone, light and dark', { timeout: 120_000 }, async () => {
    for (const at of ['claims/2/', 'claims/3/', 'claims/sort/verdict/2/', 'articles/2/', '']) {
      expect(await htmlErrors(await readFile(path.join(dist, at, 'index.html'), 'utf8'), at || 'index')).toEqual([]);
    }
    const site = await serveSite(dist, '/');
    const browser = await launchBrowser();
    cleanup.push(() => site.close(), () => browser.close());
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...DEVICES.phone, colorScheme });
      const tab = await context.newPage();
      await tab.goto(`${site.url}claims/2/`);
      expect(await tab.locator('nav.pagination a').count()).toBeGreaterThan(1);
      expect(await axeViolations(tab)).toEqual([]);
      await context.close();
    }
  });
});

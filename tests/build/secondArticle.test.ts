/**
 * The site works for N articles: a second, small article with its own people,
 * company, source and claims (tests/fixtures/second-article/) is added to a copy
 * of the project, and shows wherever a reader expects it.
 */
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runScript } from '../helpers/project.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';
import { page, published } from '../helpers/site.ts';

const SLUG = 'robots-learn-to-fold';
let dist: string;
let site: Awaited<ReturnType<typeof published>>;

beforeAll(async () => {
  const root = await copyProject();
  await cp(path.join(PROJECT_ROOT, 'tests/fixtures/second-article/content'), path.join(root, 'content'), { recursive: true });
  const result = runScript(root, 'scripts/build.mjs', [], { SITE_URL: 'https://factcheck.example' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  dist = path.join(root, 'dist');
  site = await published(dist);
}, 180_000);

describe('a second article', () => {
  it('is published with its claims, numbered in its own reading order', () => {
    expect(site.articles.map((a) => a.slug)).toContain(SLUG);
    expect(site.articles.length).toBeGreaterThanOrEqual(2);
    const article = site.articles.find((a) => a.slug === SLUG)!;
    expect(article.claims.map((c) => c.id)).toEqual(['folds-per-hour', 'solved-folding']);
  });

  it('is listed on / and /articles/, newest first', async () => {
    for (const where of ['', 'articles/']) {
      const links = (await page(dist, where)).querySelectorAll('.article-list h2 a').map((a) => a.getAttribute('href'));
      expect(links[0]).toBe(`/articles/${SLUG}/`);
      expect(links.length).toBe(site.articles.length);
    }
  });

  it('has its claims in /claims/ and under their filters', async () => {
    const rows = (await page(dist, 'claims/')).querySelectorAll('tbody tr a').map((a) => a.getAttribute('href'));
    expect(rows).toEqual(expect.arrayContaining([`/articles/${SLUG}/claims/folds-per-hour/`, `/articles/${SLUG}/claims/solved-folding/`]));
    const altered = (await page(dist, 'claims/attribution/altered/')).querySelectorAll('tbody tr a').map((a) => a.getAttribute('href'));
    expect(altered).toContain(`/articles/${SLUG}/claims/solved-folding/`);
  });

  it('gives its person a page with the statement of theirs it reports, and its company a page', async () => {
    const person = await page(dist, 'people/wang-xiaoming/');
    expect(person.querySelector('[lang="zh-Hans"]')!.text).toBe('王小明');
    expect(person.querySelectorAll('.entity-claims a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining([`/articles/${SLUG}/claims/solved-folding/`, `/articles/${SLUG}/`]),
    );
    expect((await page(dist, 'companies/example-robotics/')).querySelector(`a[href="/articles/${SLUG}/"]`)).not.toBeNull();
  });

  it('is in the RSS feed and the sitemap', async () => {
    const rss = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<link>https://factcheck.example/articles/${SLUG}/</link>`);
    expect(rss).toContain(`<link>https://factcheck.example/articles/${SLUG}/claims/solved-folding/</link>`);
    const sitemapFile = (await readdir(dist)).find((f) => /^sitemap-\d+\.xml$/.test(f))!;
    const sitemap = await readFile(path.join(dist, sitemapFile), 'utf8');
    expect(sitemap).toContain(`https://factcheck.example/articles/${SLUG}/`);
    expect(sitemap).toContain('https://factcheck.example/people/wang-xiaoming/');
  });

  it('is in the search index: its article, claims, person and company pages', async () => {
    const files = await readdir(dist, { recursive: true });
    const count = (re: RegExp) => files.filter((f) => re.test(f)).length;
    const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(site.articles.length + site.claims.length + count(/^people\/[^/]+\/index\.html$/) + count(/^companies\/[^/]+\/index\.html$/));
    const personPage = await readFile(path.join(dist, 'people/wang-xiaoming/index.html'), 'utf8');
    expect(personPage).toContain('data-pagefind-body');
  });
});

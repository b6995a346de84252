/** Reader features in the built site: verdict overview, the table of claims, source trails, social images, search index. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { VERDICTS } from '../../src/lib/verdicts.ts';
import { ATTRIBUTIONS } from '../../src/lib/attributions.ts';
import { page, published } from '../helpers/site.ts';

const dir = inject('siteDirs').root;
const siteUrl = inject('siteUrl');
const site = await published(dir);

describe('verdict overview', () => {
  it.each(site.articles)('counts the claims of $slug by verdict, as a chart and as text, each linking to those claims', async ({ slug, claims }) => {
    const html = await page(dir, `articles/${slug}/`);
    const overview = html.querySelector('.overview')!;
    const items = overview.querySelectorAll('.overview__legend li');
    let total = 0;
    for (const item of items) {
      const link = item.querySelector('a')!;
      const verdict = /verdict\/([a-z-]+)\//.exec(link.getAttribute('href')!)![1]!;
      const count = Number(item.querySelector('.overview__count')!.text);
      expect(count).toBe(claims.filter((c) => c.verdict.id === verdict).length);
      expect(item.text).toContain(VERDICTS[verdict as keyof typeof VERDICTS].label);
      total += count;
    }
    expect(total).toBe(claims.length);
    const rects = overview.querySelectorAll('svg rect');
    expect(rects.map((r) => Number(r.getAttribute('width'))).reduce((a, b) => a + b, 0)).toBe(claims.length);
    expect(overview.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('table of claims', () => {
  const { claims } = site;
  it('lists every claim, grouped by article with its title once, with links to the other orders', async () => {
    const html = await page(dir, 'claims/');
    expect(html.querySelectorAll('tbody tr')).toHaveLength(claims.length);
    const groups = html.querySelectorAll('section.claims-group');
    expect(groups.map((g) => g.querySelector('h2')!.text.trim())).toEqual(site.articles.map((a) => a.title));
    for (const group of groups) expect(group.querySelectorAll('tbody').map((b) => b.text).join('')).not.toContain(group.querySelector('h2')!.text.trim());
    expect(html.querySelector('th[aria-sort="ascending"]')!.text).toBe('#');
    const sortLinks = html.querySelectorAll('nav a[href^="/claims/sort/"]').map((a) => a.getAttribute('href'));
    expect(sortLinks).toEqual(['/claims/sort/speaker/', '/claims/sort/verdict/', '/claims/sort/date/']);
  });

  it('has a page per order, sorted by that column within each article', async () => {
    const order = Object.keys(VERDICTS);
    const byVerdict = await page(dir, 'claims/sort/verdict/');
    expect(byVerdict.querySelectorAll('section.claims-group').length).toBe(site.articles.length);
    for (const group of byVerdict.querySelectorAll('section.claims-group')) {
      const verdicts = group.querySelectorAll('tbody tr [data-verdict]').map((b) => b.getAttribute('data-verdict')!);
      expect(verdicts).toEqual([...verdicts].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
    expect(byVerdict.querySelector('th[aria-sort]')!.text).toBe('Verdict');
    const bySpeaker = await page(dir, 'claims/sort/speaker/');
    for (const group of bySpeaker.querySelectorAll('section.claims-group')) {
      const speakers = group.querySelectorAll('tbody .claims-table__speaker-name').map((s) => s.text.trim());
      expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b, 'en')));
    }
    const byDate = await page(dir, 'claims/sort/date/');
    expect(byDate.querySelector('th[aria-sort="descending"]')!.text).toBe('Reviewed');
    for (const group of byDate.querySelectorAll('section.claims-group')) {
      const dates = group.querySelectorAll('tbody time').map((t) => t.getAttribute('datetime')!);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('has a filtered page for each verdict in use, marked as current in the filter links', async () => {
    for (const verdict of new Set(claims.map((c) => c.verdict.id))) {
      const html = await page(dir, `claims/verdict/${verdict}/`);
      expect(html.querySelectorAll('tbody tr')).toHaveLength(claims.filter((c) => c.verdict.id === verdict).length);
      expect(html.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).toBe(`/claims/verdict/${verdict}/`);
    }
  });

  it('has a filtered page for each attribution rating in use, and shows the rating in every row of reported speech', async () => {
    const ratings = new Set(claims.flatMap((c) => (c.attribution ? [c.attribution.rating] : [])));
    expect(ratings.size).toBeGreaterThan(0);
    for (const rating of ratings) {
      const html = await page(dir, `claims/attribution/${rating}/`);
      const rows = html.querySelectorAll('tbody tr');
      expect(rows).toHaveLength(claims.filter((c) => c.attribution?.rating === rating).length);
      for (const row of rows) expect(row.querySelector(`[data-attribution="${rating}"]`)!.text).toContain(ATTRIBUTIONS[rating].label);
      expect(html.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).toBe(`/claims/attribution/${rating}/`);
    }
    const all = await page(dir, 'claims/');
    expect(all.querySelectorAll('tbody [data-attribution]')).toHaveLength(claims.filter((c) => c.attribution).length);
  });
});

describe('source trails', () => {
  it('link to every quoted source with a text fragment and show the quote, tagged, with our translation', async () => {
    let quoted = 0;
    for (const claim of site.claims) {
      const html = await page(dir, new URL(claim.permalink).pathname.slice(1));
      for (const source of claim.sources.filter((s) => s.quote)) {
        const item = html.querySelectorAll('.sources li').find((li) => li.querySelector('a')!.getAttribute('href')!.startsWith(source.url))!;
        expect(item.querySelector('a')!.getAttribute('href')).toMatch(new RegExp(`^${source.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#?:~:text=`));
        const original = item.querySelector('q.quote__original')!;
        expect(original.text).toBe(source.quote);
        expect(original.getAttribute('lang') ?? null).toBe(source.lang);
        if (source.translation) expect(item.querySelector('.quote__translation')!.text).toMatch(/^Our translation:/);
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(0);
  });
});

describe('social images', () => {
  it('give every claim page a generated 1200×630 PNG with alt text, within reach of the page', async () => {
    for (const claim of site.claims) {
      const path_ = new URL(claim.permalink).pathname.slice(1);
      const html = await page(dir, path_);
      const meta = (name: string) => html.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
      expect(meta('og:image')).toBe(`${claim.permalink}og.png`);
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      // The image shows who made the claim; the alt text says it too.
      expect(meta('og:image:alt')).toBe(`Verdict: ${claim.verdict.label}. Claim: ${claim.claim} — ${claim.speaker.name}`);
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(existsSync(path.join(dir, path_, 'og.png'))).toBe(true);
    }
    const sample = await sharp(path.join(dir, new URL(site.claims[0]!.permalink).pathname, 'og.png')).metadata();
    expect([sample.format, sample.width, sample.height]).toEqual(['png', 1200, 630]);
  });

  it('are where the pages point in a sub-path build too', async () => {
    const [sub, subPath] = [inject('siteDirs').sub, inject('subPath')];
    const missing: string[] = [];
    for (const claim of (await published(sub)).claims) {
      const html = await page(sub, new URL(claim.permalink).pathname.slice(subPath.length));
      const image = new URL(html.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;
      expect(image.startsWith(subPath)).toBe(true);
      if (!existsSync(path.join(sub, image.slice(subPath.length)))) missing.push(image);
    }
    expect(missing).toEqual([]);
  });
});

describe('search index', () => {
  it('is built into /pagefind/ and indexes articles, claims, people and companies only', async () => {
    expect(existsSync(path.join(dir, 'pagefind/pagefind-ui.js'))).toBe(true);
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    const files = await readdir(dir, { recursive: true });
    const count = (re: RegExp) => files.filter((f) => re.test(f)).length;
    // Every article, claim, person and company page, and nothing else.
    expect(pages).toBe(site.articles.length + site.claims.length + count(/^people\/[^/]+\/index\.html$/) + count(/^companies\/[^/]+\/index\.html$/));
  });
});

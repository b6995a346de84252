/** Printing the article gives the text, then every claim review in full, without site chrome. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE = (await published(inject('siteDirs').root)).articles[0]!;
const ARTICLE_SLUG = ARTICLE.slug;

const env = useBrowserAndSites();

describe('print stylesheet', () => {
  it('prints the article, then every claim’s note with the address of its full review, and hides navigation and markers', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && (el as HTMLElement).getBoundingClientRect().height > 0;
      const notes = [...document.querySelectorAll('.note')];
      return {
        nav: visible(document.querySelector('.site-header nav')),
        markers: [...document.querySelectorAll('.claim__ref')].filter(visible).length,
        notes: notes.length,
        summaries: notes.filter((n) => visible(n.querySelector('.note__summary'))).length,
        // The link to the full review prints its address after it.
        addresses: notes.filter((n) => {
          const link = n.querySelector('.note__links a[href^="/"]')!;
          return visible(link) && getComputedStyle(link, '::after').content.includes('/claims/');
        }).length,
        articleBeforeNotes:
          document.querySelector('[data-article-body]')!.getBoundingClientRect().bottom <= document.querySelector('.note')!.getBoundingClientRect().top,
      };
    });
    expect(state.nav).toBe(false);
    expect(state.markers).toBe(0);
    expect(state.notes).toBe(ARTICLE.claims.length);
    expect(state.summaries).toBe(state.notes);
    expect(state.addresses).toBe(state.notes);
    expect(state.articleBeforeNotes).toBe(true);
    await mkdir(path.join(PROJECT_ROOT, 'screenshots'), { recursive: true });
    const pdf = await page.pdf({ path: path.join(PROJECT_ROOT, 'screenshots/article.pdf'), format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});

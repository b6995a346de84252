/** Printing the article gives the text, then every claim review in full, without site chrome. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE_SLUG = (await published(inject('siteDirs').root)).articles[0]!.slug;

const env = useBrowserAndSites();

describe('print stylesheet', () => {
  it('prints every review’s explanation and sources after the article, and hides navigation', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && (el as HTMLElement).getBoundingClientRect().height > 0;
      const cards = [...document.querySelectorAll('.claim-card')];
      return {
        nav: visible(document.querySelector('.site-header nav')),
        cards: cards.length,
        explanations: cards.filter((c) => visible(c.querySelector('details > p'))).length,
        sources: cards.filter((c) => visible(c.querySelector('.sources a'))).length,
        articleBeforeReviews:
          document.querySelector('[data-article-body]')!.getBoundingClientRect().bottom <=
          document.querySelector('.claim-card')!.getBoundingClientRect().top,
      };
    });
    expect(state.nav).toBe(false);
    expect(state.cards).toBeGreaterThanOrEqual(10);
    expect(state.explanations).toBe(state.cards);
    expect(state.sources).toBe(state.cards);
    expect(state.articleBeforeReviews).toBe(true);

    // And on screen the reviews stay folded: one step away, not in the way.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.claim-card details > p').first().isVisible()).toBe(false);

    await mkdir(path.join(PROJECT_ROOT, 'screenshots'), { recursive: true });
    const pdf = await page.pdf({ path: path.join(PROJECT_ROOT, 'screenshots/article.pdf'), format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});

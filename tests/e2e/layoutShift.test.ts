/** No layout shift: no web fonts or unsized images, and collapsed cards stay put while the page loads and scrolls. */
import { describe, expect, it, inject } from 'vitest';
import { useBrowserAndSites, VIEWPORTS } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE = (await published(inject('siteDirs').root)).articles[0]!;
const ARTICLE_SLUG = ARTICLE.slug;
/** A claim to open: the last one, far down the page. */
const CLAIM_ID = ARTICLE.claims.at(-1)!.id;

const env = useBrowserAndSites();

describe('cumulative layout shift', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`is 0 on the article page, landing on a claim (${name})`, async () => {
      const context = await env.browser.newContext({ viewport });
      await context.addInitScript(() => {
        (window as any).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/#claim-${CLAIM_ID}`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).__cls)).toBe(0);
      await context.close();
    });
  }
});

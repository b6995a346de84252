/** No layout shift: no web fonts or unsized images, and collapsed cards stay put while the page loads and scrolls. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.ts';
import { serveSite, type RunningSite } from '../../scripts/lib/serveSite.ts';
import { ARTICLE_SLUG } from '../helpers/site.ts';

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveSite(inject('siteDirs').root)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('cumulative layout shift', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`is 0 on the article page, landing on a claim (${name})`, async () => {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(() => {
        (window as any).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${site.url}articles/${ARTICLE_SLUG}/#claim-nvidia-gpus-barred`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).__cls)).toBe(0);
      await context.close();
    });
  }
});

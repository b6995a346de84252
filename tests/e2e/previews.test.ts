/** In-place previews: native popovers, opened by keyboard or pointer, closed with Escape, with no script. */
import { describe, expect, it, inject } from 'vitest';
import { useBrowserAndSites, VIEWPORTS } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE = (await published(inject('siteDirs').root)).articles[0]!;
const ARTICLE_SLUG = ARTICLE.slug;
/** A claim to open: the last one, far down the page. */
const CLAIM = ARTICLE.claims.at(-1)!;
const CLAIM_ID = CLAIM.id;

const env = useBrowserAndSites();

for (const javaScriptEnabled of [true, false]) {
  describe(`previews (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    it('open a claim’s review from the keyboard, take focus inside with Tab, and close with Escape back to the marker', async () => {
      const context = await env.browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
      const marker = page.locator(`#claim-${CLAIM_ID} button.claim__ref`);
      const preview = page.locator(`#preview-claim-${CLAIM_ID}`);
      await marker.focus();
      await page.keyboard.press('Enter');
      expect(await preview.isVisible()).toBe(true);
      expect(await preview.textContent()).toContain(CLAIM.verdict.label);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(`preview-claim-${CLAIM_ID}`);
      await page.keyboard.press('Escape');
      expect(await preview.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(`preview-claim-${CLAIM_ID}`);
      await context.close();
    });

    it('open a person’s card from a mention, and close it with its Close button', async () => {
      const context = await env.browser.newContext({ viewport: VIEWPORTS.desktop, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
      // The first person the text mentions.
      const mention = page.locator('[data-article-body] button[data-mention="person"]').first();
      const preview = page.locator(`#${await mention.getAttribute('popovertarget')}`);
      await mention.click();
      expect(await preview.isVisible()).toBe(true);
      // The preview is the person's card itself, lifted out of its list.
      expect(await preview.locator('.entity-card__name a').textContent()).toBe(await mention.textContent());
      expect(await preview.evaluate((card) => card.matches(':popover-open'))).toBe(true);
      await preview.getByRole('button', { name: 'Close' }).click();
      // Closed, it is back in its list after the text, and its Close button is gone.
      expect(await preview.evaluate((card) => card.matches(':popover-open'))).toBe(false);
      expect(await preview.getByRole('button', { name: 'Close' }).isVisible()).toBe(false);
      expect(await preview.evaluate((card) => !!card.closest('#people'))).toBe(true);
      await context.close();
    });
  });
}

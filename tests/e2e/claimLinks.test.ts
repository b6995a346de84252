/**
 * Shared claim links in a real browser, with and without JavaScript, at a
 * domain root and under a sub-path: the passage is in view and highlighted,
 * and the links between passage, card and permalink page all work.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEVICES, useBrowserAndSites } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';

const dirs = inject('siteDirs');
const subPath = inject('subPath');
const { claims } = await published(dirs.root);

const env = useBrowserAndSites(['root', 'sub']);

/** Where the :target is and whether it is visible and highlighted. */
function targetState(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(':target') as HTMLElement | null;
    if (!target) return null;
    const rect = target.getBoundingClientRect();
    const other = document.querySelector('.claim:not(:target)') as HTMLElement;
    // Probe the first line box: an inline passage may start mid-line.
    const first = target.getClientRects()[0]!;
    const probe = document.elementFromPoint(first.left + Math.min(first.width, 8) / 2, first.top + first.height / 2);
    return {
      id: target.id,
      inView: rect.top >= 0 && rect.top < innerHeight,
      highlighted: getComputedStyle(target).backgroundColor !== getComputedStyle(other).backgroundColor,
      outlined: getComputedStyle(target).outlineStyle !== 'none',
      notCovered: !!probe && target.contains(probe),
    };
  });
}

for (const javaScriptEnabled of [true, false]) {
  for (const which of ['root', 'sub'] as const) {
    describe(`claim anchors (${which === 'root' ? 'domain root' : `sub-path ${subPath}`}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
      for (const [name, device] of Object.entries(DEVICES)) {
        it(`put every claim passage in view and highlighted, with its verdict shown beside it (${name})`, { timeout: 120_000 }, async () => {
          const context = await env.browser.newContext({ ...device, javaScriptEnabled });
          const page = await context.newPage();
          const problems: string[] = [];
          for (const { id, article, verdict } of claims) {
            await page.goto(`${env.sites[which].url}articles/${article.slug}/#claim-${id}`);
            const state = await targetState(page);
            if (!state || state.id !== `claim-${id}` || !state.inView || !state.highlighted || !state.outlined || !state.notCovered) {
              problems.push(`${id}: ${JSON.stringify(state)}`);
            }
            // The verdict word is in the first screen, beside the passage, without a tap.
            const note = page.locator(`#claim-${id} > .claim__verdict`);
            const box = await note.boundingBox();
            const text = await note.textContent();
            if (!box || box.y < 0 || box.y + 20 > device.viewport.height || !text?.startsWith(`${verdict.label}.`)) {
              problems.push(`${id}: verdict ${JSON.stringify({ box, text })}`);
            }
          }
          await context.close();
          expect(problems).toEqual([]);
        });
      }

      it('lets a reader go from passage to note, back, and on to the full review and back to the passage', async () => {
        const context = await env.browser.newContext({ ...DEVICES.phone, javaScriptEnabled });
        const page = await context.newPage();
        const { id, article, number } = claims.at(-1)!;
        const articleUrl = `${env.sites[which].url}articles/${article.slug}/`;
        await page.goto(`${articleUrl}#claim-${id}`);
        // The marker opens the review in place (native popover), which leads to the note and the full review.
        await page.click(`#claim-${id} button.claim__ref`);
        const preview = page.locator(`#preview-claim-${id}`);
        expect(await preview.isVisible()).toBe(true);
        await preview.getByRole('link', { name: 'Note beside the text' }).click();
        expect(new URL(page.url()).hash).toBe(`#review-${id}`);
        const note = page.locator(`#review-${id}`);
        expect(await note.isVisible()).toBe(true);
        await note.getByRole('link', { name: new RegExp(`^Claim ${number}\\s*: back to the passage$`) }).click();
        expect((await targetState(page))?.id).toBe(`claim-${id}`);
        await page.goto(`${articleUrl}#review-${id}`);
        await note.getByRole('link', { name: /Full review/ }).click();
        await page.waitForURL(`${articleUrl}claims/${id}/`);
        // The full review is open on its page: explanation, evidence and sources.
        expect(await page.locator('#explanation-title').isVisible()).toBe(true);
        expect(await page.locator('.sources a').first().isVisible()).toBe(true);
        await page.getByRole('link', { name: 'Read it in context' }).click();
        await page.waitForURL(`${articleUrl}#claim-${id}`);
        await page.waitForLoadState('load');
        expect((await targetState(page))?.inView).toBe(true);
        await context.close();
      });
    });
  }
}

describe('404', () => {
  it('serves the 404 page for an unknown path under the base', async () => {
    const page = await env.browser.newPage();
    const response = await page.goto(`${env.sites.sub.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Go to the list of articles' }).click();
    expect(page.url()).toBe(env.sites.sub.url);
    await page.close();
  });
});

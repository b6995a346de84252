/**
 * Reading on a phone (390 × 844, touch) and a desktop (1280 × 800): previews that fit
 * the screen and never cover their control, the verdict first, the article's first
 * sentence early, the reader's highlight switch without JavaScript, and no page wider
 * than the screen.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEVICES, useBrowserAndSites } from '../helpers/browser.ts';
import { pagePaths, published } from '../helpers/site.ts';

const dir = inject('siteDirs').root;
const { articles } = await published(dir);
const env = useBrowserAndSites();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Opens every preview on the page, one by one, and returns what is wrong with each box. */
async function previewProblems(page: Page, viewport: { width: number; height: number }): Promise<string[]> {
  const problems: string[] = [];
  const openers = page.locator('[data-article-body] button[popovertarget]:not([popovertargetaction="hide"])');
  const count = await openers.count();
  expect(count).toBeGreaterThan(20);
  const minWidth = Math.min(320, viewport.width - 16);
  for (let i = 0; i < count; i++) {
    const opener = openers.nth(i);
    const id = (await opener.getAttribute('popovertarget'))!;
    await opener.scrollIntoViewIfNeeded();
    await opener.click();
    const preview = page.locator(`#${id}`);
    const box = (await preview.boundingBox())!;
    // The opener's box where it was clicked (a wrapped inline control has several line boxes).
    const controls = await opener.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
    const label = `${id} (opener ${i + 1})`;
    if (box.x < 4 || box.x + box.width > viewport.width - 4) problems.push(`${label}: x ${Math.round(box.x)}–${Math.round(box.x + box.width)} off screen`);
    if (box.y < 0 || box.y + box.height > viewport.height) problems.push(`${label}: y ${Math.round(box.y)}–${Math.round(box.y + box.height)} off screen`);
    if (box.width < minWidth) problems.push(`${label}: ${Math.round(box.width)} px wide, under ${minWidth}`);
    if (controls.some((c) => overlaps(box, c))) problems.push(`${label}: covers the control that opened it`);
    await page.keyboard.press('Escape');
  }
  return problems;
}

for (const [name, device] of Object.entries(DEVICES)) {
  describe(`reading on a ${name} (${device.viewport.width} × ${device.viewport.height})`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`every preview of every article fits on screen, wide enough, never over its control (${colorScheme})`, { timeout: 180_000 }, async () => {
        const context = await env.browser.newContext({ ...device, colorScheme });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const article of articles) {
          await page.goto(`${env.sites.root.url}articles/${article.slug}/`);
          problems.push(...(await previewProblems(page, device.viewport)));
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }

    it('shows our verdict and the article’s first sentence early: in the first screen on a desktop, within 1¼ screens on a phone', async () => {
      const context = await env.browser.newContext(device);
      const page = await context.newPage();
      const limit = name === 'phone' ? device.viewport.height * 1.25 : device.viewport.height;
      for (const article of articles) {
        await page.goto(`${env.sites.root.url}articles/${article.slug}/`);
        const verdict = (await page.locator('#our-verdict').boundingBox())!;
        const firstSentence = (await page.locator('[data-article-body] p').first().boundingBox())!;
        expect(verdict.y).toBeLessThan(device.viewport.height / 2);
        expect(firstSentence.y + 30, `${article.slug}: first line at ${firstSentence.y}`).toBeLessThan(limit);
      }
      await context.close();
    });

    it('has no page wider than the screen', { timeout: 120_000 }, async () => {
      const context = await env.browser.newContext(device);
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of await pagePaths(dir)) {
        await page.goto(env.sites.root.url + path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > device.viewport.width) wide.push(`${path}: ${width}px`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  });
}

describe('on a phone', () => {
  it('keeps the site header to one short line', async () => {
    const context = await env.browser.newContext(DEVICES.phone);
    const page = await context.newPage();
    await page.goto(env.sites.root.url);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(60);
    await context.close();
  });

  it('shows the verdict of every claim in /claims/ without scrolling sideways', async () => {
    const context = await env.browser.newContext(DEVICES.phone);
    const page = await context.newPage();
    await page.goto(`${env.sites.root.url}claims/`);
    const badges = await page.locator('tbody .claims-table__verdict [data-verdict]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((right) => right > DEVICES.phone.viewport.width)).toEqual([]);
    await context.close();
  });
});

describe('highlights', () => {
  it('switch between all claims, only problems and none with JavaScript off, and the address keeps the choice', async () => {
    const context = await env.browser.newContext({ ...DEVICES.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    const article = articles[0]!;
    await page.goto(`${env.sites.root.url}articles/${article.slug}/`);
    const highlighted = () =>
      page.locator('[data-article-body] .claim').evaluateAll((els) =>
        els.filter((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)').map((el) => el.getAttribute('data-severity')),
      );
    const problems = (await page.locator('[data-article-body] .claim[data-severity="problem"]').count());
    expect(problems).toBeGreaterThan(0);
    // By default, problems stand out and accurate claims stay quiet.
    expect(await highlighted()).toEqual(Array(problems).fill('problem'));
    const underline = () => page.locator('[data-article-body] .claim[data-severity="fine"]').first().evaluate((el) => getComputedStyle(el).borderBottomColor);
    const quiet = await underline();

    await page.getByRole('link', { name: /only problems/ }).click();
    expect(new URL(page.url()).hash).toBe('#highlight-problems');
    expect(await highlighted()).toEqual(Array(problems).fill('problem'));
    expect(await underline()).toBe('rgba(0, 0, 0, 0)');

    await page.getByRole('link', { name: 'none' }).click();
    expect(new URL(page.url()).hash).toBe('#highlight-none');
    expect(await highlighted()).toEqual([]);
    // A reload of the shared address keeps the choice.
    await page.reload();
    expect(await highlighted()).toEqual([]);

    await page.getByRole('link', { name: 'all claims' }).click();
    expect(await highlighted()).toEqual(Array(problems).fill('problem'));
    expect(await underline()).toBe(quiet);
    await context.close();
  });
});

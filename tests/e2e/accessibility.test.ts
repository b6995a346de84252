/**
 * axe-core (WCAG 2.2 A/AA + best practices) on every page, light and dark, on
 * a touch phone and a desktop; plus keyboard order, focus rings and the outline.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEVICES, axeViolations, useBrowserAndSites, VIEWPORTS } from '../helpers/browser.ts';
import { published, pagePaths } from '../helpers/site.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE_SLUG = (await published(inject('siteDirs').root)).articles[0]!.slug;

const dir = inject('siteDirs').root;

const env = useBrowserAndSites();

describe('axe-core', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, device] of Object.entries(DEVICES)) {
      it(`reports 0 violations on every page (${colorScheme}, ${name} ${device.viewport.width}px)`, { timeout: 180_000 }, async () => {
        const context = await env.browser.newContext({ ...device, colorScheme });
        const page = await context.newPage();
        const violations: string[] = [];
        const paths = await pagePaths(dir);
        expect(paths.length).toBeGreaterThan(30);
        for (const path of paths) {
          await page.goto(env.sites.root.url + path);
          violations.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
        }
        await context.close();
        expect(violations).toEqual([]);
      });
    }
  }
});

describe('keyboard', () => {
  it('reaches the skip link first, then every claim marker in reading order, then the notes, each with a visible focus ring', { timeout: 120_000 }, async () => {
    const context = await env.browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
    const order: { href: string | null; text: string; outline: string; inNotes: boolean; visible: boolean }[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href') ?? (el.getAttribute('popovertarget') ? `popover:${el.getAttribute('popovertarget')}` : null),
          text: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          inNotes: !!el.closest('#notes'),
          visible: rect.width > 0 && rect.height > 0 && rect.top < innerHeight && rect.bottom > 0,
        };
      });
      if (!info) break;
      if (order.length > 0 && info.href === order[0]!.href && info.text === order[0]!.text) break;
      order.push(info);
    }
    await context.close();

    expect(order[0]).toMatchObject({ href: '#main', text: 'Skip to content', visible: true });
    const claimRefs = order.filter((o) => o.href?.startsWith('popover:preview-claim-'));
    const numbers = claimRefs.map((o) => Number(/Claim (\d+)/.exec(o.text)![1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    const firstCard = order.findIndex((o) => o.inNotes);
    const lastClaimRef = order.findLastIndex((o) => o.href?.startsWith('popover:preview-claim-'));
    expect(lastClaimRef).toBeLessThan(firstCard);
    expect(order.filter((o) => o.href?.startsWith('#claim-')).length).toBe(numbers.length);
    for (const stop of order) {
      expect(stop.outline, `${stop.href} ${stop.text}`).not.toMatch(/^none/);
      expect(stop.visible, `${stop.href} ${stop.text} scrolled into view`).toBe(true);
    }
  });

  it('moves focus into the main content when the skip link is used', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('document structure', () => {
  it('has one h1 and no skipped heading levels on every page; every aside and nav is labelled', async () => {
    const page = await env.browser.newPage();
    const problems: string[] = [];
    for (const path of await pagePaths(dir)) {
      await page.goto(env.sites.root.url + path);
      const result = await page.evaluate(() => {
        const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));
        const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
        // Sections only become landmarks when named, so asides and navs are what must be labelled.
        const asides = [...document.querySelectorAll('aside, nav')].filter(
          (el) => !el.getAttribute('aria-labelledby') && !el.getAttribute('aria-label'),
        );
        return { h1: levels.filter((l) => l === 1).length, skips, unlabelled: asides.map((el) => el.tagName) };
      });
      if (result.h1 !== 1) problems.push(`${path}: ${result.h1} h1 elements`);
      if (result.skips.length) problems.push(`${path}: heading levels skip to ${result.skips.join(',')}`);
      if (result.unlabelled.length) problems.push(`${path}: unlabelled ${result.unlabelled.join(',')}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

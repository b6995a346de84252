/**
 * Saves screenshots of the article page (phone and desktop, light and dark)
 * into screenshots/ (git-ignored) for people to look at; the README's image is
 * refreshed from here with `npm run screenshot:readme`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { useBrowserAndSites, VIEWPORTS } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE = (await published(inject('siteDirs').root)).articles[0]!;
const ARTICLE_SLUG = ARTICLE.slug;
/** A claim to open: the last one, far down the page. */
const CLAIM_ID = ARTICLE.claims.at(-1)!.id;

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'screenshots');

const env = useBrowserAndSites();
beforeAll(() => mkdir(SCREENSHOT_DIR, { recursive: true }));

describe('screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`article page, ${name} ${viewport.width}px, ${colorScheme}`, async () => {
        const context = await env.browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/#claim-${CLAIM_ID}`);
        const file = path.join(SCREENSHOT_DIR, `article-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        await context.close();
        const png = await readFile(file);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(png.length).toBeGreaterThan(20_000);
      });
    }
  }
});

/**
 * Saves screenshots for people to look at, into screenshots/ (git-ignored): the
 * article page, a shared claim link and an open preview, on a phone and a desktop,
 * light and dark. The README's images in docs/ are copies of the light ones,
 * refreshed by hand when the design changes.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { DEVICES, useBrowserAndSites } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** The article to show: the first one published (every article is built by the same page). */
const ARTICLE = (await published(inject('siteDirs').root)).articles[0]!;
/** The claim a shared link points at: one rated wrong if there is one. */
const CLAIM = ARTICLE.claims.find((c) => c.verdict.id === 'inaccurate') ?? ARTICLE.claims[0]!;

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'screenshots');

const env = useBrowserAndSites();
beforeAll(() => mkdir(SCREENSHOT_DIR, { recursive: true }));

const SHOTS = {
  article: '',
  'shared-link': `#claim-${CLAIM.id}`,
  preview: `#claim-${CLAIM.id}`,
} as const;

describe('screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, options] of Object.entries(DEVICES)) {
      for (const [shot, hash] of Object.entries(SHOTS)) {
        it(`${shot}, ${device}, ${colorScheme}`, async () => {
          const context = await env.browser.newContext({ ...options, colorScheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(`${env.sites.root.url}articles/${ARTICLE.slug}/${hash}`);
          if (shot === 'preview') await page.click(`#claim-${CLAIM.id} button.claim__ref`);
          const file = path.join(SCREENSHOT_DIR, `${shot}-${device}-${colorScheme}.png`);
          await page.screenshot({ path: file });
          await context.close();
          const png = await readFile(file);
          expect(png.subarray(1, 4).toString()).toBe('PNG');
          expect(png.length).toBeGreaterThan(20_000);
        });
      }
    }
  }
});

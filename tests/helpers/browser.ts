/** Debian's Chromium driven by Playwright (it cannot download its own browser here). */
import { afterAll, beforeAll, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveSite, type RunningSite } from '../../scripts/lib/serveSite.ts';
import { findChromium } from '../../scripts/chromium-path.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('Chromium not found: run `npm test` (its pretest installs it) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Browser-context options per device: the phone is a touch screen. */
export const DEVICES = {
  phone: { viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true },
  desktop: { viewport: VIEWPORTS.desktop },
} as const;

/**
 * One Chromium and the built site(s) served on 127.0.0.1 for a test file,
 * started before its tests and stopped after them.
 * @param bases which builds to serve: `root` at /, `sub` under the sub-path
 */
export function useBrowserAndSites(bases: ('root' | 'sub')[] = ['root']) {
  const state = { browser: undefined as unknown as Browser, sites: {} as Record<'root' | 'sub', RunningSite> };
  beforeAll(async () => {
    const dirs = inject('siteDirs');
    state.browser = await launchBrowser();
    for (const which of bases) state.sites[which] = await serveSite(dirs[which], which === 'root' ? '/' : inject('subPath'));
  });
  afterAll(async () => {
    await state.browser?.close();
    await Promise.all(Object.values(state.sites).map((s) => s.close()));
  });
  return state;
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (WCAG 2.2 A/AA and best practices) on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

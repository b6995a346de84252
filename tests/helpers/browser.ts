/** Debian's Chromium driven by Playwright (it cannot download its own browser here). */
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error - plain JS module shared with scripts/ensure-chromium.mjs
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
  desktop: { width: 1280, height: 900 },
} as const;

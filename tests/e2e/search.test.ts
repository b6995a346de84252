/** Search (Pagefind) works in a real browser at a domain root and under a sub-path, within the CSP. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';

const dirs = inject('siteDirs');
const subPath = inject('subPath');
const env = useBrowserAndSites(['root', 'sub']);

describe('search', () => {
  for (const which of ['root', 'sub'] as const) {
    it(`finds claims, people and the article (${which === 'root' ? 'domain root' : subPath})`, async () => {
      const site = env.sites[which];
      const context = await env.browser.newContext();
      await context.addInitScript(() => {
        (window as any).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(e.violatedDirective));
      });
      const page = await context.newPage();
      await page.goto(`${site.url}search/`);
      const input = page.getByRole('textbox', { name: 'Search articles, claims, people and companies' });
      await input.fill('GPT-4');
      const results = page.locator('.pagefind-ui__result-link');
      await results.first().waitFor({ timeout: 10_000 });
      const hrefs = await results.evaluateAll((links: Element[]) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${new URL(site.url).pathname}articles/china-reaction-to-openai-sora/claims/gpt-4-upcoming/`);
      for (const href of hrefs) expect(href!.startsWith(new URL(site.url).pathname)).toBe(true);

      await input.fill('Zhou Hongyi');
      await page.locator(`.pagefind-ui__result-link[href$="people/zhou-hongyi/"]`).waitFor({ timeout: 10_000 });
      expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
      await context.close();
    });
  }

  it('tells readers without JavaScript where to find everything', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.sites.root.url}search/`);
    expect(await page.locator('#search-fallback').textContent()).toContain('needs JavaScript');
    expect(await page.getByRole('link', { name: 'All claims' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

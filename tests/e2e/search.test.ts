/** Search (Pagefind) works in a real browser at a domain root and under a sub-path, within the CSP. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';
import { published } from '../helpers/site.ts';

const dirs = inject('siteDirs');
const subPath = inject('subPath');
const env = useBrowserAndSites(['root', 'sub']);
const { claims } = await published(dirs.root);

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
      // A claim is found by the words of its statement.
      const claim = claims[0]!;
      await input.fill(claim.claim.split(/\s+/).slice(0, 6).join(' '));
      const results = page.locator('.pagefind-ui__result-link');
      await results.first().waitFor({ timeout: 10_000 });
      const hrefs = await results.evaluateAll((links: Element[]) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${new URL(site.url).pathname}${new URL(claim.permalink).pathname.slice(1)}`);
      // Each claim result says its verdict.
      const title = await page.locator(`.pagefind-ui__result-link[href$="${new URL(claim.permalink).pathname}"]`).textContent();
      expect(title).toBe(`${claim.verdict.label}: ${claim.claim}`);
      for (const href of hrefs) expect(href!.startsWith(new URL(site.url).pathname)).toBe(true);

      await input.fill('Zhou Hongyi');
      await page.locator(`.pagefind-ui__result-link[href$="people/zhou-hongyi/"]`).waitFor({ timeout: 10_000 });
      expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
      await context.close();
    });
  }

  it('finds a person by the native-script name, and starts the search given in ?q=', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.sites.root.url}search/?q=${encodeURIComponent('周鸿祎')}`);
    expect(await page.getByRole('textbox', { name: 'Search articles, claims, people and companies' }).inputValue()).toBe('周鸿祎');
    await page.locator('.pagefind-ui__result-link[href$="/people/zhou-hongyi/"]').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('tells readers without JavaScript where to find everything', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.sites.root.url}search/`);
    expect(await page.locator('#search-fallback').textContent()).toContain('needs JavaScript');
    expect(await page.getByRole('link', { name: 'All claims' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

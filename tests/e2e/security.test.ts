/**
 * In a real browser, with the headers sent the way Netlify/Cloudflare send
 * the generated dist/_headers: no page reports a CSP violation and no page
 * requests anything from another origin.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';
import { parseHeadersFile } from '../../scripts/lib/serveSite.ts';
import { published, pagePaths } from '../helpers/site.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/consts.ts';
import { SECURITY_HEADERS } from '../../src/lib/securityHeaders.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE_SLUG = (await published(inject('siteDirs').root)).articles[0]!.slug;

const dir = inject('siteDirs').root;
const env = useBrowserAndSites();

/** A page that records CSP violations from the first script on. */
async function watchedPage() {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, requests };
}

describe('Content-Security-Policy', () => {
  it('is generated into dist/_headers from the one policy the pages’ <meta> carries, plus the header-only directives', async () => {
    const rules = parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8'));
    const all = rules.find((r) => r.pattern === '/*')!;
    expect(Object.fromEntries(all.headers)).toEqual(SECURITY_HEADERS);
    expect(Object.fromEntries(all.headers)['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(Object.fromEntries(all.headers)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  });

  it('is sent with every page, and no page reports a violation or requests another origin', { timeout: 120_000 }, async () => {
    const { context, page, requests } = await watchedPage();
    const problems: string[] = [];
    for (const urlPath of await pagePaths(dir)) {
      const response = await page.goto(env.sites.root.url + urlPath);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta).toBe(CONTENT_SECURITY_POLICY);
      for (const v of await page.evaluate(() => (window as any).__violations as string[])) problems.push(`${urlPath}: ${v}`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(env.sites.root.origin))).toEqual([]);
  });

  it('really blocks inline script (the check above can fail)', async () => {
    const { context, page } = await watchedPage();
    await page.goto(`${env.sites.root.url}articles/${ARTICLE_SLUG}/`);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      return new Promise((resolve) => setTimeout(() => resolve((window as any).__ran === true), 50));
    });
    expect(ran).toBe(false);
    // Reported once per policy (header and meta).
    const violations: string[] = await page.evaluate(() => (window as any).__violations);
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) expect(v).toMatch(/^script-src/);
    await context.close();
  });
});

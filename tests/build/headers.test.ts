/**
 * The security headers of the built site (dist/_headers, generated from
 * src/lib/securityHeaders.ts), exactly as hosts that read `_headers` send them,
 * and why the header CSP does not require Trusted Types: Pagefind's search UI
 * does not run under it (checked in Debian Chromium).
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { parseHeadersFile, serveSite } from '../../scripts/lib/serveSite.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/consts.ts';
import { SECURITY_HEADERS } from '../../src/lib/securityHeaders.ts';

const dirs = inject('siteDirs');

/** Every header of every page, written out: a change to any of them must change this test. */
const EXPECTED: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TRUSTED_TYPES = "require-trusted-types-for 'script'";

async function pageRules(dir: string) {
  const text = await readFile(path.join(dir, '_headers'), 'utf8');
  const rule = parseHeadersFile(text).find((r) => r.pattern === '/*');
  if (!rule) throw new Error(`${dir}/_headers has no /* rule`);
  return { text, headers: rule.headers };
}

describe('dist/_headers', () => {
  for (const which of ['root', 'sub'] as const) {
    it(`sends each security header exactly once, with exactly its value (${which} build)`, async () => {
      const { headers } = await pageRules(dirs[which]);
      const names = headers.map(([name]) => name);
      expect(new Set(names).size, 'a header is repeated').toBe(names.length);
      expect(Object.fromEntries(headers)).toEqual(EXPECTED);
    });
  }

  it('is the same file for a domain root and a sub-path (its paths are relative to dist/)', async () => {
    expect((await pageRules(dirs.sub)).text).toBe((await pageRules(dirs.root)).text);
  });

  it('keeps the header-only directives out of the <meta> policy, and requires no Trusted Types', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toContain('trusted-types');
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let withTrustedTypes: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    // A copy of the site whose header CSP also requires Trusted Types.
    withTrustedTypes = await mkdtemp(path.join(tmpdir(), 'trusted-types-'));
    await cp(dirs.root, withTrustedTypes, { recursive: true });
    const text = await readFile(path.join(dirs.root, '_headers'), 'utf8');
    await writeFile(path.join(withTrustedTypes, '_headers'), text.replace("frame-ancestors 'none'", `frame-ancestors 'none'; ${TRUSTED_TYPES}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens /search/ of the site in `dir`, searches, and reports the headers, the results shown and any CSP violation. */
  async function search(dir: string) {
    const site = await serveSite(dir, '/');
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__violations.push(`${e.violatedDirective}: ${e.sample.split('|')[0]}`),
      );
    });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${site.url}search/`);
      await page.locator('#search input').fill('Zhou Hongyi', { timeout: 5_000 }).catch(() => {});
      const results = page.locator('.pagefind-ui__result-link');
      await results.first().waitFor({ timeout: 5_000 }).catch(() => {});
      return {
        headers: response!.headers(),
        results: await results.count(),
        violations: [...new Set(await page.evaluate(() => (window as any).__violations as string[]))],
      };
    } finally {
      await context.close();
      await site.close();
    }
  }

  it('search works with the headers as generated: results, no violation', async () => {
    const { headers, results, violations } = await search(dirs.root);
    for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(results).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it(`search breaks under ${TRUSTED_TYPES}, which is why the header leaves it out`, async () => {
    const { headers, results, violations } = await search(withTrustedTypes);
    expect(headers['content-security-policy']).toContain(TRUSTED_TYPES);
    // If this fails, Pagefind now runs under Trusted Types: add the directive to
    // HEADER_ONLY_CSP in src/lib/securityHeaders.ts and turn this into a check that it works.
    expect(results).toBe(0);
    expect(violations).toEqual(expect.arrayContaining(['require-trusted-types-for: Element innerHTML']));
  });
});

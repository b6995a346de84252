/** Page-weight budgets (issue: performance). Sizes, not timings, so they are stable in CI. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, budgetFailures, measurePage } from '../../scripts/lib/pageWeight.ts';
import { published, pagePaths } from '../helpers/site.ts';

/** The article these checks open: the first one published (every article is built by the same page). */
const ARTICLE_SLUG = (await published(inject('siteDirs').root)).articles[0]!.slug;

const dir = inject('siteDirs').root;

describe('page-weight budgets', () => {
  it('the article page needs no JavaScript and stays within its budget of gzip HTML + CSS (15 KB)', async () => {
    const weight = await measurePage(dir, `articles/${ARTICLE_SLUG}/`);
    expect(budgetFailures(weight, { isArticle: true })).toEqual([]);
    expect(weight.totals.html.gzip + weight.totals.css.gzip).toBeLessThanOrEqual(BUDGETS.articleHtmlCssGzip);
    expect(weight.totals.css.raw).toBeGreaterThan(0);
  });

  it('every other page is within the JavaScript, third-party and layout-shift budgets', async () => {
    const failures: string[] = [];
    for (const page of await pagePaths(dir)) {
      const weight = await measurePage(dir, page);
      // /search/ is the one page whose purpose needs a script (Pagefind): its JavaScript is a marked
      // enhancement, never required to read, and loaded on no other page. Every other budget still applies.
      const failed = budgetFailures(weight, { isArticle: false });
      failures.push(...(page === 'search/' ? failed.filter((f) => !f.includes('gzip of JavaScript')) : failed));
    }
    expect(failures).toEqual([]);
  });

  it('loads search JavaScript only on /search/, and none of it is required to read', async () => {
    for (const page of await pagePaths(dir)) {
      const weight = await measurePage(dir, page);
      expect(weight.requiredJsBytes, page).toBe(0);
      if (page !== 'search/') expect(weight.totals.js.raw, page).toBe(0);
    }
  });

  it('sees scripts, remote files, web fonts and unsized images when a page has them', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'weight-'));
    await mkdir(path.join(dist, 'a'));
    await writeFile(path.join(dist, 'app.js'), 'console.log("x");'.repeat(400));
    await writeFile(path.join(dist, 'style.css'), '@font-face{src:url(/f.woff2)} body{color:red}');
    await writeFile(path.join(dist, 'f.woff2'), 'font');
    await writeFile(
      path.join(dist, 'a/index.html'),
      '<link rel="stylesheet" href="/style.css"><script src="/app.js"></script><img src="https://cdn.example/x.png"><p>hi</p>',
    );
    const weight = await measurePage(dist, 'a/');
    expect(weight.requiredJsBytes).toBeGreaterThan(0);
    expect(weight.remoteRequests).toBe(1);
    expect(weight.webFonts).toBe(1);
    expect(weight.unsizedImages).toBe(1);
    expect(budgetFailures(weight, { isArticle: true }).map((f) => f.split(': ')[1]!.split(' ').slice(1).join(' '))).toEqual([
      expect.stringContaining('JavaScript required to read'),
      expect.stringContaining('third-party requests'),
      expect.stringContaining('images without width and height'),
      expect.stringContaining('web fonts'),
    ]);
  });
});

/**
 * With the site's styles off, the article body reads as the article: each name
 * once, and the claim markers as short annotations between the words.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSites } from '../helpers/browser.ts';
import { SEED_ARTICLE_SLUG } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

const env = useBrowserAndSites();
const [, ...paragraphs] = (await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/seed-article.txt'), 'utf8')).trim().split('\n').map((l) => l.trim());

describe('the article text with styles off', () => {
  it('is the seed text, with only short annotations added', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.sites.root.url}articles/${SEED_ARTICLE_SLUG}/`);
    const result = await page.evaluate(() => {
      for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) sheet.remove();
      const body = document.querySelector('[data-article-body]')!;
      // What is rendered: the verdict notes stay hidden by the browser's own styles.
      const annotations = [...body.querySelectorAll('[data-annotation]')].filter((a) => a.getClientRects().length > 0).map((a) => (a as HTMLElement).innerText.trim());
      const withAnnotations = [...body.querySelectorAll(':scope > p')].map((p) => (p as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      for (const a of body.querySelectorAll('[data-annotation]')) a.remove();
      const text = [...body.querySelectorAll(':scope > p')].map((p) => (p as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
      return { text, withAnnotations, annotations };
    });
    await page.close();
    // Without the annotations, word for word the article.
    expect(result.text).toEqual(paragraphs);
    // The annotations are the claim markers only (the verdict notes stay hidden), each a symbol and a number.
    expect(result.annotations.length).toBeGreaterThan(10);
    for (const annotation of result.annotations) expect(annotation).toMatch(/^\S\s\d+$/u);
    // With them, every word is still there once, in order.
    const total = result.withAnnotations.join(' ');
    for (const name of ['Zhou Hongyi', 'Fang Han', 'Kunlun Tech', 'Nvidia', 'Weibo']) {
      expect(total.split(name).length - 1, name).toBe(paragraphs.join(' ').split(name).length - 1);
    }
  });
});

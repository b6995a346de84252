/** No third-party requests: everything a page loads comes from the site itself. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, page, pagePaths } from '../helpers/site.ts';

const dir = inject('siteDirs').root;
const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:');

describe('third-party requests', () => {
  it('no page loads a script, style, image, font or frame from another origin', async () => {
    const remote: string[] = [];
    for (const urlPath of await pagePaths(dir)) {
      const html = await page(dir, urlPath);
      const loads = [
        ...html.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]').map((e) => e.getAttribute('src')!),
        ...html.querySelectorAll('link[href]').filter((e) => !['canonical', 'alternate'].includes(e.getAttribute('rel') ?? '')).map((e) => e.getAttribute('href')!),
        ...html.querySelectorAll('img[srcset], source[srcset]').map((e) => e.getAttribute('srcset')!),
      ];
      remote.push(...loads.filter(isRemote).map((u) => `${urlPath}: ${u}`));
    }
    expect(remote).toEqual([]);
  });

  it('no stylesheet imports or references another origin', async () => {
    const css = (await listFiles(dir)).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const urls = [...text.matchAll(/url\(\s*['"]?([^'")]+)/g), ...text.matchAll(/@import\s+['"]([^'"]+)/g)].map((m) => m[1]!);
      expect(urls.filter(isRemote), file).toEqual([]);
    }
  });

  it('marks every external link as external with rel="noopener noreferrer"', async () => {
    for (const urlPath of await pagePaths(dir)) {
      for (const a of (await page(dir, urlPath)).querySelectorAll('a[href^="http"]')) {
        expect(a.getAttribute('rel'), `${urlPath} ${a.getAttribute('href')}`).toContain('noopener noreferrer');
        expect(a.classList.contains('external')).toBe(true);
      }
    }
  });
});

/**
 * Every internal link and #fragment in the built site resolves, and no link
 * escapes the base path of a sub-path deploy. External links are well-formed https.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, pagePaths } from '../helpers/site.ts';
import { SITE } from '../../src/consts.ts';

const dirs = inject('siteDirs');
const siteUrl = inject('siteUrl');
const subPath = inject('subPath');

async function checkLinks(dir: string, base: string) {
  const origin = 'http://site.test';
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = async (urlPath: string) => {
    if (!ids.has(urlPath)) {
      const html = await page(dir, urlPath);
      ids.set(urlPath, new Set(html.querySelectorAll('[id]').map((e) => e.id)));
    }
    return ids.get(urlPath)!;
  };
  let internal = 0;
  let external = 0;
  for (const from of await pagePaths(dir)) {
    const html = await page(dir, from);
    const pageUrl = new URL(`${base}${from}`, origin);
    const refs = [
      ...html.querySelectorAll('a[href]').map((e) => e.getAttribute('href')!),
      ...html.querySelectorAll('link[href]:not([rel="canonical"])').map((e) => e.getAttribute('href')!),
      ...html.querySelectorAll('[src]').map((e) => e.getAttribute('src')!),
    ];
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      // The one non-web link: error reports by email to the site's own contact address.
      if (url.protocol === 'mailto:') {
        if (url.pathname !== SITE.contact) broken.push(`${from}: ${ref} writes to someone other than ${SITE.contact}`);
        continue;
      }
      if (url.origin !== origin) {
        external++;
        if (url.protocol !== 'https:' || !url.hostname.includes('.')) broken.push(`${from}: external link ${ref} is not a well-formed https URL`);
        continue;
      }
      internal++;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${from}: ${ref} escapes the base path ${base}`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(base.length));
      const file = target === '' || target.endsWith('/') ? path.join(target, 'index.html') : target;
      if (!existsSync(path.join(dir, file))) {
        broken.push(`${from}: ${ref} → no file ${file}`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const urlPath = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
        if (!(await idsOf(urlPath)).has(id)) broken.push(`${from}: ${ref} → no element #${id}`);
      }
    }
  }
  return { broken, internal, external };
}

describe('links', () => {
  it('resolve everywhere in the domain-root build', async () => {
    const { broken, internal, external } = await checkLinks(dirs.root, '/');
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(100);
    expect(external).toBeGreaterThan(10);
  });

  it('resolve and stay under the base in the sub-path build', async () => {
    const { broken, internal } = await checkLinks(dirs.sub, subPath);
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(100);
  });

  it('canonical URLs are absolute on the configured site', async () => {
    for (const [dir, base] of [[dirs.root, '/'], [dirs.sub, subPath]] as const) {
      for (const urlPath of await pagePaths(dir)) {
        const canonical = (await page(dir, urlPath)).querySelector('link[rel="canonical"]')?.getAttribute('href');
        if (urlPath === '404.html') continue;
        expect(canonical, urlPath).toBe(`${siteUrl}${base}${urlPath}`);
      }
    }
  });
});

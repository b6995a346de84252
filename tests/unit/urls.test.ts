import { describe, expect, it } from 'vitest';
import { articleUrl, claimPageUrl, claimPassageUrl, withBase } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/lib/siteConfig.ts';

describe('withBase', () => {
  it.each([
    ['/', '/articles/x/', '/articles/x/'],
    ['/news/', '/articles/x/', '/news/articles/x/'],
    ['/news', 'articles/x/', '/news/articles/x/'],
  ])('joins base %s and %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
  it('builds claim URLs under a sub-path', () => {
    expect(articleUrl('a', '/news/')).toBe('/news/articles/a/');
    expect(claimPassageUrl('a', 'c', '/news/')).toBe('/news/articles/a/#claim-c');
    expect(claimPageUrl('a', 'c', '/news/')).toBe('/news/articles/a/claims/c/');
  });
});

describe('siteConfig', () => {
  it('defaults to a domain root', () => {
    expect(siteConfig({})).toEqual({ site: 'https://example.org', base: '/' });
  });
  it.each([
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    ['/a/b/', '/a/b/'],
    ['/', '/'],
  ])('normalises BASE_PATH %j to %j', (raw, base) => {
    expect(siteConfig({ BASE_PATH: raw, SITE_URL: 'https://x.example/ignored/path' })).toEqual({ site: 'https://x.example', base });
  });
});

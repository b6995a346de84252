/**
 * Published addresses are permanent: every file, page and anchor that was ever
 * published (tests/fixtures/published-urls.txt, taken from the site before the
 * content model changed) is still there, at the domain root and under a sub-path.
 * Add new URLs to the list when they are published; never remove one.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/site.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

const dirs = inject('siteDirs');
const published = (await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/published-urls.txt'), 'utf8')).split('\n').filter(Boolean);

describe.each(['root', 'sub'] as const)('published URLs (%s build)', (which) => {
  it('every published file still exists', () => {
    const files = published.filter((u) => !u.includes('#'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !existsSync(path.join(dirs[which], f)))).toEqual([]);
  });

  it('every published anchor is still on its page', async () => {
    const anchors = published.filter((u) => u.includes('#'));
    expect(anchors.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const url of anchors) {
      const [where, id] = url.split('#') as [string, string];
      if (!(await page(dirs[which], where)).getElementById(id)) missing.push(url);
    }
    expect(missing).toEqual([]);
  });
});

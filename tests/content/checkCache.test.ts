/**
 * The content check's per-file cache (src/lib/content/checkCache.ts): a cached check reports exactly
 * what an uncached one does, before and after edits, and reuses only what is still true.
 */
import { readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/checkContent.ts';
import { openCheckCache } from '../../src/lib/content/checkCache.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { PROJECT_ROOT, put, tempProject } from '../helpers/content.ts';
import { openTextOutlines, textOutline } from '../../src/lib/mdx.ts';
import { TODAY } from '../helpers/fixtures.ts';

const CLAIM = 'content/claims/china-reaction-to-openai-sora/experts-impressed.md';
const PERSON = 'content/people/yin-ye.yaml';

async function edit(root: string, file: string, change: (text: string) => string) {
  const at = path.join(root, file);
  await writeFile(at, change(await readFile(at, 'utf8')));
}

/** The files whose kept results a cached check would reuse. */
async function reused(root: string, today = TODAY) {
  const content = await readContent(root, await openCheckCache(root, today));
  return new Set(content.entries.filter((e) => e.checked).map((e) => e.file));
}

describe('the content check’s cache', () => {
  it('finds what an uncached check finds, and after an edit parses only the edited file', async () => {
    const root = await tempProject(async (root) => {
      await edit(root, CLAIM, (text) => text.replace('verdict: unverifiable', 'verdict: maybe'));
      await put(root, 'content/people/broken.yaml', 'name: [unclosed\n');
    });
    const check = (cache: boolean) => checkContent(root, { today: TODAY, cache });
    const uncached = await check(false);
    expect(uncached.length).toBeGreaterThanOrEqual(2);
    expect(await check(true)).toEqual(uncached);
    const files = await reused(root);
    expect(files.has(CLAIM) && files.has(PERSON) && files.has('content/people/broken.yaml')).toBe(true);
    expect(await check(true)).toEqual(uncached);

    // One file fixed: its problem goes, and only it is read afresh.
    await edit(root, CLAIM, (text) => text.replace('verdict: maybe', 'verdict: unverifiable'));
    const afterEdit = await reused(root);
    expect(afterEdit.has(CLAIM)).toBe(false);
    expect(afterEdit.size).toBe(files.size - 1);
    const fixed = await check(true);
    expect(fixed).toEqual(await check(false));
    expect(fixed.some((p) => p.file === CLAIM)).toBe(false);

    // A problem between files is found afresh even when every file involved is cached: the person a
    // review's speaker names is removed, and the review (unchanged, cached) now points at nothing.
    await rm(path.join(root, PERSON));
    const removed = await check(true);
    expect(removed).toEqual(await check(false));
    expect(removed.some((p) => p.file.startsWith('content/claims/') && p.field === 'speaker' && p.message.includes('"yin-ye" has no file'))).toBe(true);
  });

  it('keeps nothing across days: a review dated tomorrow is in the future today, and fine tomorrow', async () => {
    const tomorrow = new Date(TODAY.getTime() + 24 * 3600 * 1000);
    const date = tomorrow.toISOString().slice(0, 10);
    const root = await tempProject((root) => edit(root, CLAIM, (text) => text.replace(/^reviewed: .*$/m, `reviewed: ${date}`)));
    const today = await checkContent(root, { today: TODAY, cache: true });
    expect(today).toContainEqual(expect.objectContaining({ file: CLAIM, field: 'reviewed' }));
    expect((await reused(root, tomorrow)).size).toBe(0);
    expect(await checkContent(root, { today: tomorrow, cache: true })).toEqual(await checkContent(root, { today: tomorrow }));
    expect(await checkContent(root, { today: tomorrow, cache: true })).not.toContainEqual(expect.objectContaining({ file: CLAIM, field: 'reviewed' }));
  });
});

describe('the outlines the check leaves for the views', () => {
  it('holds each article text’s outline under the body Astro gives the views, so they parse no text again', async () => {
    const root = await tempProject(async (root) => symlink(path.join(PROJECT_ROOT, 'src'), path.join(root, 'src'), 'dir'));
    await checkContent(root, { today: TODAY, cache: true });
    const outlines = (await openTextOutlines(root))!;
    const articles = await readdir(path.join(root, 'content/articles'));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      // Astro's body of an MDX entry: the text after the frontmatter, trimmed.
      const body = (await readFile(path.join(root, 'content/articles', file), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '').trim();
      const outline = outlines.through(() => {
        throw new Error(`${file} was parsed again`);
      })(body);
      expect(outline).toEqual(textOutline(body));
      expect(outline.claimOrder.length).toBeGreaterThan(0);
    }
  });
});

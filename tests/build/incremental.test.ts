/**
 * Incremental publishing (Astro's experimental.incrementalBuild with a cacheKey on every page): after
 * one claim is edited, the rebuild renders that claim's pages and the pages that list it, copies the
 * rest, draws only images whose picture changed, and publishes exactly what a clean build of the same
 * content would. The replaced site is deleted after each build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyProject, runScript } from '../helpers/project.ts';
import { SEED_ARTICLE_SLUG as SLUG, listFiles } from '../helpers/site.ts';
import { BUILD_CACHE } from '../../src/lib/buildCache.ts';
import { REPLACED_SITES, replacedSitesDeleted } from '../../scripts/lib/replacedSites.ts';

const EDITED = `content/claims/${SLUG}/gpt-4-upcoming.md`;
const NOTE = 'Checked again after a reader’s report.';
const TEXT_EDIT = 'A line an editor added to the text, outside every claim.';
const STATEMENT_EDIT = '(as the article put it)';

/** Every file of a built site with its hash. */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of (await listFiles(dir)).sort()) out[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return out;
}

/**
 * The pages a build copied from its cache (logged "(restored)" or "(cached)" right after the path), and the rest.
 * Astro colours its log when CI is set (no terminal needed), so the colour codes go first.
 */
const copied = (log: string) => [...stripVTControlCharacters(log).matchAll(/[├└]─ (\/\S+?)\s*\((?:restored|cached)\)/g)].map((m) => m[1]!);
const rendered = (log: string) => {
  const all = [...stripVTControlCharacters(log).matchAll(/[├└]─ (\/[^\s(]+?)(?=\s|\(|\d\d:\d\d|$)/g)].map((m) => m[1]!);
  return all.filter((p) => !copied(log).includes(p));
};

describe('a rebuild after one claim’s summary, then the text, then the claim’s statement is edited', () => {
  it('renders only what shows that claim, and publishes what a clean build would', async () => {
    const root = await copyProject();
    const first = runScript(root, 'scripts/build.mjs');
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(path.join(root, BUILD_CACHE.incrementalManifest))).toBe(true);

    // Each cached image by its inode: drawing one again writes a new file, even when the PNG is the same.
    const images = () => Object.fromEntries(readdirSync(path.join(root, BUILD_CACHE.socialImages)).map((name) => [name, statSync(path.join(root, BUILD_CACHE.socialImages, name)).ino]));
    const drawn = images();
    const file = path.join(root, EDITED);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: (.*)$/m, (_, s: string) => `summary: ${s} ${NOTE}`));
    const second = runScript(root, 'scripts/build.mjs');
    expect(second.status, second.stderr).toBe(0);
    const log = second.stdout;

    // The edited claim's page and its article are rendered again; the other claims' pages are copied.
    expect(rendered(log)).toEqual(expect.arrayContaining([`/articles/${SLUG}/claims/gpt-4-upcoming/index.html`, `/articles/${SLUG}/index.html`]));
    expect(copied(log)).toEqual(expect.arrayContaining([`/articles/${SLUG}/claims/sora-released/index.html`]));
    // No image shows a summary: none is drawn again, and the edited claim's is still published.
    expect(images()).toEqual(drawn);
    expect(existsSync(path.join(root, `dist/articles/${SLUG}/claims/gpt-4-upcoming/og.png`))).toBe(true);
    expect(rendered(log).filter((p) => p.includes('/claims/') && p.startsWith('/articles/') && !p.includes('gpt-4-upcoming'))).toEqual([]);
    // A summary is shown by no list: the filtered tables and people's pages are copied too.
    expect(copied(log)).toEqual(expect.arrayContaining(['/claims/verdict/inaccurate/index.html', '/claims/sort/speaker/index.html', '/people/zhou-hongyi/index.html']));
    expect(await readFile(path.join(root, `dist/articles/${SLUG}/claims/gpt-4-upcoming/index.html`), 'utf8')).toContain(NOTE);

    // The replaced site is deleted after the build has ended, and so is one an earlier build left behind.
    const trash = path.join(root, REPLACED_SITES);
    expect(existsSync(trash)).toBe(true);
    expect(await replacedSitesDeleted(root)).toBe(true);
    await mkdir(path.join(trash, 'left-behind/articles'), { recursive: true });
    await writeFile(path.join(trash, 'left-behind/articles/index.html'), '<p>old</p>');

    // An edit to the article's text outside every claim: no view changes, so only the text keys its page,
    // which is rendered again (it was copied, stale, when the key left the text out); the claims' pages are not.
    const article = path.join(root, `content/articles/${SLUG}.mdx`);
    await writeFile(article, `${(await readFile(article, 'utf8')).trimEnd()}\n\n${TEXT_EDIT}\n`);
    const third = runScript(root, 'scripts/build.mjs');
    expect(third.status, third.stderr).toBe(0);
    expect(rendered(third.stdout)).toContain(`/articles/${SLUG}/index.html`);
    expect(rendered(third.stdout).filter((p) => p.includes('/claims/'))).toEqual([]);
    expect(await readFile(path.join(root, `dist/articles/${SLUG}/index.html`), 'utf8')).toContain(TEXT_EDIT);
    expect(await replacedSitesDeleted(root)).toBe(true);

    // The claim's statement is on its image: that one image is drawn, the site links the new file, and the
    // old picture leaves the cache.
    const beforeEdit = images();
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^claim: (.*)$/m, (_, s: string) => `claim: ${s} ${STATEMENT_EDIT}`));
    const fourth = runScript(root, 'scripts/build.mjs');
    expect(fourth.status, fourth.stderr).toBe(0);
    const redrawn = Object.keys(images()).filter((name) => !(name in drawn));
    expect(redrawn).toHaveLength(1);
    expect(statSync(path.join(root, `dist/articles/${SLUG}/claims/gpt-4-upcoming/og.png`)).ino).toBe(images()[redrawn[0]!]);
    expect(Object.keys(beforeEdit).filter((name) => !(name in images()))).toHaveLength(1);
    const incremental = await files(path.join(root, 'dist'));

    // A clean build of the same content, with no cache, gives the same files byte for byte.
    await rm(path.join(root, BUILD_CACHE.root), { recursive: true, force: true });
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    const clean = runScript(root, 'scripts/build.mjs');
    expect(clean.status, clean.stderr).toBe(0);
    expect(rendered(clean.stdout).length).toBeGreaterThan(50);
    expect(copied(clean.stdout)).toEqual([]);
    expect(await files(path.join(root, 'dist'))).toEqual(incremental);

    // A style changed in a component no claim page imports still renames the one stylesheet every page
    // links: every page is rendered again, and none links a stylesheet that is not there.
    const table = path.join(root, 'src/components/ClaimsTable.astro');
    await writeFile(table, (await readFile(table, 'utf8')).replace('.claims-shown {', '.claims-shown {\n    letter-spacing: 0.01em;'));
    const restyled = runScript(root, 'scripts/build.mjs');
    expect(restyled.status, restyled.stderr).toBe(0);
    expect(copied(restyled.stdout)).toEqual([]);
    const missing: string[] = [];
    for (const file of (await listFiles(path.join(root, 'dist'))).filter((f) => f.endsWith('.html'))) {
      for (const [, href] of (await readFile(path.join(root, 'dist', file), 'utf8')).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)) {
        if (!existsSync(path.join(root, 'dist', href!))) missing.push(`${file}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
  }, 300_000);
});

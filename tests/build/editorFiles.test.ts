/**
 * Any editor's file builds the same: a copy of the project whose every content
 * file was saved the Windows way (a UTF-8 byte-order mark and CRLF line
 * endings) must publish exactly the same site as an untouched copy.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runScript } from '../helpers/project.ts';
import { listFiles } from '../helpers/site.ts';
import { CONTENT_DIR } from '../../src/consts.ts';

/** The same for both builds, so every absolute URL matches. */
const ENV = { SITE_URL: 'https://editors.example', BASE_PATH: '/' };
const BOM = '\uFEFF';

/**
 * Hard-wraps the first long paragraph of every article (in both copies): a line
 * ending inside a paragraph is kept in the page, so this is where a CRLF would
 * show if the renderer were handed the raw file. Breaks at a space outside any tag.
 */
async function wrapAParagraph(root: string) {
  const dir = path.join(root, CONTENT_DIR, 'articles');
  for (const file of (await listFiles(dir)).filter((f) => f.endsWith('.mdx'))) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const bodyStart = text.indexOf('\n---\n', 4) + 5;
    const lines = text.slice(bodyStart).split('\n');
    const at = lines.findIndex((l) => /^[\p{L}<]/u.test(l) && l.length > 120);
    expect(at, `${file}: no paragraph to wrap`).toBeGreaterThanOrEqual(0);
    const line = lines[at]!;
    let depth = 0;
    let cut = -1;
    for (let i = 0; i < line.length && cut < 0; i++) {
      if (line[i] === '<') depth++;
      else if (line[i] === '>') depth--;
      else if (line[i] === ' ' && depth === 0 && i > 40 && /\p{L}/u.test(line[i + 1] ?? '')) cut = i;
    }
    expect(cut, `${file}: no space to wrap at`).toBeGreaterThan(0);
    lines[at] = `${line.slice(0, cut)}\n${line.slice(cut + 1)}`;
    await writeFile(path.join(dir, file), text.slice(0, bodyStart) + lines.join('\n'));
  }
}

/** Rewrites every file under content/ with a BOM and CRLF line endings; returns their paths. */
async function saveLikeWindows(root: string): Promise<string[]> {
  const dir = path.join(root, CONTENT_DIR);
  const files = (await listFiles(dir)).sort();
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), BOM + text.replace(/\r?\n/g, '\r\n'));
  }
  return files;
}

describe('content saved with a byte-order mark and CRLF line endings', () => {
  let plain: string;
  let windows: string;
  let converted: string[];
  let windowsRoot: string;

  beforeAll(async () => {
    const [plainRoot, otherRoot] = [await copyProject(), await copyProject()];
    windowsRoot = otherRoot;
    for (const root of [plainRoot, windowsRoot]) await wrapAParagraph(root);
    converted = await saveLikeWindows(windowsRoot);
    for (const root of [plainRoot, windowsRoot]) {
      const result = runScript(root, 'scripts/build.mjs', [], ENV);
      expect(result.status, `${root}\n${result.stdout}\n${result.stderr}`).toBe(0);
    }
    plain = path.join(plainRoot, 'dist');
    windows = path.join(windowsRoot, 'dist');
  }, 300_000);

  it('converted every collection’s files (the test edits something)', async () => {
    for (const ext of ['.mdx', '.md', '.yaml']) expect(converted.some((f) => f.endsWith(ext)), ext).toBe(true);
    for (const file of converted) {
      const text = await readFile(path.join(windowsRoot, CONTENT_DIR, file), 'utf8');
      expect(text.startsWith(BOM), file).toBe(true);
      expect(text, file).toContain('\r\n');
    }
  });

  it('passes `npm run check:content` with no problem and no warning', () => {
    const check = runScript(windowsRoot, 'scripts/check-content.ts');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Content check passed');
  });

  it('publishes the same files', async () => {
    expect((await listFiles(windows)).sort()).toEqual((await listFiles(plain)).sort());
  });

  it('publishes byte-identical pages, feeds and data', async () => {
    const files = (await listFiles(plain)).filter((f) => /\.(html|xml|json)$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(plain, file)), readFile(path.join(windows, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});

/**
 * Files saved by any editor read the same: a UTF-8 byte-order mark and CRLF
 * (or bare CR) line endings change nothing the content check sees, and a real
 * mistake in such a file is reported once, on the same line as in an LF file.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, readContent } from '../../src/lib/content/readContent.ts';
import { checkRawContent } from '../../src/lib/content/checkContent.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { firstArticle, realContent, tempProject } from '../helpers/content.ts';
import { TODAY } from '../helpers/fixtures.ts';

const BOM = '\uFEFF';

/** Rewrites every file under `root/content` with `change`. */
async function rewriteAll(root: string, change: (text: string) => string) {
  const dir = path.join(root, 'content');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const e of files) {
    const file = path.join(e.parentPath, e.name);
    await writeFile(file, change(await readFile(file, 'utf8')));
  }
}

const windows = (text: string) => BOM + text.replace(/\r?\n/g, '\r\n');
const oldMac = (text: string) => text.replace(/\r?\n/g, '\r');

describe('normalizeText', () => {
  it('drops a leading byte-order mark and turns CRLF and CR into LF', () => {
    expect(normalizeText(`${BOM}a\r\nb\rc\n`)).toBe('a\nb\nc\n');
  });

  it('keeps a byte-order mark that is not at the start (it is text there)', () => {
    expect(normalizeText(`a${BOM}b`)).toBe(`a${BOM}b`);
  });
});

describe('content check: files saved with a BOM and CRLF or CR line endings', () => {
  for (const [name, change] of [['BOM + CRLF', windows], ['CR only', oldMac]] as const) {
    it(`${name}: reads every entry exactly as the LF files, and finds no problem`, async () => {
      const content = await readContent(await tempProject((root) => rewriteAll(root, change)));
      const problems = checkRawContent(content, { today: TODAY });
      expect(problems, formatProblems(problems)).toEqual([]);
      expect(content).toEqual(await realContent());
      // The article and its reviews were really rewritten and really read.
      const { article, claims } = firstArticle(content);
      expect(claims.length).toBeGreaterThan(0);
      expect(article.body).not.toMatch(/[\r\uFEFF]/);
    });
  }

  it('reports a mistake in a BOM + CRLF article once, on the line an LF file gives', async () => {
    const { article } = firstArticle(await realContent());
    const breakIt = (text: string) => text.replace('<Claim id="', '<Claim id="ghost-');
    const lf = await tempProject(async (root) => {
      const file = path.join(root, article.file);
      await writeFile(file, breakIt(await readFile(file, 'utf8')));
    });
    const crlf = await tempProject(async (root) => {
      await rewriteAll(root, windows);
      const file = path.join(root, article.file);
      await writeFile(file, breakIt(await readFile(file, 'utf8')));
    });
    const checkAt = async (root: string) => checkRawContent(await readContent(root), { today: TODAY });
    const expected = await checkAt(lf);
    const got = await checkAt(crlf);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((p) => /\(line \d+\)/.test(p.field))).toBe(true);
    expect(got).toEqual(expected);
  });
});

/**
 * In `npm run dev`, content problems show in the browser with the same words as
 * the build and `npm run check:content`, and go away when the file is fixed; social
 * images are drawn on request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, runScript } from '../helpers/project.ts';
import { buildEnv } from '../../scripts/lib/buildEnv.ts';

const PORT = 4391;
let root: string;
let server: ChildProcess;
let original: string;
const claimFile = () => path.join(root, 'content/claims/china-reaction-to-openai-sora/gpt-4-upcoming.md');

async function getPage(): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${PORT}/`, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
}

/** Polls until `test` passes or 30 s have gone by. */
async function eventually<T>(get: () => Promise<T>, test: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 30_000;
  let last: T | undefined;
  while (Date.now() < end) {
    try {
      last = await get();
      if (test(last)) return last;
    } catch {
      // The server is not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}

beforeAll(async () => {
  root = await copyProject();
  original = await readFile(claimFile(), 'utf8');
  await writeFile(claimFile(), original.replace(/^sources:\n  - .*$/m, 'sources:\n  - no-such-source'));
  server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: root,
    env: buildEnv(),
    stdio: 'ignore',
  });
}, 60_000);

afterAll(() => {
  server?.kill();
});

describe('npm run dev with a content problem', () => {
  it('shows the same problem, in the same words as npm run check:content, instead of the page', async () => {
    const check = runScript(root, 'scripts/check-content.ts');
    const line = check.stderr.split('\n').find((l) => l.includes('no-such-source'))!;
    expect(line).toMatch(/gpt-4-upcoming\.md › sources\[0\]: "no-such-source" has no file in content\/sources\//);
    const page = await eventually(getPage, (p) => p.status === 500);
    // The page escapes the text; compare with the same escaping.
    expect(page.text).toContain(line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  }, 60_000);

  it('serves the site again once the file is fixed', async () => {
    await writeFile(claimFile(), original);
    const page = await eventually(getPage, (p) => p.status === 200);
    expect(page.text).toContain('<h1');
  }, 60_000);

  it('draws a claim’s social image on request, and lists none (a build links them)', async () => {
    const image = await fetch(`http://127.0.0.1:${PORT}/articles/china-reaction-to-openai-sora/claims/gpt-4-upcoming/og.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const { width, height } = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([width, height]).toEqual([1200, 630]);
    expect((await fetch(`http://127.0.0.1:${PORT}/social-images.json`)).status).toBe(404);
  }, 60_000);
});

/**
 * Builds copies of the project: one with hostile text in its content (it must
 * come out as text everywhere), and broken ones (the build must fail, name the
 * problems, and leave the previous dist/ exactly as it was).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { copyProject, runScript } from '../helpers/project.ts';
import { BUILD_CACHE } from '../../src/lib/buildCache.ts';
import { SEED_ARTICLE_SLUG as SLUG, fingerprint, listFiles } from '../helpers/site.ts';

const HOSTILE = `</script><script>alert("x")</script> <b>bold</b> & "quoted" 'single'`;
/** The same text as an editor must write it in a prose field, where markup is refused. */
const HOSTILE_PROSE = '&lt;/script&gt;&lt;script&gt;alert("x")&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" \'single\'';
const ARTICLE_FILE = `content/articles/${SLUG}.mdx`;
const CLAIM_FILE = `content/claims/${SLUG}/gpt-4-upcoming.md`;

async function edit(root: string, file: string, change: (text: string) => string) {
  const full = path.join(root, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

describe('hostile text in content', () => {
  let dist: string;
  beforeAll(async () => {
    const root = await copyProject();
    await edit(root, CLAIM_FILE, (t) => t.replace(/^claim: .*$/m, `claim: ${JSON.stringify(HOSTILE)}`));
    await edit(root, ARTICLE_FILE, (t) => t.replace(/^summary: .*$/m, `summary: ${JSON.stringify(HOSTILE_PROSE)}`));
    await edit(root, 'content/people/fang-han.yaml', (t) => t.replace('name: Fang Han', `name: ${JSON.stringify(HOSTILE)}`));
    const result = runScript(root, 'scripts/build.mjs');
    expect(result.status, result.stderr).toBe(0);
    dist = path.join(root, 'dist');
  }, 120_000);

  it('renders as text in HTML, never as markup', async () => {
    for (const file of [`articles/${SLUG}/index.html`, `articles/${SLUG}/claims/gpt-4-upcoming/index.html`, 'people/fang-han/index.html', 'claims/index.html']) {
      const html = parse(await readFile(path.join(dist, file), 'utf8'));
      // The only script elements are JSON-LD data, and the text made no element.
      for (const script of html.querySelectorAll('script')) expect(script.getAttribute('type'), file).toBe('application/ld+json');
      expect(html.querySelectorAll('b').length, file).toBe(0);
      expect(html.text, file).toContain('<b>bold</b>');
    }
  });

  it('stays inside attribute values', async () => {
    const html = parse(await readFile(path.join(dist, `articles/${SLUG}/index.html`), 'utf8'));
    expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(HOSTILE);
    expect(html.querySelector('meta[property="og:description"]')!.getAttribute('content')).toBe(HOSTILE);
  });

  it('cannot close the JSON-LD script and parses back to the same text', async () => {
    const raw = await readFile(path.join(dist, `articles/${SLUG}/claims/gpt-4-upcoming/index.html`), 'utf8');
    const scripts = [...raw.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!)[0].claimReviewed).toBe(HOSTILE);
    expect(parse(raw).querySelectorAll('script')).toHaveLength(1);
  });

  it('is escaped in /claims.json and the RSS feed', async () => {
    const feed = JSON.parse(await readFile(path.join(dist, 'claims.json'), 'utf8'));
    expect(feed.claims.find((c: { id: string }) => c.id === 'gpt-4-upcoming').claim).toBe(HOSTILE);
    const rss = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('<script>');
  });
});

describe('a failed build', () => {
  it('exits non-zero, lists every problem, and leaves the previous dist/ untouched', async () => {
    const root = await copyProject();
    const good = runScript(root, 'scripts/build.mjs');
    expect(good.status, good.stderr).toBe(0);
    const dist = path.join(root, 'dist');
    const before = await fingerprint(dist);

    await edit(root, ARTICLE_FILE, (t) => t.replace('published: 2024-02-19', 'published: 2024-02-30').replace('<Claim id="made-waves">', '<Claim id="made-wave">'));
    await edit(root, 'content/people/zhou-hongyi.yaml', (t) => t.replace('organization: 360-security-technology', 'organization: qihoo'));
    const bad = runScript(root, 'scripts/build.mjs');

    expect(bad.status).not.toBe(0);
    const output = bad.stdout + bad.stderr;
    expect(output).toContain(`${ARTICLE_FILE} › published: "2024-02-30" is not a real calendar date`);
    expect(output).toMatch(/<Claim id="made-wave"> \(line \d+\): has no review/);
    expect(output).toContain(`content/claims/${SLUG}/made-waves.md › (file name): has no passage in ${ARTICLE_FILE}`);
    expect(output).toContain('content/people/zhou-hongyi.yaml › roles[0].organization: "qihoo" has no file in content/companies/');
    expect(output).toContain('dist/ was left as it was');
    expect(await fingerprint(dist)).toBe(before);
    expect(existsSync(path.join(root, '.build-staging'))).toBe(false);
    // The incremental cache may be half-updated: its manifest is gone, so the next build renders everything.
    expect(existsSync(path.join(root, BUILD_CACHE.incrementalManifest))).toBe(false);

    // The editors' command reports the same problems without building.
    const check = runScript(root, 'scripts/check-content.ts');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('Content check failed with 4 problems');
    expect(check.stderr).toContain('roles[0].organization: "qihoo" has no file');
  }, 120_000);

  it('leaves no output folder when there was none before', async () => {
    const root = await copyProject();
    await edit(root, 'content/sources/scmp-awe-and-fear.yaml', (t) => t.replace(/^url: .*$/m, 'url: javascript:alert(1)'));
    const bad = runScript(root, 'scripts/build.mjs');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain('content/sources/scmp-awe-and-fear.yaml › url: "javascript:alert(1)" uses javascript:');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  }, 60_000);
});

describe('code in an article body', () => {
  /** Appends `lines` to the article, builds, and returns the result with each line's number in the file. */
  async function buildWith(lines: string[], env: Record<string, string> = {}) {
    const root = await copyProject();
    await edit(root, ARTICLE_FILE, (t) => `${t.trimEnd()}\n\n${lines.join('\n\n')}\n`);
    const text = (await readFile(path.join(root, ARTICLE_FILE), 'utf8')).split('\n');
    const result = runScript(root, 'scripts/build.mjs', [], env);
    return { root, result, output: result.stdout + result.stderr, lineOf: (line: string) => text.indexOf(line) + 1 };
  }

  it('never runs: an import of node:fs and a call writing a file stop the build before anything renders them', async () => {
    const canary = path.join(tmpdir(), `pwned-${randomUUID()}`);
    const importLine = "import fs from 'node:fs'";
    const writeLine = `{fs.writeFileSync(${JSON.stringify(canary)}, 'pwned')}`;
    const { root, result, output, lineOf } = await buildWith([importLine, writeLine]);

    expect(result.status).not.toBe(0);
    expect(output).toContain(`${ARTICLE_FILE} › line ${lineOf(importLine)}: an import statement runs code at build time: remove it`);
    expect(output).toContain(`${ARTICLE_FILE} › line ${lineOf(writeLine)}: {fs.writeFileSync(`);
    expect(output).toMatch(/runs code at build time: use no \{…\}: write the text, or &#123; for a literal brace/);
    expect(existsSync(canary)).toBe(false);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    expect(existsSync(path.join(root, '.build-staging'))).toBe(false);
  }, 60_000);

  it('never runs: {process.env.HOME} stops the build and its value appears nowhere', async () => {
    const home = path.join(tmpdir(), `home-${randomUUID()}`);
    const line = 'The build machine’s home is {process.env.HOME}.';
    const { root, result, output, lineOf } = await buildWith([line], { HOME: home });

    expect(result.status).not.toBe(0);
    expect(output).toContain(`${ARTICLE_FILE} › line ${lineOf(line)}: {process.env.HOME} runs code at build time: use no {…}: write the text, or &#123; for a literal brace`);
    expect(output).toContain('Nothing was published');
    expect(output).not.toContain(home);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  }, 60_000);
});

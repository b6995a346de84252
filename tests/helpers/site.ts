/** Reads pages of a built site (see globalSetup.ts). */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { expect } from 'vitest';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ClaimsJsonSchema, type ClaimsJson } from '../../src/lib/schemas/claimsJson.ts';
import { INDEXED_PAGES, indexedPageCount } from '../../src/lib/searchIndex.ts';

/** The article the seed text (tests/fixtures/seed-article.txt) is published as. */
export const SEED_ARTICLE_SLUG = 'china-reaction-to-openai-sora';

export type BuiltClaim = ClaimsJson['claims'][number];

/**
 * What a built site published, read from its /claims.json (validated against
 * the published schema): every claim, and every article with its claims in
 * reading order. Tests iterate over these instead of naming slugs or counts.
 */
export async function published(dir: string): Promise<{ claims: BuiltClaim[]; articles: { slug: string; title: string; claims: BuiltClaim[] }[] }> {
  const { claims } = ClaimsJsonSchema.parse(JSON.parse(await readFile(path.join(dir, 'claims.json'), 'utf8')));
  const articles = new Map<string, { slug: string; title: string; claims: BuiltClaim[] }>();
  for (const claim of claims) {
    if (!articles.has(claim.article.slug)) articles.set(claim.article.slug, { slug: claim.article.slug, title: claim.article.title, claims: [] });
    articles.get(claim.article.slug)!.claims.push(claim);
  }
  return { claims, articles: [...articles.values()] };
}

/** Parsed HTML of a page, by its URL path relative to the site root ("articles/x/"). */
export async function page(dir: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('.html') ? urlPath : path.join(urlPath, 'index.html');
  return parse(await readFile(path.join(dir, file), 'utf8'));
}

/** Every file below `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** One digest of every file below `dir`, names and bytes: equal digests, identical folders. */
export async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await listFiles(dir)).sort()) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

/** Text of an element as the article reads: annotations (claim markers, verdict notes) removed, spaces folded. */
export function readingText(element: HTMLElement): string {
  const copy = parse(element.outerHTML);
  for (const marker of copy.querySelectorAll('[data-annotation]')) marker.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
}

/** URL paths of every HTML page in a built site ("", "articles/x/", "404.html"). */
export async function pagePaths(dir: string): Promise<string[]> {
  return (await listFiles(dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f.endsWith('index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}

/**
 * What the search index covers in a built site: the pages Pagefind reads (INDEXED_PAGES, matched as its
 * glob matches them), the pages that mark a body to index, and how many pages the index holds.
 */
export async function searchCoverage(dir: string): Promise<{ read: string[]; marked: string[]; indexed: number }> {
  const matches = (file: string) => INDEXED_PAGES.some((glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file));
  const html = (await listFiles(dir)).filter((file) => file.endsWith('.html')).sort();
  const marked: string[] = [];
  for (const file of html) if ((await readFile(path.join(dir, file), 'utf8')).includes('data-pagefind-body')) marked.push(file);
  return { read: html.filter(matches), marked, indexed: indexedPageCount(dir) };
}

/** Pagefind read every page that marks a body, no other page but those of the list of articles (it skips them), and indexed each. */
export async function expectSearchCoverage(dir: string) {
  const { read, marked, indexed } = await searchCoverage(dir);
  expect(marked.length).toBeGreaterThan(20);
  expect(marked.filter((file) => !read.includes(file))).toEqual([]);
  expect(read.filter((file) => !marked.includes(file) && !/^articles\/\d+\/index\.html$/.test(file))).toEqual([]);
  expect(indexed).toBe(marked.length);
}

/**
 * Loads the project's real content as the content check reads it, so each
 * broken-content case is a small mutation of known-good content.
 */
import { mkdtemp, cp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readContent, type RawContent, type RawEntry } from '../../src/lib/content/readContent.ts';
import { checkRawContent } from '../../src/lib/content/checkContent.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { TODAY } from './fixtures.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

let cached: RawContent | undefined;

/** A fresh deep copy of the real content. */
export async function realContent(): Promise<RawContent> {
  cached ??= await readContent(PROJECT_ROOT);
  return structuredClone(cached);
}

type Editable = RawEntry & { data: Record<string, any>; body: string };

/** The entry for `file` in `content`; throws when absent so a test never mutates nothing. */
export function entry(content: RawContent, file: string): Editable {
  const found = content.entries.find((e) => e.file === file);
  if (!found) throw new Error(`no entry ${file}`);
  return found as Editable;
}

/** The first article (by file name), and its reviews in file-name order. */
export function firstArticle(content: RawContent): { article: Editable; claims: Editable[] } {
  const article = content.entries.find((e) => e.collection === 'articles') as Editable | undefined;
  if (!article) throw new Error('no article in content/');
  const claims = content.entries.filter((e) => e.collection === 'claims' && e.article === article.id) as Editable[];
  return { article, claims };
}

/** A review of the first article whose speaker is the article itself, and one that reports someone's words. */
export function sampleClaims(content: RawContent): { own: Editable; reported: Editable } {
  const { claims } = firstArticle(content);
  const own = claims.find((c) => c.data.speaker === 'article');
  const reported = claims.find((c) => c.data.speaker !== 'article');
  if (!own || !reported) throw new Error('the first article needs a review of its own statement and one of reported speech');
  return { own, reported };
}

/** Runs the check on content after `mutate` changed it. */
export async function checkMutated(mutate: (content: RawContent) => void): Promise<Problem[]> {
  const content = await realContent();
  mutate(content);
  return checkRawContent(content, { today: TODAY });
}

/** Copies content/ into a temporary project, lets `arrange` add or break files, and returns its root. */
export async function tempProject(arrange: (root: string) => Promise<void>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'content-'));
  await cp(path.join(PROJECT_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  await arrange(root);
  return root;
}

/** Writes a file inside a temporary project, creating folders. */
export async function put(root: string, file: string, text: string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

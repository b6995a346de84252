/**
 * The content is read many files at a time, never all at once: at 5,000 articles (over 30,000 files)
 * reading them all at once failed with EMFILE, too many open files. Reproduced here by counting the
 * reads in flight on a synthetic site of a few hundred files.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ open: 0, most: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (...args: Parameters<typeof actual.readFile>) => {
    reads.most = Math.max(reads.most, ++reads.open);
    try {
      return await actual.readFile(...args);
    } finally {
      reads.open--;
    }
  }) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});

const { READ_AT_ONCE, readContent } = await import('../../src/lib/content/readContent.ts');
const { writeSyntheticContent } = await import('../../scripts/lib/syntheticContent.ts');

describe('reading the content', () => {
  it(`keeps at most READ_AT_ONCE (${READ_AT_ONCE}) files open, and reads every one`, async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'many-files-'));
    await writeSyntheticContent(root, 60);
    reads.most = 0;
    const content = await readContent(root);
    expect(content.entries.filter((e) => e.collection === 'claims')).toHaveLength(300);
    expect(reads.most).toBeGreaterThan(1);
    expect(reads.most).toBeLessThanOrEqual(READ_AT_ONCE);
  });
});

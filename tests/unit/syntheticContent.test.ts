import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/lib/syntheticContent.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { checkRawContent } from '../../src/lib/content/checkContent.ts';

describe('writeSyntheticContent', () => {
  it('writes valid content that passes the content check', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'synthetic-'));
    await writeSyntheticContent(root, 12);
    const content = await readContent(root);
    expect(content.entries.filter((e) => e.collection === 'articles')).toHaveLength(12);
    expect(content.entries.filter((e) => e.collection === 'claims')).toHaveLength(60);
    // Every source is cited at this size, so not even a warning.
    expect(checkRawContent(content)).toEqual([]);
  });
});

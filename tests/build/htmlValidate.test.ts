/** Every built page is valid HTML (html-validate, recommended rules). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/site.ts';
import { htmlErrors } from '../helpers/validate.ts';

const dir = inject('siteDirs').root;

describe('HTML validity', () => {
  it('has 0 errors on every page', async () => {
    const pages = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    const errors: string[] = [];
    for (const file of pages) {
      errors.push(...(await htmlErrors(await readFile(path.join(dir, file), 'utf8'), file)));
    }
    expect(errors).toEqual([]);
  });
});

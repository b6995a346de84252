/** Every built page is valid HTML (html-validate, recommended rules). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/site.ts';

const dir = inject('siteDirs').root;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits <!DOCTYPE html> in lower case and void elements without a slash; both are valid HTML.
    'doctype-style': 'off',
    'void-style': 'off',
    // Source titles and quotes contain typographic characters on purpose.
    'no-trailing-whitespace': 'off',
    // role="list" is deliberate: Safari/VoiceOver drops list semantics from lists styled with list-style: none.
    'no-redundant-role': 'off',
    // An SEO length hint, not validity: the article headline is quoted verbatim and claim pages quote the claim.
    'long-title': 'off',
  },
});

describe('HTML validity', () => {
  it('has 0 errors on every page', async () => {
    const pages = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(await readFile(path.join(dir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

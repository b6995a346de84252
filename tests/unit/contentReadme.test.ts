/** content/README.md documents every field of every content file: a field added to a schema fails here until it is written up. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { ClaimSchema } from '../../src/lib/schemas/claim.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { CompanySchema } from '../../src/lib/schemas/company.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** Every field path of a schema as an editor writes it: `outlet.name`, `evidence[].text`. */
export function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return fieldPaths(def.innerType, prefix);
    case 'pipe':
      return fieldPaths(def.in, prefix);
    case 'array':
      return fieldPaths(def.element, `${prefix}[]`);
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
        const name = prefix ? `${prefix}.${key}` : key;
        return [name, ...fieldPaths(value, name)];
      });
    default:
      return [];
  }
}

const readme = readFileSync(path.join(PROJECT_ROOT, 'content/README.md'), 'utf8');
/** The part of the README under the heading that starts with `title`. */
const section = (title: string) => {
  const start = readme.indexOf(`\n## ${title}`);
  expect(start, `content/README.md has no "## ${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
};

describe('content/README.md', () => {
  it.each([
    ['Article', ArticleSchema()],
    ['Review', ClaimSchema()],
    ['Source', SourceSchema()],
    ['Person', PersonSchema()],
    ['Company', CompanySchema()],
  ] as const)('documents every field of the %s file', (title, schema) => {
    const paths = fieldPaths(schema);
    expect(paths.length).toBeGreaterThan(3);
    const text = section(title);
    expect(paths.filter((p) => !text.includes(`\`${p}\``))).toEqual([]);
  });

  it('finds nested fields, so the check above cannot pass on an empty walk', () => {
    expect(fieldPaths(ClaimSchema())).toEqual(expect.arrayContaining(['attribution.original.lang', 'evidence[].text', 'updates[].date']));
  });
});

// Wiring only: loaders and the schemas from src/lib/schemas.
import { defineCollection, reference } from 'astro:content';
import { ArticleSchema } from './lib/schemas/article.ts';
import { ClaimSchema } from './lib/schemas/claim.ts';
import { SourceSchema } from './lib/schemas/source.ts';
import { PersonSchema } from './lib/schemas/person.ts';
import { CompanySchema } from './lib/schemas/company.ts';
import { normalizedGlob as glob } from './lib/content/normalizedGlob.ts';
import type { RefFactory } from './lib/schemas/common.ts';
import { COLLECTION_DIRS } from './consts.ts';

const ref = reference as unknown as RefFactory;
// glob() reading every file as the content check does: no BOM, LF line endings.
const yaml = '**/[^_]*.{yaml,yml}';

export const collections = {
  articles: defineCollection({
    // Text only: the MDX is rendered from its syntax tree, never compiled (src/lib/articleText.ts).
    loader: glob({ base: `./${COLLECTION_DIRS.articles}`, pattern: '[^_]*.mdx' }, { textOnly: true }),
    schema: ArticleSchema({ ref }),
  }),
  // content/claims/<article>/<id>.md: the entry id is "<article>/<id>".
  claims: defineCollection({
    // Text only: the views render a review's text as prose (src/lib/prose.ts); nothing reads Astro's rendering.
    loader: glob({ base: `./${COLLECTION_DIRS.claims}`, pattern: '[^_]*/[^_]*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }, { textOnly: true }),
    schema: ClaimSchema({ ref }),
  }),
  sources: defineCollection({ loader: glob({ base: `./${COLLECTION_DIRS.sources}`, pattern: yaml }), schema: SourceSchema() }),
  people: defineCollection({ loader: glob({ base: `./${COLLECTION_DIRS.people}`, pattern: yaml }), schema: PersonSchema({ ref }) }),
  companies: defineCollection({ loader: glob({ base: `./${COLLECTION_DIRS.companies}`, pattern: yaml }), schema: CompanySchema() }),
};

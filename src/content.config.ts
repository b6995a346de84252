// Wiring only: loaders and the schemas from src/lib/schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './lib/schemas/article.ts';
import { PersonSchema } from './lib/schemas/person.ts';
import { CompanySchema } from './lib/schemas/company.ts';
import type { RefFactory } from './lib/schemas/common.ts';
import { COLLECTION_DIRS } from './consts.ts';

const ref = reference as unknown as RefFactory;

export const collections = {
  articles: defineCollection({
    loader: glob({ base: `./${COLLECTION_DIRS.articles}`, pattern: '**/[^_]*.mdx' }),
    schema: ArticleSchema({ ref }),
  }),
  people: defineCollection({
    loader: glob({ base: `./${COLLECTION_DIRS.people}`, pattern: '**/[^_]*.{yaml,yml}' }),
    schema: PersonSchema({ ref }),
  }),
  companies: defineCollection({
    loader: glob({ base: `./${COLLECTION_DIRS.companies}`, pattern: '**/[^_]*.{yaml,yml}' }),
    schema: CompanySchema(),
  }),
};

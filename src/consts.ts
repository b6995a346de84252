/** Site-wide constants. Paths are relative to the project root. */
export const SITE_TITLE = 'Sora in China: a fact-checked reading';
export const SITE_DESCRIPTION =
  'A news article on China’s reaction to OpenAI’s Sora, published with its people, companies and every checkable claim reviewed.';

/** Where editors keep content, and the folder each collection reads. */
export const CONTENT_DIR = 'content';
export const COLLECTION_DIRS = {
  articles: 'content/articles',
  people: 'content/people',
  companies: 'content/companies',
} as const;

/** File endings each collection accepts. Files starting with `_` are drafts and skipped. */
export const COLLECTION_EXTENSIONS = {
  articles: ['.mdx'],
  people: ['.yaml', '.yml'],
  companies: ['.yaml', '.yml'],
} as const;

/** The MDX components editors use to mark passages; see content/README.md. */
export const INLINE_COMPONENTS = {
  claim: 'Claim',
  person: 'Person',
  company: 'Company',
} as const;

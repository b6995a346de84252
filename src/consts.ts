/** Site-wide constants. Paths are relative to the project root. */
export const SITE_TITLE = 'Sora in China: a fact-checked reading';
export const SITE_DESCRIPTION =
  'A news article on China’s reaction to OpenAI’s Sora, published with its people, companies and every checkable claim reviewed.';

/** Used when SITE_URL is not set (see README "Deploy"). */
export const DEFAULT_SITE_URL = 'https://example.org';

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

/**
 * Content-Security-Policy for every page: nothing but this site's own files, no
 * inline script (the only inline <script> elements are JSON-LD data, which is not run).
 * Sent as a header by public/_headers and repeated in a <meta> for hosts that
 * cannot set headers; a test keeps the two identical.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> CSP cannot carry; only the header has them. */
export const CSP_HEADER_ONLY = "frame-ancestors 'none'";

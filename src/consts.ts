/** Site-wide configuration. Paths are relative to the project root. */

/**
 * Who publishes this site. Change these to make it yours: the name and
 * description appear in every page's title and header, feeds and JSON-LD; the
 * contact address receives readers' error reports (see /corrections/).
 */
export const SITE = {
  name: 'Line by Line',
  description: 'News articles published with their analysis: every checkable statement marked in the text and reviewed, with sources.',
  /** The organization that publishes the reviews (JSON-LD `publisher`, RSS). */
  publisher: 'Line by Line',
  /** Where readers report errors (a mailto: link on every claim). */
  contact: 'corrections@example.org',
  /** Language of the site's own text (BCP 47). */
  language: 'en',
} as const;

/** Used when SITE_URL is not set (see README "Deploy"). */
export const DEFAULT_SITE_URL = 'https://example.org';

/** Where editors keep content, and the folder each collection reads. */
export const CONTENT_DIR = 'content';
export const COLLECTION_DIRS = {
  articles: 'content/articles',
  claims: 'content/claims',
  sources: 'content/sources',
  people: 'content/people',
  companies: 'content/companies',
} as const;

/**
 * File endings each collection accepts. Files starting with `_` are drafts and skipped.
 * Claims sit one folder deeper: `content/claims/<article slug>/<claim id>.md`.
 */
export const COLLECTION_EXTENSIONS = {
  articles: ['.mdx'],
  claims: ['.md'],
  sources: ['.yaml', '.yml'],
  people: ['.yaml', '.yml'],
  companies: ['.yaml', '.yml'],
} as const;

/**
 * Content-Security-Policy for every page: nothing but this site's own files, no
 * inline script (the only inline <script> elements are JSON-LD data, which is not run).
 * Sent as a header in the generated `_headers` (src/lib/securityHeaders.ts) and
 * repeated in a <meta> on every page for hosts that cannot set headers.
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

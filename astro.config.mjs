// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { siteConfig } from './src/lib/siteConfig.ts';
import { BUILD_CACHE } from './src/lib/buildCache.ts';
import { stylesDigest } from './src/lib/stylesDigest.ts';

// SITE_URL and BASE_PATH set where the site is deployed (see README "Deploy").
const { site, base } = siteConfig(process.env);

// The search index is written by scripts/build.mjs once Astro is done (src/lib/searchIndex.ts).
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // External stylesheets only: the CSP allows no inline style.
  // concurrency: pages render while others are written or copied from the incremental cache. The social
  // images are drawn meanwhile on a thread of their own (src/lib/formats/socialImage.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro 7's default processor ignores remark plugins; unified() runs them, and MDX (the site's own
  // .mdx pages) inherits it. Articles are not compiled: their text is rendered from its syntax tree, in the
  // same Markdown (src/lib/articleText.ts); mdx() still reads their files (the .mdx entry type).
  // Code is shown plain: Shiki's colours are inline styles, which the CSP refuses.
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.includes('/search/') }), securityHeaders()],
  vite: {
    // One stylesheet for the whole site: fewer requests on a first visit, cached for every later page.
    build: { cssCodeSplit: false },
    // Unused by the code: it makes the config, which Astro's incremental build hashes, change with any
    // style, so no page is copied that links a stylesheet this build renames (src/lib/stylesDigest.ts).
    define: { __SITE_STYLES__: JSON.stringify(stylesDigest(fileURLToPath(new URL('./src/', import.meta.url)))) },
  },
  devToolbar: { enabled: false },
  // Incremental builds: a page whose cacheKey (a digest of the views it renders, src/lib/views/cacheKey.ts)
  // and code are unchanged is copied from the previous build instead of rendered. Astro keeps its copies
  // and manifest in cacheDir, not in dist/, so the atomic build (scripts/build.mjs) can still build into
  // a fresh folder; a failed build drops the manifest (see there).
  cacheDir: BUILD_CACHE.astro,
  experimental: { incrementalBuild: true },
});

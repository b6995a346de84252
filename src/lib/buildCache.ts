/**
 * Where builds keep what a later build can reuse, relative to the project root (ignored by git).
 * A cold build is one with this folder removed.
 */
export const BUILD_CACHE = {
  root: '.cache',
  /** Astro's cacheDir: its content store and the incremental build's manifest and page copies. */
  astro: '.cache/astro',
  /** The manifest that says which copies are current; without it every page is rendered. */
  incrementalManifest: '.cache/astro/incremental-build.json',
  /** The content check's results per file (src/lib/content/checkCache.ts). */
  contentCheck: '.cache/content-check.json',
  /** Social images by the hash of their SVG (src/lib/formats/socialImage.ts). */
  socialImages: '.cache/social-images',
  /** The social images' fonts unpacked to TTF, and fontconfig's settings and cache for them (src/lib/formats/imageFonts.ts). */
  fonts: '.cache/fonts',
} as const;

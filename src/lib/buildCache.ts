import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

/**
 * Writes a cache file whole or not at all: a reader never sees half of it, and writers at once (test
 * workers, builds, a dev server re-checking) each write their own temporary file.
 */
export async function writeCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

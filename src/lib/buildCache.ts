import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  /** The outline of each article's text the views use, left by the content check (src/lib/mdx.ts). */
  textOutlines: '.cache/text-outlines.json',
  /** Social images by the hash of their layout (src/lib/formats/socialImage.ts). */
  socialImages: '.cache/social-images',
  /** The social images' fonts unpacked to TTF (src/lib/formats/imageFonts.ts). */
  fonts: '.cache/fonts',
} as const;

/**
 * Writes a cache file whole or not at all: a reader never sees half of it, and writers at once (test
 * workers, builds, a dev server re-checking) each write their own temporary file.
 */
export async function writeCacheFile(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  // The folder is made once per process (a build writes thousands of images into one), and again if it went.
  if (!madeFolders.has(path.dirname(file))) {
    await mkdir(path.dirname(file), { recursive: true });
    madeFolders.add(path.dirname(file));
  }
  await writeFile(temporary, data).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, data);
  });
  await rename(temporary, file);
}

const madeFolders = new Set<string>();

/** The files below `dir` whose names match `name`, in a stable order (for digests). */
export function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The code under `src` (a project's src/ folder; the files whose names match `name`) and the dependencies
 * (the package-lock.json beside it), in short: a cache salted with it drops every kept result when either changes.
 */
export function codeDigest(src: string, name = /\.ts$/): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(src, name), path.join(src, '../package-lock.json')]) {
    hash.update(`${path.relative(src, file)}\n${existsSync(file) ? readFileSync(file, 'utf8') : ''}\n`);
  }
  return hash.digest('hex');
}

/**
 * Results kept between runs in one JSON file, each under a digest of what it was made from and a salt (the
 * code that made them: codeDigest). Only results used in a run are kept, so the file does not grow with edits.
 */
export class KeyedCache<T> {
  private readonly used = new Map<string, T>();
  private readonly file: string;
  private readonly salt: string;
  private readonly kept: Map<string, T>;

  private constructor(file: string, salt: string, kept: Map<string, T>) {
    this.file = file;
    this.salt = salt;
    this.kept = kept;
  }

  /** Opens the cache kept in `file`; `salt` goes into every key. */
  static async open<T>(file: string, salt: string): Promise<KeyedCache<T>> {
    const kept = await readFile(file, 'utf8')
      .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, T>)))
      .catch(() => new Map<string, T>());
    return new KeyedCache(file, `${salt}\n`, kept);
  }

  /** The key of a result made from `parts`. */
  key(...parts: string[]): string {
    const hash = createHash('sha256').update(this.salt);
    for (const part of parts) hash.update(`${part.length}:`).update(part);
    return hash.digest('base64url');
  }

  /** A result set in this run or kept by an earlier one. */
  get(key: string): T | undefined {
    const found = this.used.get(key) ?? this.kept.get(key);
    if (found !== undefined) this.used.set(key, found);
    return found;
  }

  set(key: string, value: T): void {
    this.used.set(key, value);
  }

  /** `make` through the cache: a result is made only when no earlier run kept one for the same input. */
  through(make: (input: string) => T): (input: string) => T {
    return (input) => {
      const key = this.key(input);
      const found = this.get(key);
      if (found !== undefined) return found;
      const made = make(input);
      this.set(key, made);
      return made;
    };
  }

  /**
   * Keeps this run's results only, or with `keepUnused` the earlier ones too (for another run that uses them).
   * A cache that cannot be written only makes the next run slower, so that never fails the run.
   */
  async save({ keepUnused = false } = {}): Promise<void> {
    const results = keepUnused ? new Map([...this.kept, ...this.used]) : this.used;
    await writeCacheFile(this.file, JSON.stringify(Object.fromEntries(results))).catch(() => {});
  }
}

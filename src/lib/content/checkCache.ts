/**
 * What the content check found in each file on its own (its YAML, schema, text and marks), kept between
 * runs under a digest of the file's path and text, the day (the future-date rule) and the checker's code.
 * A rebuild after one edit parses one file again, not thousands; every problem that involves several files
 * is still found afresh from the kept results, so the check reports exactly what an uncached one does
 * (tests/content/checkCache.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_CACHE, writeCacheFile } from '../buildCache.ts';
import type { Mark } from '../mdx.ts';
import type { Problem } from './problems.ts';

/** One file's own results. */
export interface FileCheck {
  /** The file's data as read, and the line its body starts on (the body itself is not needed again). */
  data: unknown;
  bodyLine?: number;
  /** A problem reading it (no frontmatter, broken YAML). */
  readProblem?: Problem;
  /** Schema output; undefined when the data failed its schema. */
  parsed?: unknown;
  /** Problems of its schema and its text fields. */
  problems: Problem[];
  /** An article's text: its problems, and its marks (undefined when the text does not parse). */
  bodyProblems?: Problem[];
  marks?: Mark[];
}

const SRC = fileURLToPath(new URL('../../', import.meta.url));

/** The checker's code and dependencies: any change to them makes every kept result stale. */
function codeDigest(): string {
  const hash = createHash('sha256');
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, path.join(SRC, '../package-lock.json')]) {
    hash.update(`${file}\n${existsSync(file) ? readFileSync(file, 'utf8') : ''}\n`);
  }
  return hash.digest('hex');
}

export class CheckCache {
  private used = new Map<string, FileCheck>();
  private readonly file: string;
  private readonly salt: string;
  private readonly kept: Map<string, FileCheck>;

  private constructor(file: string, salt: string, kept: Map<string, FileCheck>) {
    this.file = file;
    this.salt = salt;
    this.kept = kept;
  }

  /** Opens the cache of the project at `root` for a check as of `today`. */
  static async open(root: string, today: Date): Promise<CheckCache> {
    const file = path.join(root, BUILD_CACHE.contentCheck);
    const kept = await readFile(file, 'utf8')
      .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, FileCheck>)))
      .catch(() => new Map<string, FileCheck>());
    return new CheckCache(file, `${codeDigest()}\n${today.toISOString().slice(0, 10)}\n`, kept);
  }

  /** The key of a file's results: its path and text, with the day and the code. */
  key(file: string, text: string): string {
    return createHash('sha256').update(this.salt).update(`${file}\n`).update(text).digest('base64url');
  }

  get(key: string): FileCheck | undefined {
    const found = this.kept.get(key);
    if (found) this.used.set(key, found);
    return found;
  }

  set(key: string, check: FileCheck): void {
    this.used.set(key, check);
  }

  /**
   * Keeps this run's results only: files since edited or removed drop out. A cache that cannot be
   * written only makes the next check slower, so that never fails the check.
   */
  async save(): Promise<void> {
    await writeCacheFile(this.file, JSON.stringify(Object.fromEntries(this.used))).catch(() => {});
  }
}

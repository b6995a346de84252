/**
 * What the content check found in each file on its own (its YAML, schema, text and marks), kept between
 * runs under a digest of the file's path and text, the day (the future-date rule) and the checker's code.
 * A rebuild after one edit parses one file again, not thousands; every problem that involves several files
 * is still found afresh from the kept results, so the check reports exactly what an uncached one does
 * (tests/content/checkCache.test.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_CACHE, KeyedCache, codeDigest } from '../buildCache.ts';
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

/** The src/ folder the checker runs from: any change to its code makes every kept result stale. */
const SRC_DIR = fileURLToPath(new URL('../../', import.meta.url));

export type CheckCache = KeyedCache<FileCheck>;

/** Opens the check cache of the project at `root` for a check as of `today` (in every key: the future-date rule). */
export function openCheckCache(root: string, today: Date): Promise<CheckCache> {
  return KeyedCache.open<FileCheck>(path.join(root, BUILD_CACHE.contentCheck), `${codeDigest(SRC_DIR)}\n${today.toISOString().slice(0, 10)}`);
}

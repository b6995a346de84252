/**
 * Reads the content folder as raw text, before Astro does, so the check can
 * report every mistake at once and see dates as written (YAML 1.2: an unquoted
 * 2024-02-30 stays a string instead of becoming 1 March).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTION_DIRS, COLLECTION_EXTENSIONS, CONTENT_DIR } from '../../consts.ts';
import type { Problem } from './problems.ts';
import type { CheckCache, FileCheck } from './checkCache.ts';

export type CollectionName = keyof typeof COLLECTION_DIRS;

export interface RawEntry {
  collection: CollectionName;
  /** Entry id: the file name without its extension. */
  id: string;
  /** For a claim, the article it reviews: the name of its folder. */
  article?: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Parsed YAML data (frontmatter for articles); undefined when the YAML is broken. */
  data: unknown;
  /** The text after the frontmatter (articles and claims). */
  body?: string;
  /** 1-based line in the file where the body starts. */
  bodyLine?: number;
  /** With a check cache: the key of this file's results, and the results an earlier check kept (then `body` is not read). */
  key?: string;
  checked?: FileCheck;
  /** The problem found reading this file, also listed in RawContent.problems (kept with its results). */
  readProblem?: Problem;
}

export interface RawContent {
  entries: RawEntry[];
  /** Problems found while reading: wrong folders, wrong extensions, broken YAML. */
  problems: Problem[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * Any editor's file reads the same: a UTF-8 byte-order mark (Windows Notepad
 * writes one) is dropped and CRLF or CR line endings become LF.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses YAML text; returns the data or a problem naming the line. */
export function parseYaml(text: string, file: string, lineOffset = 0): { data?: unknown; problem?: Problem } {
  const doc = parseDocument(text, { version: '1.2', prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
    return {
      problem: {
        file,
        field: line ? `line ${line}` : '(YAML)',
        message: `the YAML cannot be read (${error.message.split('\n')[0]}): check indentation, colons and quotes`,
      },
    };
  }
  return { data: doc.toJS() };
}

/** Splits a Markdown or MDX file into frontmatter data and body. */
export function parseFrontmatter(text: string, file: string): { data?: unknown; body: string; bodyLine: number; problem?: Problem } {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      body: text,
      bodyLine: 1,
      problem: {
        file,
        field: '(frontmatter)',
        message: 'has no frontmatter: start the file with a --- line, the YAML fields, and another --- line',
      },
    };
  }
  const bodyLine = match[0].split('\n').length;
  const { data, problem } = parseYaml(match[1]!, file, 1);
  return { data, body: text.slice(match[0].length), bodyLine, problem };
}

/** Files read at the same time. */
export const READ_AT_ONCE = 64;

/** Hidden files and drafts (`_name`) are not content. */
const skipped = (name: string) => name.startsWith('.') || name.startsWith('_');

async function listFiles(dir: string): Promise<{ name: string; isDir: boolean }[]> {
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    return dirents.map((d) => ({ name: d.name, isDir: d.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/**
 * Reads every collection under `root/content`. With a check cache, a file whose results were kept is
 * read but not parsed.
 * @param root project root (absolute or relative to the working directory)
 */
export async function readContent(root: string, cache?: CheckCache): Promise<RawContent> {
  const problems: Problem[] = [];
  const known = new Set(Object.values(COLLECTION_DIRS).map((d) => path.basename(d)));

  for (const item of await listFiles(path.join(root, CONTENT_DIR))) {
    if (skipped(item.name) || item.name === 'README.md') continue;
    if (!item.isDir || !known.has(item.name)) {
      problems.push({
        file: `${CONTENT_DIR}/${item.name}`,
        field: '(location)',
        message: `is not in a collection folder: move it into ${Object.values(COLLECTION_DIRS).join(', ')}`,
      });
    }
  }

  /** Every file to read, in order; read all at once below. */
  const files: { collection: CollectionName; file: string; isDir: boolean; article?: string }[] = [];
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    const dir = COLLECTION_DIRS[collection];
    if (collection !== 'claims') {
      for (const item of await listFiles(path.join(root, dir))) files.push({ collection, file: `${dir}/${item.name}`, isDir: item.isDir });
      continue;
    }
    // content/claims/<article>/<id>.md: one folder per article.
    for (const folder of await listFiles(path.join(root, dir))) {
      if (skipped(folder.name)) continue;
      if (!folder.isDir) {
        problems.push({
          file: `${dir}/${folder.name}`,
          field: '(location)',
          message: `is not in an article's folder: move it to ${dir}/<article slug>/${folder.name}`,
        });
        continue;
      }
      for (const item of await listFiles(path.join(root, dir, folder.name))) {
        files.push({ collection, file: `${dir}/${folder.name}/${item.name}`, isDir: item.isDir, article: folder.name });
      }
    }
  }

  // Read many at once, but not all: tens of thousands of open files exceed the process's limit (EMFILE).
  const read: Awaited<ReturnType<typeof readEntry>>[] = [];
  for (let i = 0; i < files.length; i += READ_AT_ONCE) read.push(...(await Promise.all(files.slice(i, i + READ_AT_ONCE).map(readEntry))));
  const entries: RawEntry[] = [];
  for (const { entry, problem } of read) {
    if (problem) problems.push(problem);
    if (entry) entries.push(entry);
  }
  return { entries, problems };

  async function readEntry({ collection, file, isDir, article }: (typeof files)[number]): Promise<{ entry?: RawEntry; problem?: Problem }> {
    const name = path.basename(file);
    if (skipped(name)) return {};
    const extensions: readonly string[] = COLLECTION_EXTENSIONS[collection];
    const ext = path.extname(name);
    if (isDir || !extensions.includes(ext)) {
      const where = collection === 'claims' ? `${COLLECTION_DIRS.claims}/<article slug>/` : `${COLLECTION_DIRS[collection]}/`;
      return {
        problem: {
          file,
          field: '(file name)',
          message: `is not a ${extensions.join(' or ')} file: ${collection} entries must be ${extensions.join(' or ')} files directly in ${where} (rename or move it)`,
        },
      };
    }
    const id = name.slice(0, -ext.length);
    const text = normalizeText(await readFile(path.join(root, file), 'utf8'));
    const key = cache?.key(file, text);
    const where = { collection, id, file, ...(article ? { article } : {}), ...(key ? { key } : {}) };
    const kept = key ? cache!.get(key) : undefined;
    if (kept) {
      return { entry: { ...where, data: kept.data, ...(kept.bodyLine ? { bodyLine: kept.bodyLine } : {}), checked: kept }, problem: kept.readProblem };
    }
    if (collection === 'articles' || collection === 'claims') {
      const { data, body, bodyLine, problem } = parseFrontmatter(text, file);
      return { entry: { ...where, data, body, bodyLine, ...(problem ? { readProblem: problem } : {}) }, problem };
    }
    const { data, problem } = parseYaml(text, file);
    return { entry: { ...where, data, ...(problem ? { readProblem: problem } : {}) }, problem };
  }
}

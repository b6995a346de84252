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
 * Reads every collection under `root/content`.
 * @param root project root (absolute or relative to the working directory)
 */
export async function readContent(root: string): Promise<RawContent> {
  const entries: RawEntry[] = [];
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

  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    const dir = COLLECTION_DIRS[collection];
    if (collection !== 'claims') {
      for (const item of await listFiles(path.join(root, dir))) await readEntry(collection, `${dir}/${item.name}`, item.isDir);
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
        await readEntry(collection, `${dir}/${folder.name}/${item.name}`, item.isDir, folder.name);
      }
    }
  }

  async function readEntry(collection: CollectionName, file: string, isDir: boolean, article?: string) {
    const name = path.basename(file);
    if (skipped(name)) return;
    const extensions: readonly string[] = COLLECTION_EXTENSIONS[collection];
    const ext = path.extname(name);
    if (isDir || !extensions.includes(ext)) {
      const where = collection === 'claims' ? `${COLLECTION_DIRS.claims}/<article slug>/` : `${COLLECTION_DIRS[collection]}/`;
      problems.push({
        file,
        field: '(file name)',
        message: `is not a ${extensions.join(' or ')} file: ${collection} entries must be ${extensions.join(' or ')} files directly in ${where} (rename or move it)`,
      });
      return;
    }
    const id = name.slice(0, -ext.length);
    const text = normalizeText(await readFile(path.join(root, file), 'utf8'));
    if (collection === 'articles' || collection === 'claims') {
      const { data, body, bodyLine, problem } = parseFrontmatter(text, file);
      if (problem) problems.push(problem);
      entries.push({ collection, id, file, data, body, bodyLine, ...(article ? { article } : {}) });
    } else {
      const { data, problem } = parseYaml(text, file);
      if (problem) problems.push(problem);
      entries.push({ collection, id, file, data });
    }
  }
  return { entries, problems };
}

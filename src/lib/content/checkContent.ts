/**
 * The content check: validates every file against its schema and checks that
 * the files agree with each other (references resolve, every marked passage has
 * one review and every review one passage, ids are unique, text is data and
 * tagged). It runs before Astro builds anything and fails the build on any
 * problem; warnings are printed and do not fail it.
 */
import { ArticleSchema, type Article } from '../schemas/article.ts';
import { ClaimSchema, type Claim } from '../schemas/claim.ts';
import { CompanySchema } from '../schemas/company.ts';
import { PersonSchema, type Person } from '../schemas/person.ts';
import { SourceSchema, type Source } from '../schemas/source.ts';
import { KebabId } from '../schemas/common.ts';
import { findMarks, openTextOutlines, outlineOf, type TextOutline } from '../mdx.ts';
import { COLLECTION_DIRS } from '../../consts.ts';
import { readContent, type CollectionName, type RawContent, type RawEntry } from './readContent.ts';
import { checkArticleBody, checkPlainText, checkProse } from './checkText.ts';
import type { Problem } from './problems.ts';
import { parseWithProblems } from './zodProblems.ts';
import { openCheckCache, type CheckCache, type FileCheck } from './checkCache.ts';

export interface CheckOptions {
  /** "Today" for the future-date rule; defaults to now. */
  today?: Date;
  /** Keep each file's results for the next check (the build and `npm run check:content`). */
  cache?: boolean;
}

type Parsed<T> = { entry: RawEntry; data?: T };

/** Fields written as prose (Markdown with <Lang> marks), by collection; `[]` stands for every list item. */
const PROSE_FIELDS: Record<CollectionName, string[]> = {
  articles: ['summary', 'publishedNote', 'timeline[].event', 'corrections[].text'],
  claims: ['summary', 'evidence[].text', 'shouldSay', 'updates[].text', 'attribution.note'],
  sources: [],
  people: ['description'],
  companies: ['description'],
};

/** Prose shown inside a sentence: a claim's summary is its verdict card, inside the passage (ClaimMark.astro). */
const ONE_PARAGRAPH = new Set(['claims.summary']);

/** Every string in raw data with its path as the editor reads it (`evidence[1].text`) and its pattern (`evidence[].text`). */
function strings(value: unknown, path = '', pattern = ''): { path: string; pattern: string; text: string; lang?: string }[] {
  if (typeof value === 'string') return [{ path, pattern, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`, `${pattern}[]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const lang = typeof record.lang === 'string' ? record.lang : undefined;
    return Object.entries(record).flatMap(([key, item]) => {
      if (key === 'lang') return [];
      const found = strings(item, path ? `${path}.${key}` : key, pattern ? `${pattern}.${key}` : key);
      // A field beside `lang` (a native name, a source title, words on record) is in that language.
      return lang && typeof item === 'string' ? found.map((s) => ({ ...s, lang })) : found;
    });
  }
  return [];
}

/** Prose and language checks for every text field of one file. */
function checkTexts(entry: RawEntry): Problem[] {
  const prose = new Set(PROSE_FIELDS[entry.collection]);
  const problems = strings(entry.data).flatMap((s) => {
    if (/(^|\.)(url|archived)$/.test(s.pattern) || /^(speaker|verdict|reported|attribution\.rating)$/.test(s.pattern)) return [];
    if (prose.has(s.pattern)) return checkProse(s.text, entry.file, s.path, undefined, { oneParagraph: ONE_PARAGRAPH.has(`${entry.collection}.${s.pattern}`) });
    return checkPlainText(s.text, entry.file, s.path, s.lang);
  });
  if (entry.collection === 'claims') {
    if (!entry.body?.trim()) {
      problems.push({ file: entry.file, field: '(text)', message: 'has no explanation: write it below the frontmatter, in Markdown' });
    } else {
      problems.push(...checkProse(entry.body, entry.file, '(text)', entry.bodyLine));
    }
  }
  return problems;
}

/**
 * Everything about one file that needs no other file: its schema, its text fields, an article's marks; and
 * an article text's outline, which the check does not keep but leaves for the views (checkContent).
 */
function checkFile(entry: RawEntry, schemas: ReturnType<typeof buildSchemas>): { check: FileCheck; outline?: TextOutline } {
  const result = entry.data === undefined ? { problems: [] } : parseWithProblems(schemas[entry.collection], entry.data, entry.file);
  const check: FileCheck = {
    data: entry.data,
    ...(entry.bodyLine ? { bodyLine: entry.bodyLine } : {}),
    ...(entry.readProblem ? { readProblem: entry.readProblem } : {}),
    parsed: result.data,
    problems: [...result.problems, ...checkTexts(entry)],
  };
  if (entry.collection === 'articles' && entry.body !== undefined) {
    const body = checkArticleBody(entry.body, entry.file, entry.bodyLine ?? 1);
    check.bodyProblems = body.problems;
    if (body.tree) {
      check.marks = findMarks(body.tree);
      return { check, outline: outlineOf(body.tree, check.marks) };
    }
  }
  return { check };
}

/** Built once per check: a zod schema costs more to build than to run on one file. */
const buildSchemas = (today: Date) => ({
  articles: ArticleSchema({ today }),
  claims: ClaimSchema({ today }),
  sources: SourceSchema(),
  people: PersonSchema(),
  companies: CompanySchema(),
});

/**
 * Checks content already read from disk. Returns every problem found; any that is not a warning blocks
 * publishing. The outline of each article text it parses goes into `outlines`, by file.
 */
export function checkRawContent(
  { entries, problems: readProblems }: RawContent,
  { today = new Date() }: CheckOptions = {},
  cache?: CheckCache,
  outlines?: Map<string, TextOutline>,
): Problem[] {
  const problems: Problem[] = [...readProblems];
  const schemas = buildSchemas(today);
  /** Each file's own results, by file. */
  const checks = new Map<string, FileCheck>();
  const people = new Map<string, Parsed<Person>>();
  const companies = new Map<string, Parsed<unknown>>();
  const sources = new Map<string, Parsed<Source>>();
  const articles = new Map<string, Parsed<Article>>();
  /** Reviews by article slug, then claim id. */
  const claims = new Map<string, Map<string, Parsed<Claim>>>();

  // 1. Ids come from file names: kebab-case, unique within a collection (claims: within their article).
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (!KebabId.safeParse(entry.id).success) {
      problems.push({ file: entry.file, field: '(file name)', message: `"${entry.id}" is not a kebab-case id: rename the file to lowercase words joined by hyphens` });
    }
    if (entry.collection === 'articles' && /^\d+$/.test(entry.id)) {
      problems.push({ file: entry.file, field: '(file name)', message: `"${entry.id}" is only a number, and /articles/${entry.id}/ is a page of the list of articles: add a word to the file name` });
    }
    const key = `${entry.collection}/${entry.article ?? ''}/${entry.id}`;
    const other = seen.get(key);
    if (other) {
      problems.push({ file: entry.file, field: '(file name)', message: `has the same id "${entry.id}" as ${other}: remove or rename one of the two files` });
      continue;
    }
    seen.set(key, entry.file);

    // 2. Each file against its schema (broken YAML was reported when it was read), and its text.
    let check = entry.checked;
    if (!check) {
      const checked = checkFile(entry, schemas);
      check = checked.check;
      if (entry.key) cache?.set(entry.key, check);
      if (checked.outline) outlines?.set(entry.file, checked.outline);
    }
    checks.set(entry.file, check);
    problems.push(...check.problems);
    const parsed = { entry, data: check.parsed } as Parsed<never>;
    if (entry.collection === 'claims') {
      const slug = entry.article!;
      if (!claims.has(slug)) claims.set(slug, new Map());
      claims.get(slug)!.set(entry.id, parsed);
    } else {
      ({ people, companies, sources, articles } as Record<string, Map<string, Parsed<unknown>>>)[entry.collection]!.set(entry.id, parsed);
    }
  }

  const missing = (collection: 'people' | 'companies' | 'sources', id: string) =>
    `"${id}" has no file in ${COLLECTION_DIRS[collection]}/: add ${COLLECTION_DIRS[collection]}/${id}.yaml or fix the id`;
  const cited = new Set<string>();
  const cite = (file: string, field: string, id: string) => {
    cited.add(id);
    if (!sources.has(id)) problems.push({ file, field, message: missing('sources', id) });
  };

  // 3. People's roles point at organizations.
  for (const { entry, data } of people.values()) {
    data?.roles.forEach((role, i) => {
      if (!companies.has(role.organization.id)) problems.push({ file: entry.file, field: `roles[${i}].organization`, message: missing('companies', role.organization.id) });
    });
  }

  // 4. Articles: references, and the marks in the text against the reviews in content/claims/<slug>/.
  for (const [slug, { entry, data }] of articles) {
    const { file } = entry;
    const reviews = claims.get(slug) ?? new Map<string, Parsed<Claim>>();
    const raw = (entry.data ?? {}) as Record<string, unknown>;
    // When the frontmatter failed its schema, the raw ids still allow the cross-checks: every mistake in one run.
    const rawIds = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
    const listed = {
      people: new Set(data ? data.people.map((r) => r.id) : rawIds('people')),
      companies: new Set(data ? data.companies.map((r) => r.id) : rawIds('companies')),
    };
    for (const collection of ['people', 'companies'] as const) {
      [...listed[collection]].forEach((id, i) => {
        if (!(collection === 'people' ? people : companies).has(id)) problems.push({ file, field: `${collection}[${i}]`, message: missing(collection, id) });
      });
    }
    data?.timeline.forEach((event, i) => event.source && cite(file, `timeline[${i}].source`, event.source.id));

    const { bodyProblems, marks } = checks.get(file)!;
    problems.push(...(bodyProblems ?? []));
    const passages = new Map<string, number>();
    for (const mark of marks ?? []) {
      const line = mark.line + (entry.bodyLine ?? 1) - 1;
      const field = `<${mark.component} id="${mark.id ?? ''}"> (line ${line})`;
      if (mark.id === undefined) problems.push({ file, field, message: `has no id: write <${mark.component} id="the-id">…</${mark.component}>` });
      if (mark.text === '') problems.push({ file, field, message: 'wraps no text: put the passage between the tags' });
      if (mark.id === undefined) continue;
      if (mark.component === 'Claim') {
        if (mark.insideClaim) {
          problems.push({ file, field, message: `is inside <Claim id="${mark.insideClaim.id}">: claims cannot be nested, close the first before opening the next` });
        }
        const first = passages.get(mark.id);
        if (first !== undefined) {
          problems.push({ file, field, message: `repeats the passage on line ${first}: each claim is marked once, remove one of the two` });
          continue;
        }
        passages.set(mark.id, line);
        if (!reviews.has(mark.id)) {
          problems.push({ file, field, message: `has no review: add ${COLLECTION_DIRS.claims}/${slug}/${mark.id}.md, or fix the id` });
        }
      } else {
        const collection = mark.component === 'Person' ? 'people' : 'companies';
        if (!listed[collection].has(mark.id)) {
          const exists = (collection === 'people' ? people : companies).has(mark.id);
          problems.push({
            file,
            field,
            message: exists ? `"${mark.id}" is not listed in this article's ${collection}: add it to the frontmatter ${collection}` : missing(collection, mark.id),
          });
        }
      }
    }

    // 5. Each review of this article: its passage, speaker, sources and dates.
    for (const [id, { entry: claimFile, data: claim }] of reviews) {
      const at = claimFile.file;
      if (marks && !passages.has(id)) {
        problems.push({ file: at, field: '(file name)', message: `has no passage in ${file}: wrap the passage in <Claim id="${id}">…</Claim>, or remove this review` });
      }
      if (!claim) continue;
      if (claim.speaker.type !== 'article') {
        const collection = claim.speaker.type === 'person' ? 'people' : 'companies';
        if (!(collection === 'people' ? people : companies).has(claim.speaker.id)) {
          problems.push({ file: at, field: 'speaker', message: missing(collection, claim.speaker.id) });
        } else if (!listed[collection].has(claim.speaker.id)) {
          problems.push({ file: at, field: 'speaker', message: `"${claim.speaker.id}" is not listed in ${file}'s ${collection}: add it there` });
        }
      }
      claim.sources.forEach((ref, i) => cite(at, `sources[${i}]`, ref.id));
      if (claim.attribution?.source) cite(at, 'attribution.source', claim.attribution.source.id);
      if (data) {
        const dates: [string, string][] = [[claim.reviewed, 'reviewed'], ...claim.updates.map((u, i): [string, string] => [u.date, `updates[${i}].date`])];
        for (const [date, field] of dates) {
          if (date < data.published) problems.push({ file: at, field, message: `${date} is before the article's publication (${data.published}): a review cannot predate the article` });
        }
      }
    }
  }

  // 6. Reviews filed under a folder that is no article.
  for (const [slug, reviews] of claims) {
    if (articles.has(slug)) continue;
    for (const { entry } of reviews.values()) {
      problems.push({ file: entry.file, field: '(location)', message: `reviews an unknown article "${slug}": move it to ${COLLECTION_DIRS.claims}/<article slug>/, or add ${COLLECTION_DIRS.articles}/${slug}.mdx` });
    }
  }

  // 7. A source nothing cites is a warning: probably left over, but harmless.
  for (const [id, { entry }] of sources) {
    if (!cited.has(id)) problems.push({ file: entry.file, field: '(file name)', message: `"${id}" is cited by no claim or timeline: cite it or remove the file`, warning: true });
  }
  return problems;
}

/** Problems that block publishing. */
export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => !p.warning);

/** Reads and checks the content of a project (`npm run check:content`, the build, tests). */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<Problem[]> {
  const cache = options.cache ? await openCheckCache(root, options.today ?? new Date()) : undefined;
  const content = await readContent(root, cache);
  const outlines = new Map<string, TextOutline>();
  const problems = checkRawContent(content, options, cache, outlines);
  await cache?.save();
  if (cache) await leaveOutlines(root, content.entries, outlines);
  return problems;
}

/**
 * The outline of each article text this check parsed, left where the views look for it (openTextOutlines),
 * so a build parses an edited text once, not twice. Keyed by the body as Astro gives it: trimmed.
 */
async function leaveOutlines(root: string, entries: readonly RawEntry[], parsed: Map<string, TextOutline>) {
  const outlines = await openTextOutlines(root);
  if (!outlines || parsed.size === 0) return;
  for (const { file, body } of entries) {
    const outline = parsed.get(file);
    if (outline && body !== undefined) outlines.set(outlines.key(body.trim()), outline);
  }
  await outlines.save({ keepUnused: true });
}

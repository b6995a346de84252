/**
 * The content check: validates every file against its schema and checks that
 * the files agree with each other (references resolve, every inline claim has
 * exactly one review and every review one passage, ids are unique). It runs
 * before Astro builds anything and fails the build on any problem.
 */
import { ArticleSchema, type Article } from '../schemas/article.ts';
import { CompanySchema, type Company } from '../schemas/company.ts';
import { PersonSchema, type Person } from '../schemas/person.ts';
import { KebabId } from '../schemas/common.ts';
import { COLLECTION_DIRS } from '../../consts.ts';
import { readContent, type RawContent } from './readContent.ts';
import { scanBody } from './scanBody.ts';
import { ContentError, type Problem } from './problems.ts';
import { parseWithProblems } from './zodProblems.ts';

export interface CheckOptions {
  /** "Today" for the future-date rule; defaults to now. */
  today?: Date;
}

/** String ids listed under `key` in unvalidated frontmatter. */
function rawIds(raw: unknown, key: string): string[] {
  const list = (raw as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** Claim ids in unvalidated frontmatter, by position (undefined where an entry has none). */
function rawClaimIds(raw: unknown): (string | undefined)[] {
  const claims = (raw as Record<string, unknown> | undefined)?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.map((c) => {
    const id = (c as Record<string, unknown> | null)?.id;
    return typeof id === 'string' ? id : undefined;
  });
}

/** Checks content already read from disk. Returns every problem found (empty = publishable). */
export function checkRawContent({ entries, problems: readProblems }: RawContent, { today = new Date() }: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [...readProblems];
  const people = new Map<string, { file: string; data?: Person }>();
  const companies = new Map<string, { file: string; data?: Company }>();
  const articles: { id: string; file: string; data?: Article; raw: unknown; body?: string; bodyLine?: number }[] = [];

  // 1. Ids come from file names: they must be kebab-case and unique within a collection.
  const byCollectionId = new Map<string, string>();
  for (const entry of entries) {
    if (!KebabId.safeParse(entry.id).success) {
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `"${entry.id}" is not a kebab-case id: rename the file to lowercase words joined by hyphens`,
      });
    }
    const key = `${entry.collection}/${entry.id}`;
    const other = byCollectionId.get(key);
    if (other) {
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `has the same id "${entry.id}" as ${other}: remove one of the two files`,
      });
      continue;
    }
    byCollectionId.set(key, entry.file);
  }

  // 2. Each file against its schema. Broken YAML was already reported.
  for (const entry of entries) {
    if (entry.data === undefined && entry.collection !== 'articles') continue;
    if (entry.collection === 'people') {
      const result = parseWithProblems(PersonSchema(), entry.data ?? {}, entry.file);
      problems.push(...result.problems);
      if (!people.has(entry.id)) people.set(entry.id, { file: entry.file, data: result.data });
    } else if (entry.collection === 'companies') {
      const result = parseWithProblems(CompanySchema(), entry.data ?? {}, entry.file);
      problems.push(...result.problems);
      if (!companies.has(entry.id)) companies.set(entry.id, { file: entry.file, data: result.data });
    } else {
      const result = entry.data === undefined ? { problems: [] } : parseWithProblems(ArticleSchema({ today }), entry.data, entry.file);
      problems.push(...result.problems);
      articles.push({ id: entry.id, file: entry.file, data: result.data, raw: entry.data, body: entry.body, bodyLine: entry.bodyLine });
    }
  }

  const missing = (collection: 'people' | 'companies', id: string) =>
    `"${id}" has no file in ${COLLECTION_DIRS[collection]}/: add ${COLLECTION_DIRS[collection]}/${id}.yaml or fix the id`;

  // 3. People's roles point at organizations.
  for (const [, person] of people) {
    person.data?.roles.forEach((role, i) => {
      if (!companies.has(role.organization.id)) {
        problems.push({ file: person.file, field: `roles[${i}].organization`, message: missing('companies', role.organization.id) });
      }
    });
  }

  // 4. Articles: references, and inline passages against reviews. When the
  // frontmatter failed its schema, the raw ids still allow the cross-checks,
  // so an editor sees every mistake in one run.
  const claimOwners = new Map<string, string>();
  for (const article of articles) {
    const { file, data, raw } = article;
    const scanned = article.body === undefined ? undefined : scanBody(article.body, file, article.bodyLine);
    if (scanned) problems.push(...scanned.problems);

    const listed = {
      people: new Set(data ? data.people.map((r) => r.id) : rawIds(raw, 'people')),
      companies: new Set(data ? data.companies.map((r) => r.id) : rawIds(raw, 'companies')),
    };
    data?.people.forEach((r, i) => {
      if (!people.has(r.id)) problems.push({ file, field: `people[${i}]`, message: missing('people', r.id) });
    });
    data?.companies.forEach((r, i) => {
      if (!companies.has(r.id)) problems.push({ file, field: `companies[${i}]`, message: missing('companies', r.id) });
    });

    data?.claims.forEach((claim, i) => {
      const { speaker } = claim;
      if (speaker.collection !== 'article') {
        const known = speaker.collection === 'people' ? people : companies;
        if (!known.has(speaker.id)) {
          problems.push({ file, field: `claims[${i}].speaker`, message: missing(speaker.collection, speaker.id) });
        } else if (!listed[speaker.collection].has(speaker.id)) {
          problems.push({
            file,
            field: `claims[${i}].speaker`,
            message: `"${speaker.collection}/${speaker.id}" is not listed in this article's ${speaker.collection}: add "${speaker.id}" to ${speaker.collection}`,
          });
        }
      }
      // Claim ids are unique across the site: /claims.json and the inline lookup rely on it.
      const owner = claimOwners.get(claim.id);
      if (owner && owner !== file) {
        problems.push({
          file,
          field: `claims[${i}].id`,
          message: `"${claim.id}" is already a claim id in ${owner}: claim ids must be unique across the site, choose another`,
        });
      } else claimOwners.set(claim.id, file);
    });

    if (!scanned) continue;
    const reviews = new Map<string, number>();
    (data ? data.claims.map((c) => c.id) : rawClaimIds(raw)).forEach((id, i) => {
      if (id !== undefined && !reviews.has(id)) reviews.set(id, i);
    });
    const passages = new Map<string, number>();
    for (const use of scanned.uses) {
      if (use.id === undefined) continue;
      const label = `<${use.component} id="${use.id}"> (line ${use.line})`;
      if (use.component === 'Claim') {
        const firstLine = passages.get(use.id);
        if (firstLine !== undefined) {
          problems.push({
            file,
            field: label,
            message: `repeats the passage on line ${firstLine}: each claim is marked once, remove one of the two`,
          });
          continue;
        }
        passages.set(use.id, use.line);
        if (!reviews.has(use.id)) {
          problems.push({
            file,
            field: label,
            message: `has no review: add a claim with id "${use.id}" to the frontmatter claims, or fix the id`,
          });
        }
      } else {
        const collection = use.component === 'Person' ? 'people' : 'companies';
        if (!listed[collection].has(use.id)) {
          const exists = (collection === 'people' ? people : companies).has(use.id);
          problems.push({
            file,
            field: label,
            message: exists
              ? `"${use.id}" is not listed in this article's ${collection}: add it to the frontmatter ${collection}`
              : missing(collection, use.id),
          });
        }
      }
    }
    for (const [id, i] of reviews) {
      if (!passages.has(id)) {
        problems.push({
          file,
          field: `claims[${i}].id`,
          message: `"${id}" has no passage in the text: wrap the passage in <Claim id="${id}">…</Claim>, or remove the review`,
        });
      }
    }
  }
  return problems;
}

/**
 * Reads and checks the content of a project.
 * @param root project root
 * @throws ContentError listing every problem, when there is any
 */
export async function assertContentValid(root: string, options: CheckOptions = {}): Promise<void> {
  const problems = checkRawContent(await readContent(root), options);
  if (problems.length > 0) throw new ContentError(problems);
}

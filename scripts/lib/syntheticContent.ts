/**
 * Synthetic but valid content for the build benchmark: N articles shaped like
 * the real one (paragraphs with inline claims and mentions, five reviews each
 * in content/claims/<slug>/), over a shared pool of sources, people and companies.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PEOPLE = 20;
const COMPANIES = 10;
const CLAIMS_PER_ARTICLE = 5;
const VERDICTS = ['accurate', 'mostly-accurate', 'misleading', 'inaccurate', 'opinion'];

const paragraph = (n: number, i: number) =>
  `Paragraph ${i} of article ${n} reports on a technology announcement and the reactions to it. Analysts compared it with earlier releases, ` +
  `and executives discussed what it could mean for their industries over the coming years.`;

/** Every article's claim ids (each article has its own folder of reviews). */
const CLAIM_IDS = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => `claim-${c}`);

function article(n: number): string {
  const people = [n % PEOPLE, (n + 1) % PEOPLE].map((p) => `person-${p}`);
  const companies = [n % COMPANIES, (n + 3) % COMPANIES].map((c) => `company-${c}`);
  const frontmatter = [
    `title: Synthetic article ${n} about an AI announcement`,
    `summary: A generated article used to measure how the build scales.`,
    `outlet: { name: example.news, url: "https://example.news/${n}" }`,
    `published: 2024-02-19`,
    `language: en`,
    `analysisPublished: 2024-03-01`,
    `people: [${people.join(', ')}]`,
    `companies: [${companies.join(', ')}]`,
  ];
  const body = Array.from({ length: 6 }, (_, i) => {
    const id = CLAIM_IDS[i];
    const text = paragraph(n, i);
    if (!id) return text;
    const mention = i % 2 === 0 ? `<Person id="${people[i % 2]}">A person</Person>` : `<Company id="${companies[i % 2]}">A company</Company>`;
    return `${mention} said that <Claim id="${id}">${text}</Claim> More context follows.`;
  });
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/** The review of claim `c` of article `n`: the first is reported speech, the others the article's own. */
function claim(n: number, c: number, SOURCES: number): string {
  const reported = c === 0;
  const frontmatter = [
    `claim: Claim ${c} of article ${n} states a checkable fact.`,
    `speaker: ${reported ? `people/person-${n % PEOPLE}` : 'article'}`,
    ...(reported ? ['reported: paraphrase', 'attribution:', '  rating: faithful', `  source: source-${n % SOURCES}`, '  note: The article keeps the speaker’s point.'] : []),
    `verdict: ${VERDICTS[c % VERDICTS.length]}`,
    `summary: The record shows what happened, with dates.`,
    `evidence:`,
    `  - { date: 2023-03-14, text: Something happened on this date. }`,
    `sources: [source-${(n + c) % SOURCES}]`,
    `reviewed: 2024-03-01`,
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\nA paragraph explaining the verdict in our own words, with the dates and the sources that support it.\n`;
}

/**
 * Edits one claim's review the way an editor would (a new sentence in its summary), for the
 * incremental-build measurement: returns the file it changed.
 */
export async function editOneClaim(root: string, article = 0): Promise<string> {
  const file = path.join(root, 'content', 'claims', `article-${article}`, `${CLAIM_IDS[1]}.md`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^summary: (.*)$/m, (_, summary: string) => `summary: ${summary} Updated after a reader’s report.`));
  return file;
}

/** Writes content/ for `articles` synthetic articles into `root` (replacing any content there). */
export async function writeSyntheticContent(root: string, articles: number): Promise<void> {
  const dir = (name: string) => path.join(root, 'content', name);
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  // One source per article up to 50, each cited, so the check has nothing to warn about.
  const SOURCES = Math.min(50, Math.max(1, articles));
  await Promise.all(['articles', 'sources', 'people', 'companies'].map((name) => mkdir(dir(name), { recursive: true })));
  for (let s = 0; s < SOURCES; s++) {
    await writeFile(path.join(dir('sources'), `source-${s}.yaml`), `title: A source\nurl: "https://example.org/source/${s}"\npublisher: Example\ndate: 2023-03-14\n`);
  }
  for (let c = 0; c < COMPANIES; c++) {
    await writeFile(path.join(dir('companies'), `company-${c}.yaml`), `name: Company ${c}\nkind: company\ndescription: A company in the benchmark.\n`);
  }
  for (let p = 0; p < PEOPLE; p++) {
    await writeFile(
      path.join(dir('people'), `person-${p}.yaml`),
      `name: Person ${p}\nroles:\n  - { title: CEO, organization: company-${p % COMPANIES}, asOf: 2024-02-16 }\ndescription: A person in the benchmark.\n`,
    );
  }
  for (let n = 0; n < articles; n++) {
    await writeFile(path.join(dir('articles'), `article-${n}.mdx`), article(n));
    await mkdir(path.join(dir('claims'), `article-${n}`), { recursive: true });
    for (const [c, id] of CLAIM_IDS.entries()) await writeFile(path.join(dir('claims'), `article-${n}`, `${id}.md`), claim(n, c, SOURCES));
  }
}

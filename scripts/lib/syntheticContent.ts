/**
 * Synthetic but valid content for the build benchmark: N articles shaped like
 * the real one (paragraphs with inline claims and mentions, five reviewed
 * claims each), over a shared pool of people and companies.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PEOPLE = 20;
const COMPANIES = 10;
const CLAIMS_PER_ARTICLE = 5;
const VERDICTS = ['accurate', 'mostly-accurate', 'misleading', 'inaccurate', 'opinion'];

const paragraph = (n: number, i: number) =>
  `Paragraph ${i} of article ${n} reports on a technology announcement and the reactions to it. Analysts compared it with earlier releases, ` +
  `and executives discussed what it could mean for their industries over the coming years.`;

function article(n: number): string {
  const people = [n % PEOPLE, (n + 1) % PEOPLE].map((p) => `person-${p}`);
  const companies = [n % COMPANIES, (n + 3) % COMPANIES].map((c) => `company-${c}`);
  const claims = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => ({ id: `a${n}-claim-${c}`, verdict: VERDICTS[c % VERDICTS.length] }));
  const frontmatter = [
    `title: Synthetic article ${n} about an AI announcement`,
    `summary: A generated article used to measure how the build scales.`,
    `outlet: { name: example.news, url: "https://example.news/${n}" }`,
    `published: 2024-02-19`,
    `language: en`,
    `analysisPublished: 2024-03-01`,
    `people: [${people.join(', ')}]`,
    `companies: [${companies.join(', ')}]`,
    `claims:`,
    ...claims.flatMap(({ id, verdict }, c) => [
      `  - id: ${id}`,
      `    claim: Claim ${c} of article ${n} states a checkable fact.`,
      `    speaker: ${c === 0 ? `people/${people[0]}` : 'article'}`,
      `    verdict: ${verdict}`,
      `    summary: The record shows what happened, with dates.`,
      `    explanation: A paragraph explaining the verdict in our own words, with the dates and the sources that support it.`,
      `    evidence:`,
      `      - { date: 2023-03-14, text: Something happened on this date. }`,
      `    sources:`,
      `      - { title: A source, url: "https://example.org/source/${n}/${c}", publisher: Example, date: 2023-03-14 }`,
      `    reviewed: 2024-03-01`,
    ]),
  ];
  const body = Array.from({ length: 6 }, (_, i) => {
    const claim = claims[i];
    const text = paragraph(n, i);
    if (!claim) return text;
    const mention = i % 2 === 0 ? `<Person id="${people[i % 2]}">A person</Person>` : `<Company id="${companies[i % 2]}">A company</Company>`;
    return `${mention} said that <Claim id="${claim.id}">${text}</Claim> More context follows.`;
  });
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/** Writes content/ for `articles` synthetic articles into `root` (replacing any content there). */
export async function writeSyntheticContent(root: string, articles: number): Promise<void> {
  const dir = (name: string) => path.join(root, 'content', name);
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  await Promise.all(['articles', 'people', 'companies'].map((name) => mkdir(dir(name), { recursive: true })));
  for (let c = 0; c < COMPANIES; c++) {
    await writeFile(path.join(dir('companies'), `company-${c}.yaml`), `name: Company ${c}\nkind: company\ndescription: A company in the benchmark.\n`);
  }
  for (let p = 0; p < PEOPLE; p++) {
    await writeFile(
      path.join(dir('people'), `person-${p}.yaml`),
      `name: Person ${p}\nroles:\n  - { title: CEO, organization: company-${p % COMPANIES}, asOf: 2024-02-16 }\ndescription: A person in the benchmark.\n`,
    );
  }
  for (let n = 0; n < articles; n++) await writeFile(path.join(dir('articles'), `article-${n}.mdx`), article(n));
}

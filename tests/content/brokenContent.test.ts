/**
 * The broken-content corpus: each case is one editor mistake. The check must
 * fail and its message must name the file, the field or id, and the fix.
 */
import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../src/lib/content/readContent.ts';
import { checkRawContent } from '../../src/lib/content/checkContent.ts';
import { formatProblems, type Problem } from '../../src/lib/content/problems.ts';
import { ARTICLE_FILE, checkMutated, entry, put, tempProject } from '../helpers/content.ts';
import { TODAY } from '../helpers/fixtures.ts';

const PERSON_FILE = 'content/people/zhou-hongyi.yaml';

const article = (c: RawContent) => entry(c, ARTICLE_FILE);
const person = (c: RawContent) => entry(c, PERSON_FILE);
const claimIndex = (c: RawContent, id: string) => article(c).data.claims.findIndex((x: { id: string }) => x.id === id);

interface Case {
  name: string;
  mutate: (content: RawContent) => void;
  file: string;
  field: string | RegExp;
  /** The part of the message that tells the editor what to do. */
  fix: RegExp;
}

const cases: Case[] = [
  { name: 'missing required field', mutate: (c) => delete article(c).data.title, file: ARTICLE_FILE, field: 'title', fix: /is required: add it/ },
  { name: 'empty required field', mutate: (c) => (article(c).data.summary = ''), file: ARTICLE_FILE, field: 'summary', fix: /is empty: write the text/ },
  { name: 'empty claim text in frontmatter', mutate: (c) => (article(c).data.claims[0].claim = ' '), file: ARTICLE_FILE, field: 'claims[0].claim', fix: /is empty/ },
  { name: 'unknown verdict', mutate: (c) => (article(c).data.claims[2].verdict = 'pants-on-fire'), file: ARTICLE_FILE, field: 'claims[2].verdict', fix: /use one of "accurate", "mostly-accurate"/ },
  { name: 'impossible date', mutate: (c) => (article(c).data.published = '2024-02-30'), file: ARTICLE_FILE, field: 'published', fix: /not a real calendar date: check the month and day/ },
  { name: 'malformed date', mutate: (c) => (article(c).data.claims[1].reviewed = '25/11/2026'), file: ARTICLE_FILE, field: 'claims[1].reviewed', fix: /write it as YYYY-MM-DD/ },
  { name: 'date in the future', mutate: (c) => (article(c).data.analysisPublished = '2031-01-01'), file: ARTICLE_FILE, field: 'analysisPublished', fix: /in the future .*use the date it actually happened/ },
  { name: 'review dated before publication', mutate: (c) => (article(c).data.claims[0].reviewed = '2024-01-05'), file: ARTICLE_FILE, field: 'claims[0].reviewed', fix: /a review cannot predate the article/ },
  { name: 'http source URL', mutate: (c) => (article(c).data.claims[0].sources[0].url = 'http://www.axios.com/x'), file: ARTICLE_FILE, field: 'claims[0].sources[0].url', fix: /links must start with https:\/\// },
  { name: 'javascript: source URL', mutate: (c) => (article(c).data.claims[3].sources[1].url = 'javascript:alert(document.cookie)'), file: ARTICLE_FILE, field: 'claims[3].sources[1].url', fix: /javascript: which is not allowed/ },
  { name: 'data: link on a person', mutate: (c) => (person(c).data.links[0].url = 'data:text/html,<script>alert(1)</script>'), file: PERSON_FILE, field: 'links[0].url', fix: /data: which is not allowed/ },
  { name: 'relative source URL', mutate: (c) => (article(c).data.claims[0].sources[0].url = '/local/page'), file: ARTICLE_FILE, field: 'claims[0].sources[0].url', fix: /not an absolute URL: write it as https:/ },
  { name: 'unknown person in the article', mutate: (c) => (article(c).data.people[0] = 'zhou-hong-yi'), file: ARTICLE_FILE, field: 'people[0]', fix: /"zhou-hong-yi" has no file in content\/people\/: add content\/people\/zhou-hong-yi\.yaml or fix the id/ },
  { name: 'unknown company in the article', mutate: (c) => (article(c).data.companies[1] = 'qihoo'), file: ARTICLE_FILE, field: 'companies[1]', fix: /add content\/companies\/qihoo\.yaml or fix the id/ },
  { name: 'unknown organization in a role', mutate: (c) => (person(c).data.roles[0].organization = 'three-sixty'), file: PERSON_FILE, field: 'roles[0].organization', fix: /add content\/companies\/three-sixty\.yaml/ },
  { name: 'unknown speaker', mutate: (c) => (article(c).data.claims[7].speaker = 'people/sam-altman'), file: ARTICLE_FILE, field: 'claims[7].speaker', fix: /add content\/people\/sam-altman\.yaml or fix the id/ },
  { name: 'malformed speaker', mutate: (c) => (article(c).data.claims[7].speaker = 'Zhou Hongyi'), file: ARTICLE_FILE, field: 'claims[7].speaker', fix: /write "article", "people\/<id>" or "companies\/<id>"/ },
  {
    name: 'speaker not listed in the article',
    mutate: (c) => (article(c).data.people = article(c).data.people.filter((p: string) => p !== 'fang-han')),
    file: ARTICLE_FILE,
    field: /claims\[\d+\]\.speaker/,
    fix: /add "fang-han" to people/,
  },
  { name: 'duplicate claim id in an article', mutate: (c) => (article(c).data.claims[1].id = article(c).data.claims[0].id), file: ARTICLE_FILE, field: 'claims[1].id', fix: /give each claim its own id/ },
  { name: 'claim id not kebab-case', mutate: (c) => (article(c).data.claims[0].id = 'Sora_Released'), file: ARTICLE_FILE, field: 'claims[0].id', fix: /must be kebab-case/ },
  {
    name: 'inline claim with no review',
    mutate: (c) => (article(c).body += '\n<Claim id="ghost-claim">An unreviewed sentence.</Claim>\n'),
    file: ARTICLE_FILE,
    field: /^<Claim id="ghost-claim"> \(line \d+\)$/,
    fix: /add a claim with id "ghost-claim" to the frontmatter claims, or fix the id/,
  },
  {
    name: 'review with no inline claim',
    mutate: (c) => (article(c).body = article(c).body!.replace('<Claim id="made-waves">', '').replace(/(industry leaders)<\/Claim>/, '$1')),
    file: ARTICLE_FILE,
    field: /^claims\[\d+\]\.id$/,
    fix: /"made-waves" has no passage in the text: wrap the passage in <Claim id="made-waves">/,
  },
  {
    name: 'claim nested in a claim',
    mutate: (c) => (article(c).body = article(c).body!.replace('unveiled just last week', 'unveiled <Claim id="inner">just</Claim> last week')),
    file: ARTICLE_FILE,
    field: /^<Claim id="inner"> \(line \d+\)$/,
    fix: /claims cannot be nested/,
  },
  {
    name: 'inline claim that wraps no text',
    mutate: (c) => (article(c).body = article(c).body!.replace(/<Claim id="made-waves">[^<]*<\/Claim>/, '<Claim id="made-waves"></Claim>')),
    file: ARTICLE_FILE,
    field: /^<Claim id="made-waves"> \(line \d+\)$/,
    fix: /put the passage between the tags/,
  },
  {
    name: 'inline claim without an id',
    mutate: (c) => (article(c).body += '\n<Claim>Some text.</Claim>\n'),
    file: ARTICLE_FILE,
    field: /^<Claim id=""> \(line \d+\)$/,
    fix: /write <Claim id="the-id">/,
  },
  {
    name: 'the same claim marked twice',
    mutate: (c) => (article(c).body += '\n<Claim id="made-waves">Again.</Claim>\n'),
    file: ARTICLE_FILE,
    field: /^<Claim id="made-waves"> \(line \d+\)$/,
    fix: /each claim is marked once/,
  },
  {
    name: 'mention of a person the article does not list',
    mutate: (c) => (article(c).body += '\n<Person id="yin-yee">Yin Ye</Person>\n'),
    file: ARTICLE_FILE,
    field: /^<Person id="yin-yee">/,
    fix: /add content\/people\/yin-yee\.yaml or fix the id/,
  },
  {
    name: 'unknown inline component',
    mutate: (c) => (article(c).body += '\n<Claims id="x">typo</Claims>\n'),
    file: ARTICLE_FILE,
    field: /^<Claims> \(line \d+\)$/,
    fix: /use <Claim id="…">, <Person id="…">, <Company id="…">/,
  },
  {
    name: 'MDX syntax error',
    mutate: (c) => (article(c).body += '\nAn unclosed <Claim id="made-waves"> tag.\n'),
    file: ARTICLE_FILE,
    field: /^line \d+$/,
    fix: /the MDX cannot be parsed .*close every tag/,
  },
  { name: 'native name without a language tag', mutate: (c) => delete person(c).data.nativeName.lang, file: PERSON_FILE, field: 'nativeName.lang', fix: /is required: add it/ },
  { name: 'YAML value of the wrong type', mutate: (c) => (person(c).data.roles = 'CEO'), file: PERSON_FILE, field: 'roles', fix: /should be a list but is string "CEO"/ },
  { name: 'number where text is expected', mutate: (c) => (article(c).data.title = 2024), file: ARTICLE_FILE, field: 'title', fix: /should be a string but is number 2024/ },
  { name: 'unknown field', mutate: (c) => (person(c).data.decsription = 'typo'), file: PERSON_FILE, field: 'decsription', fix: /remove it or fix the spelling/ },
  { name: 'title over the length limit', mutate: (c) => (article(c).data.title = 'A'.repeat(200)), file: ARTICLE_FILE, field: 'title', fix: /longer than 160 characters: shorten it/ },
  { name: 'claim with no sources', mutate: (c) => (article(c).data.claims[4].sources = []), file: ARTICLE_FILE, field: 'claims[4].sources', fix: /needs at least one source/ },
  { name: 'claim with too many sources', mutate: (c) => { const s = article(c).data.claims[4].sources[0]; article(c).data.claims[4].sources = [s, s, s, s, s]; }, file: ARTICLE_FILE, field: 'claims[4].sources', fix: /keep the 4 strongest/ },
  {
    name: 'duplicate id across entries',
    mutate: (c) => c.entries.push({ ...structuredClone(person(c)), file: 'content/people/zhou-hongyi.yml' }),
    file: 'content/people/zhou-hongyi.yml',
    field: '(file name)',
    fix: /same id "zhou-hongyi" as content\/people\/zhou-hongyi\.yaml: remove one of the two files/,
  },
  {
    name: 'claim id reused in another article',
    mutate: (c) => c.entries.push({ ...structuredClone(article(c)), id: 'second-article', file: 'content/articles/second-article.mdx' }),
    file: 'content/articles/second-article.mdx',
    field: /^claims\[\d+\]\.id$/,
    fix: /claim ids must be unique across the site/,
  },
];

describe('content check: broken content corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('passes on the real content', async () => {
    expect(await checkMutated(() => {})).toEqual([]);
  });

  it.each(cases)('$name: names the file, the field and the fix', async ({ mutate, file, field, fix }) => {
    const problems = await checkMutated((c) => mutate(c));
    expect(problems.length).toBeGreaterThan(0);
    const match = problems.find(
      (p) => p.file === file && (typeof field === 'string' ? p.field === field : field.test(p.field)) && fix.test(p.message),
    );
    expect(match, `no problem matched; got:\n${formatProblems(problems)}`).toBeDefined();
  });

  it('reports independent mistakes in several files together', async () => {
    const problems = await checkMutated((c) => {
      article(c).data.published = '2024-02-30';
      article(c).data.claims[0].sources[0].url = 'javascript:alert(1)';
      person(c).data.roles[0].organization = 'nowhere';
      entry(c, 'content/companies/openai.yaml').data.kind = 'lab';
    });
    expect(problems.map((p: Problem) => `${p.file} › ${p.field}`)).toEqual(
      expect.arrayContaining([
        `${ARTICLE_FILE} › published`,
        `${ARTICLE_FILE} › claims[0].sources[0].url`,
        `${PERSON_FILE} › roles[0].organization`,
        'content/companies/openai.yaml › kind',
      ]),
    );
  });

  it('formats every problem on its own line with file and field', () => {
    expect(
      formatProblems([
        { file: 'content/people/a.yaml', field: 'name', message: 'is required: add it (string)' },
        { file: 'content/articles/b.mdx', field: 'claims[0].id', message: 'must be kebab-case' },
      ]),
    ).toMatchInlineSnapshot(`
      "Content check failed with 2 problems. Nothing was published.
        ✗ content/people/a.yaml › name: is required: add it (string)
        ✗ content/articles/b.mdx › claims[0].id: must be kebab-case
      See content/README.md for the fields each file takes."
    `);
  });
});

describe('content check: files on disk', () => {
  const check = async (arrange: (root: string) => Promise<void>) =>
    checkRawContent(await readContent(await tempProject(arrange)), { today: TODAY });

  it('rejects a file outside the collection folders', async () => {
    const problems = await check((root) => put(root, 'content/notes.yaml', 'name: x\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/notes.yaml', field: '(location)', message: expect.stringMatching(/move it into content\/articles/) }));
  });

  it('rejects an article with the wrong extension', async () => {
    const problems = await check((root) => put(root, 'content/articles/draft.md', '---\ntitle: x\n---\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/articles/draft.md', field: '(file name)', message: expect.stringMatching(/must be \.mdx files/) }));
  });

  it('rejects a person saved as JSON', async () => {
    const problems = await check((root) => put(root, 'content/people/jane.json', '{}'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/people/jane.json', message: expect.stringMatching(/\.yaml or \.yml/) }));
  });

  it('rejects a file name that is not kebab-case', async () => {
    const problems = await check((root) => put(root, 'content/companies/Big_Co.yaml', 'name: Big Co\nkind: company\ndescription: x\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/companies/Big_Co.yaml', message: expect.stringMatching(/rename the file/) }));
  });

  it('reports broken YAML with its line', async () => {
    const problems = await check((root) => put(root, 'content/people/jane-doe.yaml', 'name: Jane\nroles:\n  - title: "unclosed\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/people/jane-doe.yaml', field: expect.stringMatching(/^line \d+$/), message: expect.stringMatching(/check indentation, colons and quotes/) }));
  });

  it('reads an unquoted impossible date as written, not as 1 March', async () => {
    const problems = await check(async (root) => {
      const { readFile } = await import('node:fs/promises');
      const file = `${root}/content/people/zhou-hongyi.yaml`;
      await put(root, 'content/people/zhou-hongyi.yaml', (await readFile(file, 'utf8')).replace('asOf: 2024-02-16', 'asOf: 2024-02-30'));
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/people/zhou-hongyi.yaml', field: 'roles[0].asOf', message: expect.stringMatching(/"2024-02-30" is not a real calendar date/) }));
  });

  it('rejects an article with no frontmatter', async () => {
    const problems = await check((root) => put(root, 'content/articles/bare.mdx', 'Just text.\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/articles/bare.mdx', field: '(frontmatter)' }));
  });

  it('skips drafts whose name starts with an underscore', async () => {
    const problems = await check((root) => put(root, 'content/articles/_draft.mdx', 'not even frontmatter'));
    expect(problems).toEqual([]);
  });
});

/**
 * The broken-content corpus: each case is one editor mistake. The check must
 * fail and its message must name the file, the field or id, and the fix.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../src/lib/content/readContent.ts';
import { checkRawContent, errorsOf } from '../../src/lib/content/checkContent.ts';
import { formatProblems, type Problem } from '../../src/lib/content/problems.ts';
import { PROJECT_ROOT, checkMutated, entry, firstArticle, put, sampleClaims, tempProject } from '../helpers/content.ts';
import { TODAY } from '../helpers/fixtures.ts';

const PERSON_FILE = 'content/people/zhou-hongyi.yaml';
const SOURCE_FILE = 'content/sources/scmp-awe-and-fear.yaml';

const article = (c: RawContent) => firstArticle(c).article;
const own = (c: RawContent) => sampleClaims(c).own;
const reported = (c: RawContent) => sampleClaims(c).reported;
const person = (c: RawContent) => entry(c, PERSON_FILE);
const source = (c: RawContent) => entry(c, SOURCE_FILE);

interface Case {
  name: string;
  mutate: (content: RawContent) => void;
  /** The file the message must name; a function when it depends on the content. */
  file: string | ((c: RawContent) => string);
  field: string | RegExp;
  /** The part of the message that tells the editor what to do. */
  fix: RegExp;
}

const ARTICLE = (c: RawContent) => article(c).file;
const OWN = (c: RawContent) => own(c).file;
const REPORTED = (c: RawContent) => reported(c).file;

const cases: Case[] = [
  // Schemas: one field at a time.
  { name: 'missing required field', mutate: (c) => delete article(c).data.title, file: ARTICLE, field: 'title', fix: /is required: add it/ },
  { name: 'empty required field', mutate: (c) => (article(c).data.summary = ''), file: ARTICLE, field: 'summary', fix: /is empty: write the text/ },
  { name: 'empty claim text', mutate: (c) => (own(c).data.claim = ' '), file: OWN, field: 'claim', fix: /is empty/ },
  { name: 'unknown verdict', mutate: (c) => (own(c).data.verdict = 'pants-on-fire'), file: OWN, field: 'verdict', fix: /use one of "accurate", "mostly-accurate"/ },
  { name: 'unknown attribution rating', mutate: (c) => (reported(c).data.attribution.rating = 'paraphrased'), file: REPORTED, field: 'attribution.rating', fix: /use one of "exact", "faithful", "altered", "unnamed", "no-record"/ },
  { name: 'impossible date', mutate: (c) => (article(c).data.published = '2024-02-30'), file: ARTICLE, field: 'published', fix: /not a real calendar date: check the month and day/ },
  { name: 'malformed date', mutate: (c) => (own(c).data.reviewed = '25/11/2026'), file: OWN, field: 'reviewed', fix: /write it as YYYY-MM-DD/ },
  { name: 'summary in two paragraphs', mutate: (c) => (own(c).data.summary = 'Wrong.\n\n- GPT-4 came out in March 2023.'), file: OWN, field: 'summary', fix: /write it as one paragraph/ },
  { name: 'corrections out of order', mutate: (c) => (article(c).data.corrections = [{ date: '2026-11-20', text: 'An older one.' }, { date: '2026-11-24', text: 'A newer one, added at the bottom.' }]), file: ARTICLE, field: 'corrections[1].date', fix: /list corrections newest first, adding each new one at the top/ },
  { name: 'date in the future', mutate: (c) => (article(c).data.analysisPublished = '2031-01-01'), file: ARTICLE, field: 'analysisPublished', fix: /in the future .*use the date it actually happened/ },
  { name: 'review dated before publication', mutate: (c) => (own(c).data.reviewed = '2020-01-05'), file: OWN, field: 'reviewed', fix: /a review cannot predate the article/ },
  { name: 'update dated before publication', mutate: (c) => (own(c).data.updates = [{ date: '2020-01-05', text: 'x' }]), file: OWN, field: 'updates[0].date', fix: /a review cannot predate the article/ },
  { name: 'http source URL', mutate: (c) => (source(c).data.url = 'http://www.scmp.com/x'), file: SOURCE_FILE, field: 'url', fix: /links must start with https:\/\// },
  { name: 'javascript: source URL', mutate: (c) => (source(c).data.url = 'javascript:alert(document.cookie)'), file: SOURCE_FILE, field: 'url', fix: /javascript: which is not allowed/ },
  { name: 'data: link on a person', mutate: (c) => (person(c).data.links = [{ label: 'Profile', url: 'data:text/html,<script>alert(1)</script>' }]), file: PERSON_FILE, field: 'links[0].url', fix: /data: which is not allowed/ },
  { name: 'relative source URL', mutate: (c) => (source(c).data.url = '/local/page'), file: SOURCE_FILE, field: 'url', fix: /not an absolute URL: write it as https:/ },
  { name: 'unknown person in the article', mutate: (c) => (article(c).data.people[0] = 'zhou-hong-yi'), file: ARTICLE, field: 'people[0]', fix: /"zhou-hong-yi" has no file in content\/people\/: add content\/people\/zhou-hong-yi\.yaml or fix the id/ },
  { name: 'unknown company in the article', mutate: (c) => (article(c).data.companies[1] = 'qihoo'), file: ARTICLE, field: 'companies[1]', fix: /add content\/companies\/qihoo\.yaml or fix the id/ },
  { name: 'unknown organization in a role', mutate: (c) => (person(c).data.roles[0].organization = 'three-sixty'), file: PERSON_FILE, field: 'roles[0].organization', fix: /add content\/companies\/three-sixty\.yaml/ },
  { name: 'unknown speaker', mutate: (c) => (reported(c).data.speaker = 'people/sam-altman'), file: REPORTED, field: 'speaker', fix: /add content\/people\/sam-altman\.yaml or fix the id/ },
  { name: 'malformed speaker', mutate: (c) => (reported(c).data.speaker = 'Zhou Hongyi'), file: REPORTED, field: 'speaker', fix: /write "article", "people\/<id>" or "companies\/<id>"/ },
  {
    name: 'speaker not listed in the article',
    mutate: (c) => {
      const id = reported(c).data.speaker.split('/')[1];
      article(c).data.people = article(c).data.people.filter((p: string) => p !== id);
    },
    file: REPORTED,
    field: 'speaker',
    fix: /is not listed in .*people: add it there/,
  },
  // Sources.
  { name: 'unknown source id', mutate: (c) => (own(c).data.sources[0] = 'no-such-source'), file: OWN, field: 'sources[0]', fix: /add content\/sources\/no-such-source\.yaml or fix the id/ },
  { name: 'unknown attribution source', mutate: (c) => (reported(c).data.attribution.source = 'gone'), file: REPORTED, field: 'attribution.source', fix: /add content\/sources\/gone\.yaml/ },
  { name: 'unknown timeline source', mutate: (c) => (article(c).data.timeline[0].source = 'gone'), file: ARTICLE, field: 'timeline[0].source', fix: /add content\/sources\/gone\.yaml/ },
  { name: 'claim with no sources', mutate: (c) => (own(c).data.sources = []), file: OWN, field: 'sources', fix: /needs at least one source/ },
  { name: 'claim with too many sources', mutate: (c) => { const s = own(c).data.sources[0]; own(c).data.sources = [s, s, s, s, s]; }, file: OWN, field: 'sources', fix: /keep the 4 strongest/ },
  { name: 'a foreign quote with no translation', mutate: (c) => Object.assign(source(c).data, { lang: 'zh-Hans', quote: '这样看来', translation: undefined }), file: SOURCE_FILE, field: 'translation', fix: /add our English translation/ },
  // The two axes of reported speech.
  { name: 'reported speech with no attribution', mutate: (c) => delete reported(c).data.attribution, file: REPORTED, field: 'attribution', fix: /is required for reported speech/ },
  { name: 'reported speech without quote or paraphrase', mutate: (c) => delete reported(c).data.reported, file: REPORTED, field: 'reported', fix: /write "quote" or "paraphrase"/ },
  { name: 'the article’s own statement with an attribution', mutate: (c) => (own(c).data.attribution = { rating: 'faithful', note: 'x' }), file: OWN, field: 'attribution', fix: /set speaker to the person whose words the article reports/ },
  { name: '“altered” without the words on record', mutate: (c) => { reported(c).data.attribution.rating = 'altered'; delete reported(c).data.attribution.original; }, file: REPORTED, field: 'attribution.original', fix: /give the speaker's words on record/ },
  { name: 'foreign words on record with no translation', mutate: (c) => { reported(c).data.attribution.original = { text: '差距', lang: 'zh-Hans' }; delete reported(c).data.attribution.translation; }, file: REPORTED, field: 'attribution.translation', fix: /add our English translation/ },
  { name: '“should say” on an opinion', mutate: (c) => Object.assign(reported(c).data, { verdict: 'opinion', shouldSay: 'He said neared.' }), file: REPORTED, field: 'shouldSay', fix: /a misreport of the speaker belongs in attribution\.note/ },
  // Reviews against the text.
  { name: 'review with no explanation', mutate: (c) => (own(c).body = '\n'), file: OWN, field: '(text)', fix: /write it below the frontmatter/ },
  {
    name: 'inline claim with no review',
    mutate: (c) => (article(c).body += '\n<Claim id="ghost-claim">An unreviewed sentence.</Claim>\n'),
    file: ARTICLE,
    field: /^<Claim id="ghost-claim"> \(line \d+\)$/,
    fix: /add content\/claims\/[a-z0-9-]+\/ghost-claim\.md, or fix the id/,
  },
  {
    name: 'orphan review: no passage in the text',
    mutate: (c) => c.entries.push({ ...structuredClone(own(c)), id: 'orphan', file: own(c).file.replace(/[^/]+\.md$/, 'orphan.md') }),
    file: (c) => own(c).file.replace(/[^/]+\.md$/, 'orphan.md'),
    field: '(file name)',
    fix: /has no passage in .*wrap the passage in <Claim id="orphan">/,
  },
  {
    name: 'review filed under an unknown article',
    mutate: (c) => c.entries.push({ ...structuredClone(own(c)), article: 'no-such-article', file: 'content/claims/no-such-article/x.md' }),
    file: 'content/claims/no-such-article/x.md',
    field: '(location)',
    fix: /reviews an unknown article "no-such-article"/,
  },
  {
    name: 'claim nested in a claim',
    mutate: (c) => (article(c).body = article(c).body.replace(/(<Claim id="[^"]+">)(\w+)/, '$1<Claim id="inner">$2</Claim>')),
    file: ARTICLE,
    field: /^<Claim id="inner"> \(line \d+\)$/,
    fix: /claims cannot be nested/,
  },
  {
    name: 'inline claim that wraps no text',
    mutate: (c) => (article(c).body += '\n<Claim id="empty"></Claim>\n'),
    file: ARTICLE,
    field: /^<Claim id="empty"> \(line \d+\)$/,
    fix: /put the passage between the tags/,
  },
  { name: 'inline claim without an id', mutate: (c) => (article(c).body += '\n<Claim>Some text.</Claim>\n'), file: ARTICLE, field: /^<Claim id=""> \(line \d+\)$/, fix: /write <Claim id="the-id">/ },
  {
    name: 'the same claim marked twice',
    mutate: (c) => (article(c).body += `\n<Claim id="${own(c).id}">Again.</Claim>\n`),
    file: ARTICLE,
    field: /^<Claim id="[a-z0-9-]+"> \(line \d+\)$/,
    fix: /each claim is marked once/,
  },
  { name: 'mention of an unknown person', mutate: (c) => (article(c).body += '\n<Person id="yin-yee">Yin Ye</Person>\n'), file: ARTICLE, field: /^<Person id="yin-yee">/, fix: /add content\/people\/yin-yee\.yaml or fix the id/ },
  { name: 'unknown inline component', mutate: (c) => (article(c).body += '\n<Claims id="x">typo</Claims>\n'), file: ARTICLE, field: /^line \d+$/, fix: /is not a known component: use <Claim>, <Person>, <Company>, <Lang>/ },
  { name: 'MDX syntax error', mutate: (c) => (article(c).body += '\nAn unclosed <Claim id="x"> tag.\n'), file: ARTICLE, field: /^line \d+$/, fix: /the MDX cannot be parsed .*close every tag/ },
  { name: 'code in an explanation', mutate: (c) => (own(c).body += '\n{process.env.HOME}\n'), file: OWN, field: /^\(text\) \(line \d+\)$/, fix: /use no \{…\}/ },
  { name: 'javascript: link in an evidence line', mutate: (c) => (own(c).data.evidence[0].text = 'See [this](javascript:alert(1)).'), file: OWN, field: 'evidence[0].text', fix: /links must start with https:\/\// },
  { name: 'a component other than <Lang> in prose', mutate: (c) => (own(c).data.summary = 'A <Claim id="x">nested</Claim> mark.'), file: OWN, field: 'summary', fix: /is not a known component: use <Lang>/ },
  // Language.
  { name: 'Chinese with no language tag', mutate: (c) => (own(c).data.summary = 'He said 一年半.'), file: OWN, field: 'summary', fix: /"一年半" is Chinese with no language tag: write <Lang code="zh-Hans">一年半<\/Lang>/ },
  { name: 'simplified script tagged traditional', mutate: (c) => (own(c).body += '\nThe paper, <Lang code="zh-Hant">南华早报</Lang>.\n'), file: OWN, field: /^\(text\) \(line \d+\)$/, fix: /tagged zh-Hant but 华报 are simplified/ },
  { name: 'traditional script tagged simplified', mutate: (c) => (person(c).data.nativeName = { text: '周鴻禕', lang: 'zh-Hans' }), file: PERSON_FILE, field: 'nativeName.text', fix: /tagged zh-Hans but 鴻禕 are traditional/ },
  { name: 'Chinese in a plain field with no lang', mutate: (c) => (source(c).data.publisher = '南华早报'), file: SOURCE_FILE, field: 'publisher', fix: /add lang \(zh-Hans or zh-Hant\)/ },
  { name: 'a language tag without a script', mutate: (c) => (own(c).data.summary = 'In Chinese, <Lang code="zh">差距</Lang>.'), file: OWN, field: 'summary', fix: /without a script: write zh-Hans/ },
  // Shapes.
  { name: 'native name without a language tag', mutate: (c) => delete person(c).data.nativeName.lang, file: PERSON_FILE, field: 'nativeName.lang', fix: /is required: add it/ },
  { name: 'YAML value of the wrong type', mutate: (c) => (person(c).data.roles = 'CEO'), file: PERSON_FILE, field: 'roles', fix: /should be a list but is string "CEO"/ },
  { name: 'number where text is expected', mutate: (c) => (article(c).data.title = 2024), file: ARTICLE, field: 'title', fix: /should be a string but is number 2024/ },
  { name: 'unknown field', mutate: (c) => (person(c).data.decsription = 'typo'), file: PERSON_FILE, field: 'decsription', fix: /remove it or fix the spelling/ },
  { name: 'an old-style claims list in the article', mutate: (c) => (article(c).data.claims = []), file: ARTICLE, field: 'claims', fix: /remove it or fix the spelling/ },
  { name: 'title over the length limit', mutate: (c) => (article(c).data.title = 'A'.repeat(200)), file: ARTICLE, field: 'title', fix: /longer than 160 characters: shorten it/ },
  {
    name: 'duplicate id across entries',
    mutate: (c) => c.entries.push({ ...structuredClone(person(c)), file: 'content/people/zhou-hongyi.yml' }),
    file: 'content/people/zhou-hongyi.yml',
    field: '(file name)',
    fix: /same id "zhou-hongyi" as content\/people\/zhou-hongyi\.yaml: remove or rename one of the two files/,
  },
];

const fileOf = (file: Case['file'], c: RawContent) => (typeof file === 'string' ? file : file(c));

describe('content check: broken content corpus', () => {
  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it('passes on the real content, with no warnings either', async () => {
    const problems = await checkMutated(() => {});
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each(cases)('$name: names the file, the field and the fix', async ({ mutate, file, field, fix }) => {
    let expectedFile = '';
    const problems = errorsOf(
      await checkMutated((c) => {
        expectedFile = fileOf(file, c);
        mutate(c);
      }),
    );
    expect(problems.length).toBeGreaterThan(0);
    const match = problems.find(
      (p) => p.file === expectedFile && (typeof field === 'string' ? p.field === field : field.test(p.field)) && fix.test(p.message),
    );
    expect(match, `no problem matched ${expectedFile}; got:\n${formatProblems(problems)}`).toBeDefined();
  });

  it('warns, without failing, about a source nothing cites', async () => {
    const problems = await checkMutated((c) => c.entries.push({ ...structuredClone(source(c)), id: 'unused', file: 'content/sources/unused.yaml' }));
    expect(errorsOf(problems)).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/sources/unused.yaml', warning: true, message: expect.stringMatching(/cited by no claim or timeline: cite it or remove the file/) })]);
  });

  it('reports independent mistakes in several files together', async () => {
    let files: string[] = [];
    const problems = await checkMutated((c) => {
      files = [article(c).file, own(c).file];
      article(c).data.published = '2024-02-30';
      own(c).data.sources[0] = 'nowhere';
      person(c).data.roles[0].organization = 'nowhere';
      entry(c, 'content/companies/openai.yaml').data.kind = 'lab';
    });
    expect(problems.map((p: Problem) => `${p.file} › ${p.field}`)).toEqual(
      expect.arrayContaining([`${files[0]} › published`, `${files[1]} › sources[0]`, `${PERSON_FILE} › roles[0].organization`, 'content/companies/openai.yaml › kind']),
    );
  });

  it('still cross-checks a review whose frontmatter fails its schema', async () => {
    let file = '';
    const problems = await checkMutated((c) => {
      file = own(c).file;
      own(c).data.verdict = 'nonsense';
      article(c).body = article(c).body.replace(`<Claim id="${own(c).id}">`, '<Claim id="renamed">');
    });
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(expect.arrayContaining([`${file} › verdict`, `${file} › (file name)`]));
  });

  it('formats every problem on its own line with file and field', () => {
    expect(
      formatProblems([
        { file: 'content/people/a.yaml', field: 'name', message: 'is required: add it (string)' },
        { file: 'content/claims/b/c.md', field: 'verdict', message: 'is not allowed' },
      ]),
    ).toMatchInlineSnapshot(`
      "Content check failed with 2 problems. Nothing was published.
        ✗ content/people/a.yaml › name: is required: add it (string)
        ✗ content/claims/b/c.md › verdict: is not allowed
      See content/README.md for the fields each file takes."
    `);
  });
});

describe('content check: files on disk', () => {
  const check = async (arrange: (root: string) => Promise<void>) => checkRawContent(await readContent(await tempProject(arrange)), { today: TODAY });

  it('rejects a file outside the collection folders', async () => {
    const problems = await check((root) => put(root, 'content/notes.yaml', 'name: x\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/notes.yaml', field: '(location)', message: expect.stringMatching(/move it into content\/articles/) }));
  });

  it('rejects a review outside an article folder', async () => {
    const problems = await check((root) => put(root, 'content/claims/loose.md', '---\nclaim: x\n---\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/claims/loose.md', field: '(location)', message: expect.stringMatching(/move it to content\/claims\/<article slug>\/loose\.md/) }));
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

  it('rejects an article named only by a number, which is the address of a page of the list of articles', async () => {
    const problems = await check(async (root) => {
      const { rename } = await import('node:fs/promises');
      await rename(path.join(root, 'content/articles/china-reaction-to-openai-sora.mdx'), path.join(root, 'content/articles/2024.mdx'));
      await rename(path.join(root, 'content/claims/china-reaction-to-openai-sora'), path.join(root, 'content/claims/2024'));
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/2024.mdx', field: '(file name)', message: expect.stringMatching(/is a page of the list of articles: add a word to the file name/) }),
    ]);
  });

  it('reports broken YAML with its line', async () => {
    const problems = await check((root) => put(root, 'content/people/jane-doe.yaml', 'name: Jane\nroles:\n  - title: "unclosed\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/people/jane-doe.yaml', field: expect.stringMatching(/^line \d+$/), message: expect.stringMatching(/check indentation, colons and quotes/) }));
  });

  it('reads an unquoted impossible date as written, not as 1 March', async () => {
    const problems = await check(async (root) => {
      const { readFile } = await import('node:fs/promises');
      const file = `${root}/${PERSON_FILE}`;
      await put(root, PERSON_FILE, (await readFile(file, 'utf8')).replace(/asOf: \d{4}-\d{2}-\d{2}/, 'asOf: 2024-02-30'));
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: PERSON_FILE, field: 'roles[0].asOf', message: expect.stringMatching(/"2024-02-30" is not a real calendar date/) }));
  });

  it('rejects an article with no frontmatter', async () => {
    const problems = await check((root) => put(root, 'content/articles/bare.mdx', 'Just text.\n'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/articles/bare.mdx', field: '(frontmatter)' }));
  });

  it('passes with the second-article fixture added (the fixture the N-article build test uses)', async () => {
    const { cp } = await import('node:fs/promises');
    const problems = await check((root) => cp(`${PROJECT_ROOT}/tests/fixtures/second-article/content`, `${root}/content`, { recursive: true }));
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('skips drafts whose name starts with an underscore', async () => {
    const problems = await check(async (root) => {
      await put(root, 'content/articles/_draft.mdx', 'not even frontmatter');
      await put(root, 'content/claims/_drafts/x.md', 'nothing');
    });
    expect(problems).toEqual([]);
  });
});

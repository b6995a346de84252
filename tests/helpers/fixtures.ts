/** Small valid inputs for schema and view tests; each test breaks or reads one thing. */
import type { PersonInput } from '../../src/lib/schemas/person.ts';
import type { CompanyInput } from '../../src/lib/schemas/company.ts';
import type { ClaimInput } from '../../src/lib/schemas/claim.ts';
import type { SourceInput } from '../../src/lib/schemas/source.ts';
import { ArticleSchema, type ArticleInput } from '../../src/lib/schemas/article.ts';
import { ClaimSchema } from '../../src/lib/schemas/claim.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { CompanySchema } from '../../src/lib/schemas/company.ts';
import { buildSiteView, type Entries } from '../../src/lib/views/build.ts';

export const TODAY = new Date('2026-11-25T12:00:00Z');

export const validPerson = (): PersonInput => ({
  name: 'Zhou Hongyi',
  nativeName: { text: '周鸿祎', lang: 'zh-Hans', romanization: 'Zhōu Hóngyī' },
  roles: [{ title: 'Chairman and CEO', organization: '360-security-technology', asOf: '2024-02-16' }],
  description: 'Head of 360 Security Technology.',
  links: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Zhou_Hongyi' }],
});

export const validCompany = (): CompanyInput => ({ name: 'OpenAI', kind: 'company', description: 'US AI lab.' });

export const validSource = (): SourceInput => ({
  title: 'OpenAI Releases GPT-4',
  url: 'https://the-ledger.net/events/gpt-4-release/',
  publisher: 'The Ledger',
  date: '2023-03-14',
});

/** A review of the article's own statement. */
export const validClaim = (): ClaimInput => ({
  claim: 'GPT-4 is upcoming.',
  speaker: 'article',
  verdict: 'inaccurate',
  summary: 'GPT-4 came out in March 2023.',
  evidence: [{ date: '2023-03-14', text: 'OpenAI releases GPT-4.' }],
  sources: ['ledger'],
  shouldSay: 'GPT-4 was released on 14 March 2023.',
  reviewed: '2026-11-25',
});

/** A review of reported speech: the speaker's words on record, and how the article reported them. */
export const validReportedClaim = (): ClaimInput => ({
  claim: 'China’s models are on par with GPT-3.5.',
  speaker: 'people/zhou-hongyi',
  reported: 'paraphrase',
  attribution: {
    rating: 'altered',
    original: { text: '接近GPT-3.5', lang: 'zh-Hans' },
    translation: 'close to GPT-3.5',
    source: 'weibo-post',
    note: 'He said “close to”, not “on par”.',
  },
  verdict: 'opinion',
  summary: 'His estimate; the article overstates it.',
  evidence: [{ date: '2024-02-16', text: 'Zhou posts on <Lang code="zh-Hans">微博</Lang>.' }],
  sources: ['weibo-post'],
  reviewed: '2026-11-25',
  updates: [{ date: '2026-11-25', text: 'Attribution reviewed apart.' }],
});

export const validArticle = (): ArticleInput => ({
  title: 'A title',
  summary: 'A summary.',
  outlet: { name: 'example.news', url: 'https://example.news/a' },
  published: '2024-02-19',
  language: 'en',
  analysisPublished: '2026-11-25',
  people: ['zhou-hongyi'],
  companies: ['360-security-technology'],
  timeline: [{ date: '2023-03-14', event: 'GPT-4.', source: 'ledger' }],
});

/** The text of the fixture article: the reported claim comes first in reading order. */
export const ARTICLE_BODY = [
  '<Person id="zhou-hongyi">Zhou</Person> said <Claim id="near-gpt-3-5">China’s models are on par with GPT-3.5</Claim>.',
  '',
  'Before that, <Claim id="gpt-4-upcoming">GPT-4 was upcoming</Claim>, the article says.',
].join('\n');

/** Parsed entries for one article, as load.ts hands them to buildSiteView. */
export function fixtureEntries(): Entries {
  const today = TODAY;
  return {
    articles: [{ id: 'an-article', data: ArticleSchema({ today }).parse(validArticle()), body: ARTICLE_BODY }],
    claims: [
      { id: 'an-article/gpt-4-upcoming', data: ClaimSchema({ today }).parse(validClaim()), body: 'GPT-4 came out on *14 March 2023*.' },
      { id: 'an-article/near-gpt-3-5', data: ClaimSchema({ today }).parse(validReportedClaim()), body: 'An estimate, in <Lang code="zh-Hans">一年半</Lang>.' },
    ],
    sources: [
      { id: 'ledger', data: SourceSchema().parse(validSource()) },
      {
        id: 'weibo-post',
        data: SourceSchema().parse({ title: '周鸿祎谈Sora', url: 'https://m.zz5.net/news/18851', publisher: 'zz5.net', lang: 'zh-Hans', quote: '差距可能还在加大', translation: 'the gap may still be widening' }),
      },
    ],
    people: [{ id: 'zhou-hongyi', data: PersonSchema().parse(validPerson()) }],
    companies: [{ id: '360-security-technology', data: CompanySchema().parse({ ...validCompany(), name: '360 Security Technology' }) }],
  };
}

export const fixtureSite = () => buildSiteView(fixtureEntries());

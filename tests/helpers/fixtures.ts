/** Small valid inputs for schema tests; each test breaks one thing. */
import type { PersonInput } from '../../src/lib/schemas/person.ts';
import type { CompanyInput } from '../../src/lib/schemas/company.ts';

export const TODAY = new Date('2026-11-25T12:00:00Z');

export const validPerson = (): PersonInput => ({
  name: 'Zhou Hongyi',
  nativeName: { text: '周鸿祎', lang: 'zh-Hans' },
  roles: [{ title: 'Chairman and CEO', organization: '360-security-technology', asOf: '2024-02-16' }],
  description: 'Head of 360 Security Technology.',
  links: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Zhou_Hongyi' }],
});

export const validCompany = (): CompanyInput => ({
  name: 'OpenAI',
  kind: 'company',
  description: 'US AI lab.',
});

export const validSource = () => ({
  title: 'OpenAI Releases GPT-4',
  url: 'https://the-ledger.net/events/gpt-4-release/',
  publisher: 'The Ledger',
  date: '2023-03-14',
});

export const validClaim = (id = 'gpt-4-upcoming') => ({
  id,
  claim: 'GPT-4 is upcoming.',
  speaker: 'article',
  verdict: 'inaccurate',
  summary: 'GPT-4 came out in March 2023.',
  explanation: 'GPT-4 was released on 14 March 2023.',
  evidence: [{ date: '2023-03-14', text: 'OpenAI releases GPT-4.' }],
  sources: [validSource()],
  reviewed: '2026-11-25',
});

export const validArticle = () => ({
  title: 'A title',
  summary: 'A summary.',
  outlet: { name: 'example.news', url: 'https://example.news/a' },
  published: '2024-02-19',
  language: 'en',
  analysisPublished: '2026-11-25',
  people: ['zhou-hongyi'],
  companies: ['openai'],
  claims: [validClaim()],
});

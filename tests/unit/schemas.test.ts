import { describe, expect, it } from 'vitest';
import { IsoDate, KebabId, SafeUrl } from '../../src/lib/schemas/common.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { CompanySchema } from '../../src/lib/schemas/company.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { ClaimSchema, SpeakerSchema } from '../../src/lib/schemas/claim.ts';
import { parseWithProblems } from '../../src/lib/content/zodProblems.ts';
import { TODAY, validArticle, validClaim, validCompany, validPerson, validReportedClaim, validSource } from '../helpers/fixtures.ts';

/** Problems for `data` as the content check reports them, as `field: message` lines. */
function problems(schema: Parameters<typeof parseWithProblems>[0], data: unknown): string[] {
  return parseWithProblems(schema, data, 'file.yaml').problems.map((p) => `${p.field}: ${p.message}`);
}

describe('IsoDate', () => {
  it('returns the date as written', () => {
    expect(IsoDate.parse('2024-02-29')).toBe('2024-02-29');
  });
  it('accepts a Date from Astro’s YAML parser and returns YYYY-MM-DD', () => {
    expect(IsoDate.parse(new Date('2024-02-15T00:00:00Z'))).toBe('2024-02-15');
  });
  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31'])('rejects the impossible date %s', (value) => {
    const result = IsoDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('not a real calendar date');
  });
  it.each(['15 Feb 2024', '2024-2-15', '2024/02/15', 20240215])('rejects the malformed date %s', (value) => {
    expect(IsoDate.safeParse(value).error?.issues[0]?.message).toContain('write it as YYYY-MM-DD');
  });
});

describe('SafeUrl', () => {
  it('accepts https', () => {
    expect(SafeUrl().parse('https://bis.gov/a')).toBe('https://bis.gov/a');
  });
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/', 'ftp://x.org/'])(
    'rejects %s',
    (value) => {
      expect(SafeUrl().safeParse(value).error?.issues[0]?.message).toContain('must start with https://');
    },
  );
  it.each(['/relative/path', 'not a url', ''])('rejects the non-absolute %j', (value) => {
    expect(SafeUrl().safeParse(value).error?.issues[0]?.message).toContain('not an absolute URL');
  });
  it('rejects credentials in the URL', () => {
    expect(SafeUrl().safeParse('https://user:pw@example.org/').success).toBe(false);
  });
});

describe('KebabId', () => {
  it.each(['zhou-hongyi', '360-security-technology', 'gpt-4-upcoming'])('accepts %s', (id) => {
    expect(KebabId.parse(id)).toBe(id);
  });
  it.each(['Zhou-Hongyi', 'zhou_hongyi', 'zhou--hongyi', '-zhou', 'zhou hongyi', ''])('rejects %j', (id) => {
    expect(KebabId.safeParse(id).success).toBe(false);
  });
});

describe('SpeakerSchema', () => {
  it('returns the article as speaker', () => {
    expect(SpeakerSchema.parse('article')).toEqual({ type: 'article' });
  });
  it('returns a person or a company', () => {
    expect(SpeakerSchema.parse('people/zhou-hongyi')).toEqual({ type: 'person', id: 'zhou-hongyi' });
    expect(SpeakerSchema.parse('companies/openai')).toEqual({ type: 'company', id: 'openai' });
  });
  it.each(['zhou-hongyi', 'people/Zhou', 'sources/x', 'people/'])('rejects %j with the accepted forms', (value) => {
    expect(SpeakerSchema.safeParse(value).error?.issues[0]?.message).toBe(
      `"${value}" is not a speaker: write "article", "people/<id>" or "companies/<id>"`,
    );
  });
});

describe('PersonSchema', () => {
  it('accepts a valid person and resolves organization to a reference', () => {
    const person = PersonSchema().parse(validPerson());
    expect(person.roles[0]?.organization).toEqual({ collection: 'companies', id: '360-security-technology' });
  });
  it('names the missing field', () => {
    const { name: _name, ...rest } = validPerson();
    expect(problems(PersonSchema(), rest)).toEqual(['name: is required: add it (string)']);
  });
  it('requires the romanisation of a Chinese native name', () => {
    const person = { ...validPerson(), nativeName: { text: '周鸿祎', lang: 'zh-Hans' } };
    expect(problems(PersonSchema(), person)).toEqual(['nativeName.romanization: is required for a Chinese name: add its pinyin with tone marks, e.g. "Zhōu Hóngyī"']);
    expect(problems(PersonSchema(), { ...person, nativeName: { text: 'Юрий', lang: 'ru' } })).toEqual([]);
  });
  it('requires a language tag with a native name', () => {
    const person = { ...validPerson(), nativeName: { text: '周鸿祎' } };
    expect(problems(PersonSchema(), person)).toEqual(['nativeName.lang: is required: add it (string)']);
  });
  it('rejects a javascript: link and names the field', () => {
    const person = { ...validPerson(), links: [{ label: 'x', url: 'javascript:alert(1)' }] };
    expect(problems(PersonSchema(), person)[0]).toMatch(/^links\[0\]\.url: .*must start with https:\/\//);
  });
  it('rejects unknown fields, naming them', () => {
    expect(problems(PersonSchema(), { ...validPerson(), nmae: 'typo' })).toEqual([
      'nmae: has unknown field "nmae": remove it or fix the spelling',
    ]);
  });
  it('rejects wrong types with the type expected', () => {
    expect(problems(PersonSchema(), { ...validPerson(), roles: 'CEO' })).toEqual([
      'roles: should be a list but is string "CEO": change its value',
    ]);
  });
  it('rejects an empty name', () => {
    expect(problems(PersonSchema(), { ...validPerson(), name: '  ' })[0]).toMatch(/^name: is empty/);
  });
});

describe('CompanySchema', () => {
  it('accepts a valid company with defaults', () => {
    expect(CompanySchema().parse(validCompany())).toMatchObject({ aliases: [], links: [] });
  });
  it('lists the allowed kinds when the kind is unknown', () => {
    expect(problems(CompanySchema(), { ...validCompany(), kind: 'startup' })).toEqual([
      'kind: "startup" is not allowed: use one of "company", "news-outlet", "platform", "government-agency"',
    ]);
  });
});

describe('SourceSchema', () => {
  it('accepts a source without a date', () => {
    const { date: _date, ...source } = validSource();
    expect(SourceSchema().parse(source).date).toBeUndefined();
  });
  it('requires our translation of a quote in another language', () => {
    const source = { ...validSource(), lang: 'zh-Hans', quote: '差距' };
    expect(problems(SourceSchema(), source)).toEqual(['translation: is required: the quote is in zh-Hans, add our English translation']);
    expect(problems(SourceSchema(), { ...source, translation: 'the gap' })).toEqual([]);
  });
  it('needs no translation of an English quote', () => {
    expect(problems(SourceSchema(), { ...validSource(), lang: 'en-GB', quote: 'A passage' })).toEqual([]);
  });
});

describe('ClaimSchema', () => {
  const schema = () => ClaimSchema({ today: TODAY });

  it('accepts the article’s own statement and reported speech', () => {
    expect(schema().parse(validClaim()).speaker).toEqual({ type: 'article' });
    expect(schema().parse(validReportedClaim()).attribution?.source).toEqual({ collection: 'sources', id: 'weibo-post' });
  });
  it('lists the verdicts when a verdict is unknown', () => {
    expect(problems(schema(), { ...validClaim(), verdict: 'false' })[0]).toMatch(/^verdict: "false" is not allowed: use one of "accurate",/);
  });
  it('requires an attribution and a form for reported speech, and refuses them for the article’s own', () => {
    const { attribution: _a, reported: _r, ...bare } = validReportedClaim();
    expect(problems(schema(), bare).map((p) => p.split(':')[0])).toEqual(['reported', 'attribution']);
    const own = { ...validClaim(), reported: 'quote', attribution: validReportedClaim().attribution };
    expect(problems(schema(), own).map((p) => p.split(':')[0])).toEqual(['attribution', 'reported']);
  });
  it('needs the words on record to call a report exact or altered, and none for “no record”', () => {
    const claim = validReportedClaim();
    const { original: _o, translation: _t, ...withoutWords } = claim.attribution!;
    expect(problems(schema(), { ...claim, attribution: { ...withoutWords, rating: 'exact' } })[0]).toMatch(/^attribution\.original: is required for "exact"/);
    expect(problems(schema(), { ...claim, attribution: { ...withoutWords, rating: 'unnamed' } })).toEqual([]);
    expect(problems(schema(), { ...claim, attribution: { ...claim.attribution!, rating: 'no-record' } })[0]).toMatch(/^attribution\.original: contradicts "no-record"/);
  });
  it('needs the source of words on record, and our translation of foreign words', () => {
    const claim = validReportedClaim();
    const { source: _s, translation: _t, ...rest } = claim.attribution!;
    expect(problems(schema(), { ...claim, attribution: rest }).map((p) => p.split(':')[0])).toEqual(['attribution.source', 'attribution.translation']);
  });
  it.each(['accurate', 'opinion'])('refuses “should say” on a review rated %s', (verdict) => {
    expect(problems(schema(), { ...validClaim(), verdict })).toEqual([
      `shouldSay: cannot go with the verdict "${verdict}": it says the article got something wrong; a misreport of the speaker belongs in attribution.note`,
    ]);
  });
  it('requires between one and four sources', () => {
    expect(problems(schema(), { ...validClaim(), sources: [] })[0]).toMatch(/^sources: needs at least one source/);
    expect(problems(schema(), { ...validClaim(), sources: Array(5).fill('x') })[0]).toMatch(/^sources: has more than 4 sources/);
  });
  it('rejects dates in the future', () => {
    expect(problems(schema(), { ...validClaim(), reviewed: '2027-01-01' })).toEqual(['reviewed: 2027-01-01 is in the future (today is 2026-11-25): use the date it actually happened']);
  });
});

describe('ArticleSchema', () => {
  const schema = () => ArticleSchema({ today: TODAY });

  it('accepts a valid article and applies defaults', () => {
    const article = schema().parse({ ...validArticle(), timeline: undefined });
    expect(article.timeline).toEqual([]);
    expect(article.corrections).toEqual([]);
  });
  it('holds metadata only: reviews live in their own files', () => {
    expect(problems(schema(), { ...validArticle(), claims: [] })).toEqual(['claims: has unknown field "claims": remove it or fix the spelling']);
  });
  it('rejects dates in the future', () => {
    const article = { ...validArticle(), analysisPublished: '2027-01-01' };
    expect(problems(schema(), article)).toEqual([
      'analysisPublished: 2027-01-01 is in the future (today is 2026-11-25): use the date it actually happened',
    ]);
  });
  it('limits the title length', () => {
    expect(problems(schema(), { ...validArticle(), title: 'x'.repeat(161) })).toEqual([
      'title: is longer than 160 characters: shorten it',
    ]);
  });
  it('reports several mistakes in one file together', () => {
    const article = { ...validArticle(), language: 'English', outlet: { name: 'x', url: 'javascript:x' }, people: ['Not Kebab'] };
    expect(problems(schema(), article).map((p) => p.split(':')[0])).toEqual(['outlet.url', 'language', 'people[0]']);
  });
});

import { describe, expect, it } from 'vitest';
import { IsoDate, KebabId, SafeUrl, SourceSchema } from '../../src/lib/schemas/common.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { CompanySchema } from '../../src/lib/schemas/company.ts';
import { ArticleSchema, SpeakerSchema } from '../../src/lib/schemas/article.ts';
import { parseWithProblems } from '../../src/lib/content/zodProblems.ts';
import { TODAY, validArticle, validClaim, validCompany, validPerson, validSource } from '../helpers/fixtures.ts';

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
  it('accepts http only when allowed', () => {
    expect(SafeUrl({ allowHttp: true }).parse('http://example.org/')).toBe('http://example.org/');
  });
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
    expect(SpeakerSchema.parse('article')).toEqual({ collection: 'article', id: '' });
  });
  it('returns a person reference', () => {
    expect(SpeakerSchema.parse('people/zhou-hongyi')).toEqual({ collection: 'people', id: 'zhou-hongyi' });
  });
  it('throws with the accepted forms when the speaker is malformed', () => {
    expect(SpeakerSchema.safeParse('zhou-hongyi').error?.issues[0]?.message).toMatchInlineSnapshot(
      `""zhou-hongyi" is not a speaker: write "article", "people/<id>" or "companies/<id>""`,
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
    expect(SourceSchema.parse(source).date).toBeUndefined();
  });
});

describe('ArticleSchema', () => {
  const schema = () => ArticleSchema({ today: TODAY });

  it('accepts a valid article and applies defaults', () => {
    const article = schema().parse(validArticle());
    expect(article.timeline).toEqual([]);
    expect(article.corrections).toEqual([]);
    expect(article.claims[0]?.speaker).toEqual({ collection: 'article', id: '' });
  });
  it('lists the verdicts when a verdict is unknown', () => {
    const article = { ...validArticle(), claims: [{ ...validClaim(), verdict: 'false' }] };
    expect(problems(schema(), article)[0]).toMatch(/^claims\[0\]\.verdict: "false" is not allowed: use one of "accurate",/);
  });
  it('rejects duplicate claim ids within an article', () => {
    const article = { ...validArticle(), claims: [validClaim('a'), validClaim('a')] };
    expect(problems(schema(), article)).toEqual(['claims[1].id: "a" is already used by claims[0]: give each claim its own id']);
  });
  it('rejects a review dated before the article', () => {
    const article = { ...validArticle(), claims: [{ ...validClaim(), reviewed: '2024-01-01' }] };
    expect(problems(schema(), article)[0]).toMatch(/^claims\[0\]\.reviewed: 2024-01-01 is before the article’s publication|^claims\[0\]\.reviewed: 2024-01-01 is before/);
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
  it('requires between one and four sources', () => {
    const none = { ...validArticle(), claims: [{ ...validClaim(), sources: [] }] };
    const five = { ...validArticle(), claims: [{ ...validClaim(), sources: Array(5).fill(validSource()) }] };
    expect(problems(schema(), none)[0]).toMatch(/^claims\[0\]\.sources: needs at least one source/);
    expect(problems(schema(), five)[0]).toMatch(/^claims\[0\]\.sources: has more than 4 sources/);
  });
  it('reports several mistakes in one file together', () => {
    const article = {
      ...validArticle(),
      language: 'English',
      claims: [{ ...validClaim(), id: 'Not Kebab', sources: [{ ...validSource(), url: 'javascript:x' }] }],
    };
    expect(problems(schema(), article).map((p) => p.split(':')[0])).toEqual([
      'language',
      'claims[0].id',
      'claims[0].sources[0].url',
    ]);
  });
});

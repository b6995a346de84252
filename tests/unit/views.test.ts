import { describe, expect, it } from 'vitest';
import { buildSiteView, claimsAbout } from '../../src/lib/views/build.ts';
import { fixtureEntries, fixtureSite } from '../helpers/fixtures.ts';

describe('the site view', () => {
  const site = fixtureSite();
  const article = site.articles[0]!;
  const [reported, own] = article.claims as [typeof article.claims[0], typeof article.claims[0]];

  it('numbers claims in the reading order of their passages, not file order', () => {
    expect(article.claims.map((c) => [c.number, c.id])).toEqual([
      [1, 'near-gpt-3-5'],
      [2, 'gpt-4-upcoming'],
    ]);
    expect(site.claims).toEqual(article.claims);
  });

  it('highlights a passage by the stronger of its verdict and its attribution', () => {
    expect(own.severity).toBe('problem'); // inaccurate
    expect(reported.severity).toBe('problem'); // opinion, but altered in the report
    const entries = fixtureEntries();
    entries.claims[1]!.data.attribution!.rating = 'faithful';
    expect(buildSiteView(entries).claims.find((c) => c.id === 'near-gpt-3-5')!.severity).toBe('fine');
    entries.claims[1]!.data.attribution!.rating = 'unnamed';
    expect(buildSiteView(entries).claims.find((c) => c.id === 'near-gpt-3-5')!.severity).toBe('caution');
  });

  it('makes the article its own statements’ speaker, under the outlet’s name', () => {
    expect(own.speaker).toMatchObject({ type: 'article', id: null, name: 'example.news', label: 'The article' });
    expect(own.attribution).toBeUndefined();
  });

  it('resolves a reported speaker and the attribution review with its source', () => {
    expect(reported.speaker).toMatchObject({ type: 'person', id: 'zhou-hongyi', name: 'Zhou Hongyi', url: '/people/zhou-hongyi/', sameAs: ['https://en.wikipedia.org/wiki/Zhou_Hongyi'] });
    expect(reported.attribution).toMatchObject({
      rating: 'altered',
      reported: 'paraphrase',
      original: { text: '接近GPT-3.5', lang: 'zh-Hans' },
      translation: 'close to GPT-3.5',
      source: { id: 'weibo-post', lang: 'zh-Hans' },
    });
  });

  it('renders prose to HTML with language tags, and to plain text', () => {
    expect(reported.explanation.html).toBe('<p>An estimate, in <span lang="zh-Hans">一年半</span>.</p>');
    expect(reported.explanation.text).toBe('An estimate, in 一年半.');
    expect(reported.evidence[0]!.text.html).toBe('Zhou posts on <span lang="zh-Hans">微博</span>.');
    expect(own.explanation.html).toContain('<em>14 March 2023</em>');
  });

  it('gives each claim its passage in context and its URLs', () => {
    expect(reported.passage).toEqual({ before: 'Zhou said ', passage: 'China’s models are on par with GPT-3.5', after: '.' });
    expect(own.urls).toEqual({
      passage: '/articles/an-article/#claim-gpt-4-upcoming',
      page: '/articles/an-article/claims/gpt-4-upcoming/',
      image: '/articles/an-article/claims/gpt-4-upcoming/og.png',
    });
  });

  it('links a source with a text fragment of its quote', () => {
    expect(reported.sources[0]!.link).toBe(`https://m.zz5.net/news/18851#:~:text=${encodeURIComponent('差距可能还在加大')}`);
  });

  it('dates the analysis by its latest change: a review, an update or a correction', () => {
    const entries = fixtureEntries();
    entries.articles[0]!.data.analysisPublished = '2026-11-01';
    entries.claims.forEach((c) => (c.data.reviewed = '2026-11-02'));
    entries.claims[1]!.data.updates = [{ date: '2026-11-09', text: 'Changed.' }];
    expect(buildSiteView(entries).articles[0]!.modified).toBe('2026-11-09');
    entries.articles[0]!.data.corrections = [{ date: '2026-11-12', text: 'Fixed.' }];
    expect(buildSiteView(entries).articles[0]!.modified).toBe('2026-11-12');
  });

  it('numbers corrections from the oldest, so a new one (listed first) moves no published anchor', () => {
    const entries = fixtureEntries();
    entries.articles[0]!.data.corrections = [{ date: '2026-11-12', text: 'Fixed.' }];
    const [first] = buildSiteView(entries).articles[0]!.corrections;
    entries.articles[0]!.data.corrections = [{ date: '2026-11-20', text: 'Fixed again.' }, { date: '2026-11-12', text: 'Fixed.' }];
    const [newer, older] = buildSiteView(entries).articles[0]!.corrections;
    expect(older).toEqual(first);
    expect(first!.url).toBe('/articles/an-article/corrections/#correction-1');
    expect(newer!.id).toBe('correction-2');
  });

  it('names each role’s organization', () => {
    expect(site.people[0]!.roles[0]!.organization).toEqual({ id: '360-security-technology', name: '360 Security Technology', url: '/companies/360-security-technology/' });
  });

  it('finds the statements a person made and the articles that mention them', () => {
    const { made, articles } = claimsAbout(site, { kind: 'person', id: 'zhou-hongyi' });
    expect(made.map((c) => c.id)).toEqual(['near-gpt-3-5']);
    expect(articles.map((a) => a.slug)).toEqual(['an-article']);
    expect(claimsAbout(site, { kind: 'company', id: '360-security-technology' }).made).toEqual([]);
  });
});

describe('claimPassages', () => {
  it('finds a claim inside emphasis or a link, and a claim around whole paragraphs', async () => {
    const { claimPassages, parseMdx } = await import('../../src/lib/mdx.ts');
    const passages = claimPassages(parseMdx('He said *it was <Claim id="a">very **big**</Claim>* indeed.\n\n<Claim id="b">\nA whole paragraph.\n</Claim>'));
    expect(passages.get('a')).toEqual({ before: 'He said it was ', passage: 'very big', after: ' indeed.' });
    expect(passages.get('b')).toEqual({ before: '', passage: 'A whole paragraph.', after: '' });
  });
});

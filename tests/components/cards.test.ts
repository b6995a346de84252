import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import RatingBadge from '../../src/components/RatingBadge.astro';
import ClaimMark from '../../src/components/ClaimMark.astro';
import ReportError from '../../src/components/ReportError.astro';
import ClaimNote from '../../src/components/ClaimNote.astro';
import AttributionReview from '../../src/components/AttributionReview.astro';
import PersonCard from '../../src/components/PersonCard.astro';
import CompanyCard from '../../src/components/CompanyCard.astro';
import ExternalLink from '../../src/components/ExternalLink.astro';
import ClaimsTable from '../../src/components/ClaimsTable.astro';
import EntityClaims from '../../src/components/EntityClaims.astro';
import ArticleList from '../../src/components/ArticleList.astro';
import { listedArticleFields } from '../../src/lib/articleList.ts';
import { groupClaims, listedFields, listingCounts } from '../../src/lib/claimsTable.ts';
import type { ArticleView, ClaimView } from '../../src/lib/views/types.ts';
import { ATTRIBUTION_IDS, ATTRIBUTIONS } from '../../src/lib/attributions.ts';
import { VERDICT_IDS, VERDICTS } from '../../src/lib/verdicts.ts';
import { buildSiteView } from '../../src/lib/views/build.ts';
import { ClaimSchema } from '../../src/lib/schemas/claim.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { fixtureEntries, fixtureSite, validClaim, validPerson } from '../helpers/fixtures.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const NASTY = `<script>alert("x")</script> & "quotes" 'too'`;

describe('RatingBadge', () => {
  it.each(VERDICT_IDS)('shows the label and symbol of %s', async (verdict) => {
    const html = parse(await container.renderToString(RatingBadge, { props: { verdict } }));
    const badge = html.querySelector('[data-verdict]')!;
    expect(badge.getAttribute('data-verdict')).toBe(verdict);
    // The verdict is text, not colour alone.
    expect(badge.text).toContain(VERDICTS[verdict].label);
    expect(badge.querySelector('[aria-hidden="true"]')!.text).toBe(VERDICTS[verdict].symbol);
  });
});

describe('RatingBadge for attributions', () => {
  it.each(ATTRIBUTION_IDS)('shows the label and symbol of %s', async (rating) => {
    const html = parse(await container.renderToString(RatingBadge, { props: { attribution: rating } }));
    const badge = html.querySelector('[data-attribution]')!;
    expect(badge.getAttribute('data-attribution')).toBe(rating);
    expect(badge.text).toContain(ATTRIBUTIONS[rating].label);
    expect(badge.querySelector('[aria-hidden="true"]')!.text).toBe(ATTRIBUTIONS[rating].symbol);
  });
});

const site = fixtureSite();
const own = site.claims.find((c) => !c.attribution)!;
const reported = site.claims.find((c) => c.attribution)!;

describe('ClaimMark', () => {
  it('wraps the passage with the claim anchor, a marker that opens its preview, and its verdict for shared links', async () => {
    const html = parse(await container.renderToString(ClaimMark, { props: { claim: own }, slots: { default: 'the upcoming release of GPT-4' } }));
    const mark = html.querySelector('#claim-gpt-4-upcoming')!;
    expect(mark.getAttribute('data-severity')).toBe('problem');
    expect(mark.childNodes[0]!.text).toBe('the upcoming release of GPT-4');
    const marker = mark.querySelector('button.claim__ref')!;
    expect(marker.getAttribute('popovertarget')).toBe('preview-claim-gpt-4-upcoming');
    expect(marker.getAttribute('aria-label')).toBe(`Claim ${own.number}, rated Inaccurate: show the review`);
    expect(marker.text).toBe(`✗\u202f${own.number}`);
    // The card the marker opens, also shown when the passage is the link target: a popover, so
    // hidden by the browser itself until asked for, even with the site's CSS off.
    const verdict = mark.querySelector(`#${marker.getAttribute('popovertarget')}`)!;
    expect(verdict.classList.contains('claim__verdict')).toBe(true);
    expect(verdict.hasAttribute('popover')).toBe(true);
    expect(verdict.getAttribute('role')).toBe('dialog');
    expect(verdict.querySelector('strong')!.text).toBe('Inaccurate.');
    expect(verdict.text).toContain('Inaccurate. GPT-4 came out in March 2023.');
    expect(verdict.querySelector('a[href="/articles/an-article/claims/gpt-4-upcoming/"]')!.text).toContain('Full review');
  });
});

describe('ClaimNote', () => {
  const render = (claim = own) => container.renderToString(ClaimNote, { props: { claim } }).then(parse);

  it('is an article with the review id, verdict, summary and links to the passage and the full review', async () => {
    const html = await render();
    const note = html.querySelector('article#review-gpt-4-upcoming')!;
    expect(note.getAttribute('aria-labelledby')).toBe('review-gpt-4-upcoming-title');
    expect(note.querySelector('h3')!.text).toBe('GPT-4 is upcoming.');
    expect(note.querySelector('.badge[data-verdict]')!.text).toContain('Inaccurate');
    expect(note.querySelector('[data-attribution]')).toBeNull();
    expect(note.text).toContain('Statement by the article');
    expect(note.querySelector('.note__summary')!.text).toBe('GPT-4 came out in March 2023.');
    const hrefs = note.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('#claim-gpt-4-upcoming');
    expect(hrefs).toContain('/articles/an-article/claims/gpt-4-upcoming/');
  });

  it('shows the attribution rating of reported speech beside the verdict', async () => {
    const note = (await render(reported)).querySelector('article')!;
    expect(note.querySelector('[data-attribution="altered"]')!.text).toContain('Altered or overstated');
    expect(note.text).toContain('Statement by Zhou Hongyi, as the article reports it');
  });


  it('escapes markup, ampersands and quotes in content text', async () => {
    const entries = fixtureEntries();
    entries.claims[0]!.data = ClaimSchema().parse({ ...validClaim(), claim: NASTY, summary: '&lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes"' });
    const claim = buildSiteView(entries).claims.find((c) => c.id === 'gpt-4-upcoming')!;
    const raw = await container.renderToString(ClaimNote, { props: { claim } });
    expect(raw).not.toContain('<script>');
    expect(raw).toContain('&lt;script&gt;');
    expect(raw).toContain('&amp;');
    // Parsed back, the heading and the summary hold the text itself and no element.
    const html = parse(raw);
    expect(html.querySelector('h3')!.text).toBe(NASTY);
    expect(html.querySelector('script')).toBeNull();
    expect(html.querySelector('.note__summary')!.text).toBe('<script>alert("x")</script> & "quotes"');
  });
});

describe('AttributionReview', () => {
  it('shows the words on record in their language, tagged, with our translation marked as ours, and the record', async () => {
    const html = parse(await container.renderToString(AttributionReview, { props: { claim: reported, headingId: 'a' } }));
    expect(html.querySelector('h2#a')!.text).toBe('How the article reports Zhou Hongyi');
    expect(html.querySelector('[data-attribution="altered"]')!.text).toContain('Altered or overstated');
    expect(html.text).toContain('Paraphrased by the article');
    const original = html.querySelector('q.quote__original')!;
    expect(original.getAttribute('lang')).toBe('zh-Hans');
    expect(original.text).toBe('接近GPT-3.5');
    const translation = html.querySelector('.quote__translation')!;
    expect(translation.getAttribute('lang')).toBeUndefined();
    expect(translation.text.replace(/\s+/g, ' ').trim()).toBe('Our translation: close to GPT-3.5');
    expect(html.querySelector('cite[lang="zh-Hans"]')!.text).toBe('周鸿祎谈Sora');
    expect(html.text).toContain('He said “close to”, not “on par”.');
  });
});

describe('PersonCard and CompanyCard', () => {
  it('renders the native name with its language tag and the dated role', async () => {
    const html = parse(await container.renderToString(PersonCard, { props: { person: site.people[0]! } }));
    expect(html.querySelector('article#person-zhou-hongyi')).not.toBeNull();
    const native = html.querySelector('[lang="zh-Hans"]')!;
    expect(native.text).toBe('周鸿祎');
    expect(html.querySelector('[lang="zh-Latn-pinyin"]')!.text).toBe('Zhōu Hóngyī');
    expect(html.querySelector('h3 a')!.getAttribute('href')).toBe('/people/zhou-hongyi/');
    expect(html.querySelector('.entity-card__roles')!.text).toContain('Chairman and CEO, 360 Security Technology');
    expect(html.querySelector('.entity-card__roles time')!.getAttribute('datetime')).toBe('2024-02-16');
  });

  it('escapes a hostile name and description, and still shows them as text', async () => {
    const entries = fixtureEntries();
    entries.people[0]!.data = PersonSchema().parse({ ...validPerson(), name: NASTY, description: '&lt;script&gt;alert(1)&lt;/script&gt;' });
    const person = buildSiteView(entries).people[0]!;
    const raw = await container.renderToString(PersonCard, { props: { person } });
    expect(raw).not.toMatch(/<script>/);
    const html = parse(raw);
    expect(html.querySelector('h3 a')!.text).toBe(NASTY);
    expect(html.querySelector('.entity-card__description')!.text).toBe('<script>alert(1)</script>');
  });

  it('uses a full-page heading without the article page’s card id in the full variant', async () => {
    const company = site.companies[0]!;
    const html = parse(await container.renderToString(CompanyCard, { props: { company, variant: 'full' } }));
    expect(html.querySelector('#company-360-security-technology')).toBeNull();
    expect(html.querySelector('h2')!.text).toContain('360 Security Technology');
  });
});

describe('ExternalLink', () => {
  it('marks https links as external with rel="noopener noreferrer"', async () => {
    const html = parse(await container.renderToString(ExternalLink, { props: { href: 'https://bis.gov/' }, slots: { default: 'BIS' } }));
    const a = html.querySelector('a')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer external');
    expect(a.text).toContain('(external site)');
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/'])('renders %s as plain text, not a link', async (href) => {
    const html = parse(await container.renderToString(ExternalLink, { props: { href }, slots: { default: 'bad' } }));
    expect(html.querySelector('a')).toBeNull();
    expect(html.text).toContain('bad');
  });
});

describe('ReportError (on every claim page)', () => {
  it('is a working mailto: link that names the claim', async () => {
    const link = parse(await container.renderToString(ReportError, { props: { claim: own } })).querySelector('a.report-error')!;
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/^mailto:corrections@example\.org\?subject=/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Error report: claim an-article/gpt-4-upcoming');
    expect(url.searchParams.get('body')).toContain('What is wrong');
  });
});

describe('lists of claims and their cache keys', () => {
  // Everything a review has that lists do not show (see listedFields in src/lib/claimsTable.ts).
  const edited = (claim: ClaimView): ClaimView => ({
    ...claim,
    byline: 'Someone else entirely',
    speaker: { ...claim.speaker, name: 'A renamed speaker', url: '/elsewhere/', sameAs: [] },
    ...(claim.attribution ? { attribution: { ...claim.attribution, note: { html: 'Renoted.', text: 'Renoted.' } } } : {}),
    article: { ...claim.article, outlet: { name: 'another outlet' }, language: 'zh-Hans' },
    urls: { ...claim.urls, passage: '/elsewhere/#x', image: '/elsewhere.png' },
    summary: { html: 'Rewritten.', text: 'Rewritten.' },
    explanation: { html: '<p>Rewritten at length.</p>', text: 'Rewritten at length.' },
    shouldSay: { html: 'Something else.', text: 'Something else.' },
    evidence: [],
    sources: [],
    updates: [{ date: '2026-12-01', text: { html: 'Updated.', text: 'Updated.' } }],
    severity: 'fine',
  });

  it('show nothing of a review beyond listedFields (every other field changed here), so an edit to those renders no list again', async () => {
    const site = fixtureSite();
    const changed = site.claims.map(edited);
    expect(changed.map(listedFields)).toEqual(site.claims.map(listedFields));
    const table = (claims: ClaimView[]) =>
      container.renderToString(ClaimsTable, { props: { groups: groupClaims(claims, 'article'), count: claims.length, counts: listingCounts(claims), sort: 'article' } });
    expect(await table(changed)).toBe(await table(site.claims));
    const entity = (claims: ClaimView[]) => container.renderToString(EntityClaims, { props: { name: 'Zhou Hongyi', made: claims, articles: site.articles } });
    expect(await entity(changed)).toBe(await entity(site.claims));
  });

  it('show nothing of an article beyond listedArticleFields in the list of articles', async () => {
    const site = fixtureSite();
    const changed = site.articles.map(
      (article): ArticleView => ({
        ...article,
        claims: article.claims.map(edited),
        people: [],
        companies: [],
        timeline: [],
        corrections: [],
        publishedNote: { html: 'Another note.', text: 'Another note.' },
        original: { name: 'Elsewhere', title: 'Another title', url: 'https://example.org/other' },
        analysisPublished: '2026-12-01',
        modified: '2026-12-02',
        timelineUrl: '/elsewhere/timeline/',
        correctionsUrl: '/elsewhere/corrections/',
      }),
    );
    expect(changed.map(listedArticleFields)).toEqual(site.articles.map(listedArticleFields));
    const list = (articles: ArticleView[]) => container.renderToString(ArticleList, { props: { articles } });
    expect(await list(changed)).toBe(await list(site.articles));
  });
});

describe('ClaimsTable pages', () => {
  const site = fixtureSite();
  const render = async (page?: { current: number; last: number }) =>
    parse(
      await container.renderToString(ClaimsTable, {
        props: { groups: groupClaims(site.claims, 'article'), count: 250, counts: listingCounts(site.claims), sort: 'article', ...(page && { page: { ...page, url: (n: number) => `/claims/${n}/` } }) },
      }),
    );

  it('has no page links when the listing fits one page', async () => {
    expect((await render())!.querySelector('nav.pagination')).toBeNull();
    expect((await render({ current: 1, last: 1 }))!.querySelector('nav.pagination')).toBeNull();
  });

  it('links the neighbouring pages, says where the reader is, and counts the whole listing', async () => {
    const html = await render({ current: 3, last: 5 });
    const nav = html.querySelector('nav.pagination[aria-label]')!;
    const links = nav.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href'), a.getAttribute('rel') ?? '']);
    expect(links).toEqual([
      ['First page', '/claims/1/', ''],
      ['← Newer articles', '/claims/2/', 'prev'],
      ['Older articles →', '/claims/4/', 'next'],
      ['Last page', '/claims/5/', ''],
    ]);
    expect(nav.text).toContain('Page 3 of 5');
    // The whole listing's count; where this page is, the page links say (once).
    expect(html.querySelector('.claims-shown')!.text).toBe('250 claims, sorted by article order.');
  });

  it('offers no way back from the first page and none on from the last', async () => {
    const first = (await render({ current: 1, last: 2 })).querySelector('nav.pagination')!;
    expect(first.querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['next']);
    const last = (await render({ current: 2, last: 2 })).querySelector('nav.pagination')!;
    expect(last.querySelectorAll('a').map((a) => a.getAttribute('rel'))).toEqual(['prev']);
  });
});

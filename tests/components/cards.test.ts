import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import VerdictBadge from '../../src/components/VerdictBadge.astro';
import ClaimMark from '../../src/components/ClaimMark.astro';
import ClaimCard from '../../src/components/ClaimCard.astro';
import PersonCard from '../../src/components/PersonCard.astro';
import CompanyCard from '../../src/components/CompanyCard.astro';
import ExternalLink from '../../src/components/ExternalLink.astro';
import { ClaimSchema } from '../../src/lib/schemas/article.ts';
import { PersonSchema } from '../../src/lib/schemas/person.ts';
import { CompanySchema } from '../../src/lib/schemas/company.ts';
import { VERDICT_IDS, VERDICTS } from '../../src/lib/verdicts.ts';
import { validClaim, validCompany, validPerson } from '../helpers/fixtures.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const NASTY = `<script>alert("x")</script> & "quotes" 'too'`;

describe('VerdictBadge', () => {
  it.each(VERDICT_IDS)('shows the label and symbol of %s', async (verdict) => {
    const html = parse(await container.renderToString(VerdictBadge, { props: { verdict } }));
    const badge = html.querySelector('[data-verdict]')!;
    expect(badge.getAttribute('data-verdict')).toBe(verdict);
    // The verdict is text, not colour alone.
    expect(badge.text).toContain(VERDICTS[verdict].label);
    expect(badge.querySelector('[aria-hidden="true"]')!.text).toBe(VERDICTS[verdict].symbol);
  });
  it('keeps the label for screen readers in the compact variant', async () => {
    const html = parse(await container.renderToString(VerdictBadge, { props: { verdict: 'inaccurate', variant: 'compact' } }));
    expect(html.querySelector('.visually-hidden')!.text).toBe('Inaccurate');
  });
});

describe('ClaimMark', () => {
  it('wraps the passage with the claim anchor and links to the review card', async () => {
    const html = parse(
      await container.renderToString(ClaimMark, {
        props: { id: 'gpt-4-upcoming', verdict: 'inaccurate', number: 12 },
        slots: { default: 'the upcoming release of GPT-4' },
      }),
    );
    const mark = html.querySelector('#claim-gpt-4-upcoming')!;
    expect(mark.text).toContain('the upcoming release of GPT-4');
    const link = mark.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#review-gpt-4-upcoming');
    expect(link.text).toContain('Claim 12, rated Inaccurate');
  });
});

describe('ClaimCard', () => {
  const render = (claim = ClaimSchema.parse(validClaim()), number = 3) =>
    container
      .renderToString(ClaimCard, { props: { claim, number, speakerName: 'The article', articleSlug: 'some-article' } })
      .then(parse);

  it('is an article with the review id, verdict, summary and links both ways', async () => {
    const html = await render();
    const card = html.querySelector('article#review-gpt-4-upcoming')!;
    expect(card.getAttribute('aria-labelledby')).toBe('review-gpt-4-upcoming-title');
    expect(card.querySelector('h3')!.text).toBe('GPT-4 is upcoming.');
    expect(card.querySelector('.verdict')!.text).toContain('Inaccurate');
    const hrefs = card.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('#claim-gpt-4-upcoming');
    expect(hrefs).toContain('/articles/some-article/claims/gpt-4-upcoming/');
  });

  it('puts explanation, evidence and sources one step away in <details>', async () => {
    const details = (await render()).querySelector('details')!;
    expect(details.querySelector('summary')!.text).toBe('Explanation, evidence and sources');
    expect(details.text).toContain('GPT-4 was released on 14 March 2023.');
    expect(details.querySelector('time[datetime="2023-03-14"]')).not.toBeNull();
    const source = details.querySelector('.sources a')!;
    expect(source.getAttribute('href')).toBe('https://the-ledger.net/events/gpt-4-release/');
    expect(source.getAttribute('rel')).toContain('noopener');
    expect(source.getAttribute('rel')).toContain('noreferrer');
  });

  it('escapes markup, ampersands and quotes in content text', async () => {
    const claim = ClaimSchema.parse({ ...validClaim(), claim: NASTY, summary: NASTY, explanation: NASTY });
    const raw = await container.renderToString(ClaimCard, {
      props: { claim, number: 1, speakerName: NASTY, articleSlug: 'a' },
    });
    expect(raw).not.toContain('<script>');
    expect(raw).toContain('&lt;script&gt;');
    expect(raw).toContain('&amp;');
    // Parsed back, the heading holds the text itself and no element.
    const heading = parse(raw).querySelector('h3')!;
    expect(heading.text).toBe(NASTY);
    expect(heading.querySelector('script')).toBeNull();
  });
});

describe('PersonCard and CompanyCard', () => {
  const companies = new Map([['360-security-technology', { id: '360-security-technology', data: CompanySchema().parse({ ...validCompany(), name: '360 Security Technology' }) }]]);

  it('renders the native name with its language tag and the dated role', async () => {
    const person = { id: 'zhou-hongyi', data: PersonSchema().parse(validPerson()) };
    const html = parse(await container.renderToString(PersonCard, { props: { person, companies } }));
    expect(html.querySelector('article#person-zhou-hongyi')).not.toBeNull();
    const native = html.querySelector('[lang="zh-Hans"]')!;
    expect(native.text).toBe('周鸿祎');
    expect(html.querySelector('h3 a')!.getAttribute('href')).toBe('/people/zhou-hongyi/');
    expect(html.querySelector('.entity-card__roles')!.text).toContain('Chairman and CEO, 360 Security Technology');
    expect(html.querySelector('.entity-card__roles time')!.getAttribute('datetime')).toBe('2024-02-16');
  });

  it('escapes a hostile name and description', async () => {
    const person = { id: 'x', data: PersonSchema().parse({ ...validPerson(), name: NASTY, description: NASTY }) };
    const raw = await container.renderToString(PersonCard, { props: { person, companies } });
    expect(raw).not.toMatch(/<script>/);
  });

  it('uses a full-page heading without the sidebar id in the full variant', async () => {
    const company = { id: 'openai', data: CompanySchema().parse(validCompany()) };
    const html = parse(await container.renderToString(CompanyCard, { props: { company, variant: 'full', headingLevel: 2 } }));
    expect(html.querySelector('#company-openai')).toBeNull();
    expect(html.querySelector('h2')!.text).toContain('OpenAI');
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

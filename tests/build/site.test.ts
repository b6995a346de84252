import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';
import { SEED_ARTICLE_SLUG, listFiles, page, published, readingText } from '../helpers/site.ts';
import { SITE } from '../../src/consts.ts';
import { VERDICTS } from '../../src/lib/verdicts.ts';

const dir = inject('siteDirs').root;
let site: Awaited<ReturnType<typeof published>>;
let people: string[];
let companies: string[];

beforeAll(async () => {
  site = await published(dir);
  const content = await readContent(PROJECT_ROOT);
  people = content.entries.filter((e) => e.collection === 'people').map((e) => e.id);
  companies = content.entries.filter((e) => e.collection === 'companies').map((e) => e.id);
});

describe('built site', () => {
  it('has the home page, the article index, every article, a page per person and company, and 404.html', async () => {
    const files = await listFiles(dir);
    expect(site.articles.length).toBeGreaterThan(0);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'articles/index.html',
        '404.html',
        'methodology/index.html',
        'corrections/index.html',
        ...site.articles.map((a) => `articles/${a.slug}/index.html`),
        ...people.map((id) => `people/${id}/index.html`),
        ...companies.map((id) => `companies/${id}/index.html`),
      ]),
    );
  });

  it.each(['', 'articles/'])('lists every article on /%s with its claim counts', async (where) => {
    const html = await page(dir, where);
    for (const article of site.articles) {
      const item = html.querySelector(`a[href="/articles/${article.slug}/"]`)!.closest('article')!;
      expect(item.text).toContain(article.title);
      const verdicts = item.querySelectorAll('.article-item__verdicts li').map((li) => li.text.replace(/\s+/g, ' ').trim());
      expect(verdicts.reduce((sum, v) => sum + Number(/× (\d+)/.exec(v)![1]), 0)).toBe(article.claims.length);
    }
  });

  it('names the site from its configuration, not from an article', async () => {
    const home = await page(dir, '');
    expect(home.querySelector('title')!.text).toBe(SITE.name);
    expect(home.querySelector('.site-header__title')!.text).toBe(SITE.name);
  });
});

describe('article page', () => {
  it('marks every reviewed claim inline and gives each a note, linked both ways', async () => {
    for (const article of site.articles) {
    const html = await page(dir, `articles/${article.slug}/`);
    for (const claim of article.claims) {
      const { id } = claim;
      const passage = html.querySelector(`article [data-article-body] #claim-${id}`);
      expect(passage, `passage #claim-${id}`).not.toBeNull();
      // The marker opens the passage's own verdict card, which leads to the full review and to the note.
      const opener = passage!.querySelector('button.claim__ref')!;
      const card = passage!.querySelector(`#${opener.getAttribute('popovertarget')}[popover]`)!;
      expect(card.text).toContain(`${VERDICTS[claim.verdict.id].label}.`);
      expect(card.querySelector(`a[href="/articles/${article.slug}/claims/${id}/"]`)).not.toBeNull();
      expect(card.querySelector(`a[href="#review-${id}"]`)).not.toBeNull();
      // The note beside the text links back to the passage and on to the full review.
      const note = html.querySelector(`#notes #review-${id}`);
      expect(note, `note #review-${id}`).not.toBeNull();
      expect(note!.querySelector(`a[href="#claim-${id}"]`)).not.toBeNull();
      expect(note!.querySelector(`a[href="/articles/${article.slug}/claims/${id}/"]`)).not.toBeNull();
    }
    expect(html.querySelectorAll('[id^="claim-"]')).toHaveLength(article.claims.length);
    }
  });

  it('contains the seed article verbatim: title and every paragraph', async () => {
    const seed = (await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/seed-article.txt'), 'utf8')).trim().split('\n');
    const [title, ...paragraphs] = seed;
    const html = await page(dir, `articles/${SEED_ARTICLE_SLUG}/`);
    expect(html.querySelector('h1')!.text).toBe(title);
    const body = html.querySelectorAll('[data-article-body] > p').map(readingText);
    expect(body).toEqual(paragraphs.map((p) => p.trim()));
  });

  it('has cards for the people and companies it lists, with native names tagged by language', async () => {
    const content = await readContent(PROJECT_ROOT);
    const article = content.entries.find((e) => e.collection === 'articles' && e.id === SEED_ARTICLE_SLUG)!.data as { people: string[]; companies: string[] };
    const html = await page(dir, `articles/${SEED_ARTICLE_SLUG}/`);
    expect(html.querySelector('#person-zhou-hongyi [lang="zh-Hans"]')!.text).toBe('周鸿祎');
    for (const id of article.people) expect(html.querySelector(`#people #person-${id}`), id).not.toBeNull();
    for (const id of article.companies) expect(html.querySelector(`#organizations #company-${id}`), id).not.toBeNull();
    // Every inline mention opens, in place, the card listed after the text.
    const mentions = html.querySelectorAll('button[data-mention]');
    expect(mentions.length).toBeGreaterThan(0);
    for (const button of mentions) {
      const card = html.querySelector(`#${button.getAttribute('popovertarget')}`);
      expect(card, button.getAttribute('popovertarget')!).not.toBeNull();
      expect(card!.hasAttribute('popover')).toBe(true);
      expect(card!.closest('#people, #organizations')).not.toBeNull();
    }
  });

  it('uses semantic landmarks and dates', async () => {
    const html = await page(dir, `articles/${SEED_ARTICLE_SLUG}/`);
    expect(html.querySelector('main h1#article-title')).not.toBeNull();
    expect(html.querySelector('main article[aria-labelledby="article-title"] [data-article-body]')).not.toBeNull();
    expect(html.querySelector('section#notes[aria-labelledby]')).not.toBeNull();
    expect(html.querySelector('time[datetime="2024-02-19"]')).not.toBeNull();
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('en');
  });

  it('needs no JavaScript: no script other than JSON data, except the search page’s marked enhancement', async () => {
    for (const file of (await listFiles(dir)).filter((f) => f.endsWith('.html'))) {
      const scripts = (await page(dir, file)).querySelectorAll('script');
      for (const script of scripts) {
        if (file === 'search/index.html') expect(script.hasAttribute('data-enhancement'), file).toBe(true);
        else expect(script.getAttribute('type'), file).toBe('application/ld+json');
      }
    }
  });
});

describe('person and company pages', () => {
  it('shows each person in full with exactly the statements of theirs that articles report', async () => {
    for (const id of people) {
      const html = await page(dir, `people/${id}/`);
      const theirs = site.claims.filter((c) => c.speaker.type === 'person' && c.speaker.id === id);
      expect(html.querySelectorAll('.entity-claims li a').map((a) => a.getAttribute('href')).filter((h) => h!.includes('/claims/'))).toEqual(
        theirs.map((c) => new URL(c.permalink).pathname),
      );
    }
  });
  it('credits no one with the article’s sentences about them', async () => {
    const html = await page(dir, 'people/zhou-hongyi/');
    const own = site.claims.filter((c) => c.speaker.type === 'article').map((c) => new URL(c.permalink).pathname);
    for (const href of html.querySelectorAll('.entity-claims a').map((a) => a.getAttribute('href'))) expect(own).not.toContain(href);
  });
  it('lists the articles a company is mentioned in', async () => {
    const html = await page(dir, 'companies/nvidia/');
    expect(html.querySelector(`a[href="/articles/${SEED_ARTICLE_SLUG}/"]`)).not.toBeNull();
  });
});

describe('corrections policy', () => {
  it('is linked from the footer of every page, with the contact address, and from /methodology/', async () => {
    const missing: string[] = [];
    for (const file of (await listFiles(dir)).filter((f) => f.endsWith('.html'))) {
      const footer = (await page(dir, file)).querySelector('footer')!;
      if (!footer.querySelector('a[href="/corrections/"]') || !footer.querySelector(`a[href="mailto:${SITE.contact}"]`)) missing.push(file);
    }
    expect(missing).toEqual([]);
    expect((await page(dir, 'methodology/')).querySelector('main a[href="/corrections/"]')).not.toBeNull();
    const policy = await page(dir, 'corrections/');
    expect(policy.querySelector('h1')!.text).toBe('Corrections policy');
    expect(policy.text).toMatch(/Report an error/);
  });
});

describe('Markdown processing', () => {
  // Astro 7's default processor ignores remark plugins: this fails if remark-gfm stops running.
  it('renders GFM tables and footnotes (remark-gfm is active)', async () => {
    const html = await page(dir, 'methodology/');
    expect(html.querySelector('.prose table th')!.text).toBe('Kind of source');
    expect(html.querySelector('sup a[data-footnote-ref]')).not.toBeNull();
    expect(html.querySelector('section[data-footnotes] li')!.text).toContain('ClaimReview');
  });
});

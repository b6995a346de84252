// The article's text is rendered from its syntax tree (src/lib/articleText.ts), not compiled by MDX. These tests
// hold it to what MDX's compiler, with the site's settings, makes of the same text: the same HTML, as a
// browser parses it (the two escape characters differently: `&#x26;` or `&amp;`).
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { parse } from 'node-html-parser';
import { parseFragment, serialize } from 'parse5';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ArticleText from '../../src/components/ArticleText.astro';
import Claim from '../../src/components/mdx/Claim.astro';
import Person from '../../src/components/mdx/Person.astro';
import Company from '../../src/components/mdx/Company.astro';
import Lang from '../../src/components/mdx/Lang.astro';
import CompiledBody from '../fixtures/article-text/body.mdx';
import { articleTextTree, hasComponent, isComponentNode } from '../../src/lib/articleText.ts';
import { COMPONENTS } from '../../src/lib/mdx.ts';
import { normalizeText } from '../../src/lib/content/readContent.ts';

// Claim.astro looks its review up; any id gets the fixture site's first claim under that id.
vi.mock('../../src/lib/views/load.ts', async () => {
  const { fixtureSite } = await import('../helpers/fixtures.ts');
  const claim = fixtureSite().claims[0]!;
  return { getClaim: async (_slug: string, id: string) => ({ ...claim, id }) };
});

const SOURCE = normalizeText(readFileSync(new URL('../fixtures/article-text/body.mdx', import.meta.url), 'utf8'));
const locals = { article: 'an-article' };

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
});

describe('ArticleText', () => {
  it('renders exactly the HTML that MDX compiles from the same text', async () => {
    const compiled = await container.renderToString(CompiledBody, { locals, props: { components: { Claim, Person, Company, Lang } } });
    const fromTree = await container.renderToString(ArticleText, { locals, props: { nodes: articleTextTree(SOURCE).children } });
    const asParsed = (html: string) => serialize(parseFragment(html));
    expect(fromTree.length).toBeGreaterThan(2000);
    expect(asParsed(fromTree)).toBe(asParsed(compiled));
  });

  it('covers what an article can hold: components at every depth, GFM, footnotes, heading ids', async () => {
    const tree = articleTextTree(SOURCE);
    const components = new Set<string>();
    const visit = (node: (typeof tree.children)[number]) => {
      if (isComponentNode(node)) components.add(node.data.component);
      if ('children' in node) node.children.forEach(visit);
    };
    tree.children.forEach(visit);
    expect([...components].sort()).toEqual(['Claim', 'Company', 'Lang', 'Person']);
    expect(tree.children.filter(hasComponent).length).toBeGreaterThan(4);
    const html = parse(await container.renderToString(ArticleText, { locals, props: { nodes: tree.children } }));
    const shown = [
      'table td button.mention', 'td[style="text-align:center"]', 'section[data-footnotes] li', 'blockquote button.mention', 'del', 'em .claim strong',
      'a .claim', 'span.claim p', 'span[lang="zh-Hans"]', 'h3#a-heading-with-emphasis--an-ampersand-1', 'h2#about-openai button.mention',
      'ol a[href="https://example.org/reference"]', 'ol br', 'input[type="checkbox"][checked]', 'pre', 'img[alt="A picture, described"]', 'hr',
    ];
    for (const selector of shown) {
      expect(html.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('renders every component of the vocabulary', async () => {
    for (const [name, { props }] of Object.entries(COMPONENTS)) {
      const source = `Before <${name} ${props.map((prop) => `${prop}="zh-Hans"`).join(' ')}>the words</${name}> after.`;
      const html = parse(await container.renderToString(ArticleText, { locals, props: { nodes: articleTextTree(source).children } }));
      expect(html.querySelector('p')!.text, name).toMatch(/^Before the words.* after\.$/s);
      expect(html.querySelector('p')!.childNodes.length, name).toBe(3);
    }
  });

  it('keeps a paragraph that holds only a component a paragraph (MDX would leave its text outside any <p>)', async () => {
    const html = parse(await container.renderToString(ArticleText, { locals, props: { nodes: articleTextTree('<Claim id="whole">A whole sentence.</Claim>').children } }));
    expect(html.querySelector('p > span.claim#claim-whole')).not.toBeNull();
  });

  it('refuses a component outside the vocabulary (the content check refuses it first)', () => {
    expect(() => articleTextTree('A <Script id="x">text</Script>.')).toThrow(/<Script> is not a component of the text/);
  });
});

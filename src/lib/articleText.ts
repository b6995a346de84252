/**
 * An article's text, rendered from its syntax tree: the MDX is parsed (src/lib/mdx.ts), never compiled to a
 * JavaScript module. The content check has already kept the text to Markdown and the four components of
 * COMPONENTS with plain string props, so the tree says everything the text can: the Markdown becomes HTML as
 * MDX would make it (remark-gfm, Astro's heading ids), and each component becomes a node that
 * ArticleText.astro renders with the component of the same name.
 *
 * Why not MDX's compiler: it makes every article a module that Vite bundles on every build, changed or
 * not, which was most of a rebuild's time at 1,000 articles; and text that is never run cannot run anything.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { unified } from 'unified';
import { COMPONENTS, parseMdx, stringProp, type JsxElement } from './mdx.ts';

export type ComponentName = keyof typeof COMPONENTS;

declare module 'hast' {
  interface ElementData {
    /** Set on the nodes of articleTextTree that stand for a component. */
    component?: ComponentName;
    props?: Record<string, string>;
  }
}

/** A component in the text: `data.component` names it, `data.props` holds its string props. */
export type ComponentNode = Element & { data: { component: ComponentName; props: Record<string, string> } };

export const isComponentNode = (node: RootContent | Root): node is ComponentNode => node.type === 'element' && node.data?.component !== undefined;

function componentNode(node: JsxElement, children: ElementContent[]): ComponentNode {
  const component = node.name as ComponentName;
  if (!node.name || !Object.hasOwn(COMPONENTS, node.name)) {
    // The content check refuses this first; reaching here means the text skipped the check.
    throw new Error(`<${node.name ?? ''}> is not a component of the text (unchecked content?)`);
  }
  const props = Object.fromEntries(COMPONENTS[component].props.map((name) => [name, stringProp(node, name) ?? '']));
  return { type: 'element', tagName: 'template', properties: {}, children, data: { component, props } };
}

const headingIds = unified().use(rehypeHeadingIds).freeze();

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * What MDX does between the tree and its output (hast-util-to-estree): the line breaks between the parts of a
 * table are dropped, and a column's alignment becomes a style (which the site's CSP does not apply, as it did
 * not before). One thing it does is left out on purpose: MDX unwraps a paragraph that holds only components,
 * leaving its text outside any <p>; here it stays a paragraph.
 */
function asMdxWrites(node: Root | RootContent): void {
  if (!('children' in node)) return;
  if (node.type === 'element' && TABLE_PARTS.has(node.tagName)) {
    node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '\n');
  }
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && node.properties.align) {
    const { align, ...properties } = node.properties;
    node.properties = { ...properties, style: `text-align:${String(align)}` };
  }
  node.children.forEach(asMdxWrites);
}

/** The text's HTML tree, with components as ComponentNodes. */
export function articleTextTree(source: string): Root {
  const tree = toHast(parseMdx(source), {
    handlers: {
      mdxJsxTextElement: (state, node) => componentNode(node, state.all(node)),
      mdxJsxFlowElement: (state, node) => componentNode(node, state.all(node)),
    },
  });
  if (tree.type !== 'root') throw new Error('An article text parsed to something other than a document');
  // Ids on headings as MDX gives them; the file name tells the plugin the text is MDX.
  headingIds.runSync(tree, { path: 'article.mdx' });
  asMdxWrites(tree);
  return tree;
}

/** True when the node has a component in it, so it cannot be written out as plain HTML. */
export function hasComponent(node: RootContent | Root): boolean {
  return isComponentNode(node) || ('children' in node && node.children.some(hasComponent));
}

// `&amp;` rather than `&#x26;`, as Astro escapes the text of a component.
const HTML_OPTIONS = { characterReferences: { useNamedReferences: true } };

/** The HTML of a node with no component in it. */
export const nodeHtml = (node: RootContent): string => toHtml(node, HTML_OPTIONS);

/** An element's start and end tags, to write around children rendered separately. */
export function elementTags(node: Element): { start: string; end: string } {
  const html = toHtml({ ...node, children: [] }, HTML_OPTIONS);
  const end = `</${node.tagName}>`;
  return html.endsWith(end) ? { start: html.slice(0, -end.length), end } : { start: html, end: '' };
}

/**
 * Renders the prose editors write in reviews, sources and notes (Markdown with
 * `<Lang code>` marks) to HTML and to plain text. The content check has already
 * rejected anything but text, links and marks (src/lib/content/checkText.ts).
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Properties } from 'hast';
import type { Nodes, Root } from 'mdast';
import { isJsx, isPlainProse, parseMdx, stringProp, textOf } from './mdx.ts';

export interface RenderedProse {
  /** Safe HTML: escaped text, `<span lang>`, emphasis, links (external ones with rel="noopener noreferrer"). */
  html: string;
  /** The same text without markup, for feeds, JSON and attributes. */
  text: string;
}

function langElement(node: Nodes, tagName: 'span' | 'div', children: ElementContent[]): Element {
  const code = isJsx(node) ? stringProp(node, 'code') : undefined;
  return { type: 'element', tagName, properties: code ? { lang: code } : {}, children };
}

/** @param inline drop the paragraph around a one-paragraph text (for a field shown inside a sentence or list item) */
export function renderProse(source: string, { inline = false }: { inline?: boolean } = {}): RenderedProse {
  // Plain words are their own HTML: none of their characters needs escaping (see isPlainProse).
  // A trailing line break is nothing to Markdown (a file's body ends with one).
  const plain = source.trimEnd();
  if (isPlainProse(plain)) return { html: inline ? plain : `<p>${plain}</p>`, text: plain };
  return renderParsed(source, inline);
}

/** renderProse through the parser, whatever the text (exported for the test that compares the two). */
export function renderParsed(source: string, inline: boolean): RenderedProse {
  const tree: Root = parseMdx(source);
  const hast = toHast(tree, {
    handlers: {
      mdxJsxTextElement: (state, node) => langElement(node, 'span', state.all(node)),
      mdxJsxFlowElement: (state, node) => langElement(node, 'div', state.all(node)),
    },
  });
  const visit = (node: ElementContent | typeof hast) => {
    if (node.type === 'element' && node.tagName === 'a' && /^https:/.test(String(node.properties.href))) {
      node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] } satisfies Properties;
    }
    if ('children' in node) (node.children as ElementContent[]).forEach(visit);
  };
  visit(hast);
  const [only, ...rest] = hast.type === 'root' ? hast.children : [];
  if (inline && hast.type === 'root' && only?.type === 'element' && only.tagName === 'p' && rest.length === 0) hast.children = only.children;
  return { html: toHtml(hast), text: tree.children.map(textOf).join(' ').replace(/\s+/g, ' ').trim() };
}

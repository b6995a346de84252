/**
 * The parser is skipped for plain words (isPlainProse): the content check and the renderer must give
 * exactly what the parser would. Checked on every string in the real content and on near misses.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { isPlainProse, parseMdx } from '../../src/lib/mdx.ts';
import { renderParsed, renderProse } from '../../src/lib/prose.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

/** Every string anywhere in the content's data. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const content = await readContent(PROJECT_ROOT);
const real = [...new Set(content.entries.flatMap((e) => [...strings(e.data), ...(e.body ? [e.body] : [])]))];

const NEAR_MISSES = [
  'see www.example.com for more',
  'read https://example.com',
  'write to someone@example.org',
  'export controls tightened in 2023.',
  'import duties rose.',
  'an *emphasised* word',
  'an _emphasised_ word',
  'a `code` span',
  'x &amp; y',
  'x & y',
  'a [link](https://example.com)',
  '1. a numbered line',
  '2) another',
  '- a list item',
  '+ a list item',
  '# a heading',
  '> a quote',
  ' leading space',
  'two  spaces',
  'two\nlines',
  '周鸿祎 said so',
  'said <Lang code="zh-Hans">周鸿祎</Lang>',
  'an {expression}',
  'a <b>tag</b>',
  'an escaped \\* star',
  'a ~~struck~~ word',
  'a | table | row',
  '',
];

const nodeTypes = (node: Nodes): string[] => [node.type, ...('children' in node ? (node.children as Nodes[]).flatMap(nodeTypes) : [])];

describe('plain prose, without the parser', () => {
  it('is much of the real content', () => {
    const plain = real.filter((s) => isPlainProse(s.trimEnd()));
    expect(plain.length).toBeGreaterThan(real.length / 3);
  });

  it('parses to one paragraph of text, and renders the same, for every plain string in the content', () => {
    for (const source of real.filter((s) => isPlainProse(s.trimEnd()))) {
      // Only text in a paragraph: no rule of the content check (links, tags, expressions, Chinese) can apply.
      expect(new Set(nodeTypes(parseMdx(source))), source).toEqual(new Set(['root', 'paragraph', 'text']));
      expect(renderProse(source), source).toEqual(renderParsed(source, false));
      expect(renderProse(source, { inline: true }), source).toEqual(renderParsed(source, true));
    }
  });

  it.each(NEAR_MISSES.map((s) => [s]))('leaves anything else to the parser: %j', (source) => {
    expect(isPlainProse(source)).toBe(false);
  });

  it('still renders what it leaves to the parser', () => {
    expect(renderProse('an *emphasised* word').html).toBe('<p>an <em>emphasised</em> word</p>');
  });
});

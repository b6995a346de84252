/**
 * The paragraph around each inline claim, as plain text, for the claim's
 * permalink page ("the quoted passage in context").
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';

export interface ClaimPassage {
  /** Text of the paragraph before the claim. */
  before: string;
  /** The claim's own text. */
  passage: string;
  /** Text of the paragraph after the claim. */
  after: string;
}

interface JsxNode extends Parent {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const isJsx = (node: Node): node is JsxNode => node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
const claimIdOf = (node: Node) =>
  isJsx(node) && node.name === 'Claim'
    ? (node.attributes.find((a) => a.name === 'id')?.value as string | undefined)
    : undefined;

function textOf(node: Node): string {
  if (node.type === 'text' && 'value' in node) return String(node.value);
  return 'children' in node ? (node as Parent).children.map(textOf).join('') : '';
}

/**
 * @param body MDX body of an article
 * @returns each claim id mapped to its paragraph split around the claim
 */
export function claimPassages(body: string): Map<string, ClaimPassage> {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Parent;
  const passages = new Map<string, ClaimPassage>();
  const visit = (node: Node) => {
    if (node.type === 'paragraph') {
      const children = (node as Parent).children;
      children.forEach((child, index) => {
        const id = claimIdOf(child);
        if (!id) return;
        passages.set(id, {
          before: children.slice(0, index).map(textOf).join(''),
          passage: textOf(child),
          after: children.slice(index + 1).map(textOf).join(''),
        });
      });
      return;
    }
    if ('children' in node) (node as Parent).children.forEach(visit);
  };
  visit(tree);
  return passages;
}

/**
 * Finds the inline components in an MDX body (`<Claim>`, `<Person>`,
 * `<Company>`) with the same parser MDX uses, so syntax errors surface here
 * with a line number instead of halfway through a build.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import { INLINE_COMPONENTS } from '../../consts.ts';
import type { Problem } from './problems.ts';

export interface InlineUse {
  component: 'Claim' | 'Person' | 'Company';
  /** The `id` attribute; undefined when missing or not a plain string. */
  id: string | undefined;
  /** 1-based line in the file. */
  line: number;
  /** Visible text inside the element. */
  text: string;
}

interface JsxNode extends Parent {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const COMPONENTS = new Set<string>(Object.values(INLINE_COMPONENTS));

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string' && node.type === 'text') return node.value;
  if ('children' in node) return (node as Parent).children.map(textOf).join('');
  return '';
}

function isJsx(node: Node): node is JsxNode {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}

/**
 * @param body MDX text after the frontmatter
 * @param file file name for messages
 * @param lineOffset line of the file on which `body` starts (1-based)
 * @returns the inline components found, and problems with their use
 */
export function scanBody(body: string, file: string, lineOffset = 1): { uses: InlineUse[]; problems: Problem[] } {
  const uses: InlineUse[] = [];
  const problems: Problem[] = [];
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    const line = (e.line ?? 1) + lineOffset - 1;
    problems.push({
      file,
      field: `line ${line}`,
      message: `the MDX cannot be parsed (${e.reason ?? e.message}): close every tag and escape a literal < or { as &lt; or &#123;`,
    });
    return { uses, problems };
  }

  const walk = (node: Node, insideClaim: InlineUse | undefined) => {
    let claim = insideClaim;
    if (isJsx(node)) {
      const line = (node.position?.start.line ?? 1) + lineOffset - 1;
      const name = node.name ?? '(fragment)';
      if (!COMPONENTS.has(name)) {
        problems.push({
          file,
          field: `<${name}> (line ${line})`,
          message: `is not a known component: use ${[...COMPONENTS].map((c) => `<${c} id="…">`).join(', ')}`,
        });
      } else {
        const idAttribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
        const use: InlineUse = { component: name as InlineUse['component'], id, line, text: textOf(node).trim() };
        const label = `<${name} id="${id ?? ''}"> (line ${line})`;
        if (id === undefined) {
          problems.push({ file, field: label, message: `has no id: write <${name} id="the-id">…</${name}>` });
        }
        if (use.text === '') {
          problems.push({ file, field: label, message: 'wraps no text: put the passage between the tags' });
        }
        if (name === 'Claim') {
          if (insideClaim) {
            problems.push({
              file,
              field: label,
              message: `is inside <Claim id="${insideClaim.id}"> (line ${insideClaim.line}): claims cannot be nested, close the first before opening the next`,
            });
          }
          claim = use;
        }
        uses.push(use);
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child, claim);
  };
  walk(tree, undefined);
  return { uses, problems };
}

/**
 * Keeps article bodies to data. MDX is a program: `import`, `export` and
 * `{…}` would run at build time, and JSX can render any HTML. The site never
 * compiles a body (it renders the syntax tree: src/lib/articleText.ts), and
 * the check holds the tree to what that renderer draws: plain Markdown, the
 * known components with plain string attributes, and safe links only.
 */
import type { Nodes, Root } from 'mdast';
import { parseMdx } from '../mdx.ts';
import type { Problem } from './problems.ts';

export { parseMdx };

/** The components editors may write, with the props each accepts (all plain strings). */
export type Vocabulary = Record<string, { props: readonly string[] }>;

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = JsxElement['attributes'][number];

/** Node types of plain Markdown (with GFM); anything else a parser plugin adds is refused. */
const MARKDOWN_TYPES = new Set([
  'root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'heading', 'thematicBreak',
  'blockquote', 'list', 'listItem', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition',
  'footnoteDefinition', 'footnoteReference', 'table', 'tableRow', 'tableCell',
]);

const NO_CODE = 'use no {…}: write the text, or &#123; for a literal brace';
const LINK_FIX = 'links must start with https:// or / (or # for a place on this page)';

/** The text cut to `max` characters, marked with `…` when cut (so a cut expression does not look like a typo). */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** `…` after 80 characters; JSON quoting shows hidden characters such as tabs. */
function quote(text: string, max = 80): string {
  return JSON.stringify(clip(text, max));
}

function componentList(vocabulary: Vocabulary): string {
  return Object.keys(vocabulary).map((name) => `<${name}>`).join(', ');
}

/**
 * True for `https://…`, site-relative `/…` (not `//…`) and `#…`. Judges the URL
 * as a browser reads it: the WHATWG parser drops tabs and newlines anywhere,
 * trims control characters and spaces, treats `\` as `/` and ignores case.
 */
function isSafeUrl(url: string): boolean {
  const seen = url.replace(/[\u0000-\u0020\u007f]/g, '').replaceAll('\\', '/').toLowerCase();
  return seen.startsWith('https://') || (seen.startsWith('/') && !seen.startsWith('//')) || seen.startsWith('#');
}

function urlProblem(node: Nodes): string | undefined {
  if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
  if (isSafeUrl(node.url)) return undefined;
  const what = node.type === 'image' ? 'the image' : node.type === 'definition' ? `the link definition [${node.label ?? node.identifier}]:` : 'the link';
  return `${what} ${quote(node.url)} is not allowed: ${LINK_FIX}`;
}

function elementProblem(node: JsxElement, vocabulary: Vocabulary): string | undefined {
  const { name } = node;
  const use = `the text can only use ${componentList(vocabulary)}`;
  if (name === null) return `a fragment <>…</> is not allowed: remove it; ${use}`;
  if (/[.:]/.test(name)) return `<${name}> is not allowed: ${use}`;
  if (/^[a-z]/.test(name)) return `<${name}>: raw HTML is not allowed: use Markdown; ${use}`;
  // Object.hasOwn, so `constructor` and friends are not components.
  if (!Object.hasOwn(vocabulary, name)) return `<${name}> is not a known component: use ${componentList(vocabulary)}`;
  return undefined;
}

function attributeProblem(attribute: JsxAttribute, element: string, allowed: readonly string[] | undefined, seen: Set<string>): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `<${element} {${clip(attribute.value, 40)}}> runs code at build time: remove it and write each attribute as name="…"`;
  }
  const { name, value } = attribute;
  if (value !== null && typeof value === 'object') {
    return `the attribute ${name}={${clip(value.value, 40)}} on <${element}> runs code at build time: write it as ${name}="…"`;
  }
  if (allowed === undefined) return undefined; // the element itself is already refused
  if (!allowed.includes(name)) return `${name} is not an attribute of <${element}>: use ${allowed.map((p) => `${p}="…"`).join(', ') || 'no attributes'}`;
  if (value === null || value === undefined) return `the attribute ${name} on <${element}> has no value: write it as ${name}="…"`;
  // JSX keeps the last of two equal attributes; checks that read the first would be fooled.
  if (seen.has(name)) return `the attribute ${name} is given twice on <${element}>: keep one`;
  seen.add(name);
  return undefined;
}

type Report = (message: string, at?: { position?: { start: { line: number } } }) => void;

/** Reports what is wrong with one node itself (its children are walked separately). */
function checkNode(node: Nodes, vocabulary: Vocabulary, report: Report): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = /^\s*export\b/.test(node.value) ? 'an export' : 'an import';
      return report(`${keyword} statement runs code at build time: remove it; the text can only use ${componentList(vocabulary)}`);
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const isComment = node.value.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim() === '';
      return report(`${isComment ? 'a {/* comment */} is code to MDX too' : `{${clip(node.value, 40)}} runs code at build time`}: ${NO_CODE}`);
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const refused = elementProblem(node, vocabulary);
      if (refused !== undefined) report(refused);
      const allowed = refused === undefined ? vocabulary[node.name ?? '']?.props : undefined;
      const seen = new Set<string>();
      for (const attribute of node.attributes) {
        const message = attributeProblem(attribute, node.name ?? '', allowed, seen);
        if (message !== undefined) report(message, attribute);
      }
      return;
    }
    case 'html':
      return report(`raw HTML is not allowed: use Markdown; the text can only use ${componentList(vocabulary)}`);
    default: {
      const url = urlProblem(node);
      if (url !== undefined) return report(url);
      if (!MARKDOWN_TYPES.has(node.type)) report(`"${node.type}" is not plain Markdown: remove it`);
    }
  }
}

/**
 * Every rule violation in an already-parsed tree.
 * @param lineOffset the 1-based file line on which the source starts (frontmatter precedes the body)
 */
export function findUnsafeMdx(tree: Root, vocabulary: Vocabulary, file: string, lineOffset = 1): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: Nodes, parentLine: number) => {
    const line = node.position?.start.line ?? parentLine;
    checkNode(node, vocabulary, (message, at = node) => {
      problems.push({ file, field: `line ${(at.position?.start.line ?? line) + lineOffset - 1}`, message });
    });
    // Children too: a refused element can still hide a bad link or an expression.
    if ('children' in node) for (const child of node.children) walk(child, line);
  };
  walk(tree, 1);
  return problems;
}

/** Parses source, or says why it cannot be parsed and on which of its lines (1-based). */
export function parseOrExplain(source: string): { tree: Root } | { line: number; message: string } {
  try {
    return { tree: parseMdx(source) };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    // The parser suggests {/* comments */} for <!-- -->; those are refused too.
    const reason = (e.reason ?? e.message ?? String(error)).replace(/\(note: to create a comment[^)]*\)/, '(an HTML comment <!-- --> is not allowed: delete it)');
    return { line: e.line ?? 1, message: `the MDX cannot be parsed (${reason}): close every tag, and escape a literal < or { as &lt; or &#123;` };
  }
}

/** Convenience: parse + findUnsafeMdx; a parse error becomes one problem naming the line. */
export function checkMdxSource(source: string, vocabulary: Vocabulary, file: string, lineOffset = 1): Problem[] {
  const parsed = parseOrExplain(source);
  if (!('tree' in parsed)) return [{ file, field: `line ${parsed.line + lineOffset - 1}`, message: parsed.message }];
  return findUnsafeMdx(parsed.tree, vocabulary, file, lineOffset);
}

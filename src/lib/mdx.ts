/**
 * The MDX vocabulary: what editors may write in an article's text and in the
 * prose of reviews, and the one parser every reader of that text uses (the
 * content check, the claim pages' passages, the prose renderer). The parser only
 * builds a syntax tree; nothing in the text is run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root, Nodes, Paragraph } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { BUILD_CACHE, KeyedCache, codeDigest } from './buildCache.ts';

/** The components of the site's text, each with the plain-string props it accepts. */
export const COMPONENTS = {
  /** A reviewed passage: `<Claim id="gpt-4-upcoming">…</Claim>`; the id is the review's file name. */
  Claim: { props: ['id'] },
  /** A mention of a person: `<Person id="zhou-hongyi">Zhou Hongyi</Person>`. */
  Person: { props: ['id'] },
  /** A mention of a company or organization: `<Company id="openai">OpenAI</Company>`. */
  Company: { props: ['id'] },
  /** A phrase in another language: `<Lang code="zh-Hans">尹烨</Lang>`. */
  Lang: { props: ['code'] },
} as const satisfies Record<string, { props: readonly string[] }>;
/** What an article's text may use: every component. */
export const ARTICLE_VOCABULARY = COMPONENTS;
/** What the prose of a review, source or note may use: language marks only. */
export const PROSE_VOCABULARY = { Lang: COMPONENTS.Lang };

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Text that Markdown reads as one paragraph of plain words: on one line, with no character that can
 * start markup, a link or autolink, an entity, an escape, a tag or an expression, and no Chinese (which
 * needs its language tag checked). The content check and the renderer skip the parser for it: most
 * fields are such text, and a parse costs far more than the text. tests/unit/plainProse.test.ts shows
 * the parser gives these the same result.
 */
const PLAIN_CHARACTERS = /^[\p{L}\p{M}\p{N} .,;:!?'’‘“”"()%–—\-/$€£+=°×…]*$/u;
export function isPlainProse(source: string): boolean {
  return (
    source.length > 0 &&
    PLAIN_CHARACTERS.test(source) &&
    !/\p{Script=Han}/u.test(source) &&
    // Autolinks (www., a scheme; an e-mail address needs @, which is not plain), and MDX's module lines.
    !/www\.|:\/\//i.test(source) &&
    !/^(?:import|export)\b/.test(source) &&
    // A list item or a numbered one, and spaces Markdown would trim or fold.
    !/^[\s\-+]|^\d+[.)]|\s$|\s\s/.test(source)
  );
}

// One frozen processor: building it (combining the syntax extensions) costs more than parsing a field.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Parses MDX source into a syntax tree (Markdown, GFM, JSX syntax). Throws on a syntax error, like the MDX compiler. */
export function parseMdx(source: string): Root {
  return mdxParser.parse(source);
}

export const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** A plain string prop of a JSX element, or undefined. */
export function stringProp(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** The visible text of a node, as a reader sees it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** One use of Claim, Person or Company in an article's text. */
export interface Mark {
  component: 'Claim' | 'Person' | 'Company';
  /** The `id` prop; undefined when missing. */
  id: string | undefined;
  /** 1-based line in the source. */
  line: number;
  /** Visible text inside the element. */
  text: string;
  /** The Claim this mark sits inside, if any. */
  insideClaim?: Mark;
}

/** The marks of an article's text, in reading order. */
export function findMarks(tree: Root): Mark[] {
  const marks: Mark[] = [];
  const walk = (node: Nodes, claim: Mark | undefined) => {
    let inside = claim;
    if (isJsx(node) && (node.name === 'Claim' || node.name === 'Person' || node.name === 'Company')) {
      const mark: Mark = {
        component: node.name,
        id: stringProp(node, 'id'),
        line: node.position?.start.line ?? 1,
        text: textOf(node).trim(),
        ...(claim ? { insideClaim: claim } : {}),
      };
      marks.push(mark);
      if (node.name === 'Claim') inside = mark;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, inside);
  };
  walk(tree, undefined);
  return marks;
}

/** A claim's passage in the paragraph around it, as plain text. */
export interface ClaimPassage {
  before: string;
  passage: string;
  after: string;
}

/** Each claim id of an article's text mapped to its paragraph, split around the claim. */
export function claimPassages(tree: Root): Map<string, ClaimPassage> {
  const passages = new Map<string, ClaimPassage>();
  const claimId = (node: Nodes) => (isJsx(node) && node.name === 'Claim' ? stringProp(node, 'id') : undefined);
  // Within a paragraph, a claim may sit inside emphasis or a link: find it at any depth.
  const inParagraph = (paragraph: Paragraph) => {
    let text = '';
    const found: { id: string; start: number; end: number }[] = [];
    const walk = (node: Nodes) => {
      const id = claimId(node);
      const start = text.length;
      if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
      else if ('children' in node) (node.children as Nodes[]).forEach(walk);
      if (id) found.push({ id, start, end: text.length });
    };
    walk(paragraph);
    for (const { id, start, end } of found) passages.set(id, { before: text.slice(0, start), passage: text.slice(start, end), after: text.slice(end) });
  };
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph') return inParagraph(node);
    // A claim around whole paragraphs is its own context.
    const id = claimId(node);
    if (id) passages.set(id, { before: '', passage: textOf(node), after: '' });
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return passages;
}

/** What the views need of an article's text: its claims in reading order, and each claim's paragraph. */
export interface TextOutline {
  claimOrder: string[];
  passages: Record<string, ClaimPassage>;
}

/** The outline of a parsed text (the content check has the tree and its marks already). */
export function outlineOf(tree: Root, marks = findMarks(tree)): TextOutline {
  return {
    claimOrder: marks.flatMap((m) => (m.component === 'Claim' && m.id ? [m.id] : [])),
    passages: Object.fromEntries(claimPassages(tree)),
  };
}

export const textOutline = (body: string): TextOutline => outlineOf(parseMdx(body));

/**
 * Outlines kept between builds, by the text they outline (as Astro gives an article's body: trimmed) and the
 * code of the project at `root` (none without its src/). The content check leaves the outline of every text it
 * parses there, and the views take them from there (src/lib/views/load.ts): a build parses an edited text once.
 */
export async function openTextOutlines(root: string): Promise<KeyedCache<TextOutline> | undefined> {
  const src = path.join(root, 'src');
  return existsSync(src) ? KeyedCache.open<TextOutline>(path.join(root, BUILD_CACHE.textOutlines), codeDigest(src)) : undefined;
}

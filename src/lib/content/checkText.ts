/**
 * Checks the text editors write: an article's body and every prose field of a
 * review, source or note. It is data, never code (bodyRules.ts), and every
 * Chinese run carries a language tag that matches its script.
 */
import type { Nodes, Root } from 'mdast';
import { ARTICLE_VOCABULARY, PROSE_VOCABULARY, isJsx, isPlainProse, stringProp, textOf } from '../mdx.ts';
import { HAN_RUN, hasHan } from '../language.ts';
import { scriptMismatch } from './script.ts';
import { LanguageTag } from '../schemas/common.ts';
import { findUnsafeMdx, parseOrExplain } from './bodyRules.ts';
import type { Problem } from './problems.ts';

/** A problem inside a text, by line of that text (1-based). */
interface TextProblem {
  line: number;
  message: string;
}

/** Untagged Chinese, and Lang marks whose code is malformed or does not match the script. */
export function languageProblems(tree: Root): TextProblem[] {
  const found: TextProblem[] = [];
  const walk = (node: Nodes, tagged: boolean) => {
    const line = node.position?.start.line ?? 1;
    if (isJsx(node) && node.name === 'Lang') {
      const code = stringProp(node, 'code');
      if (code === undefined || !LanguageTag.safeParse(code).success) {
        found.push({ line, message: `<Lang code="${code ?? ''}"> needs a BCP 47 language tag such as "zh-Hans" or "zh-Hant"` });
      } else {
        const mismatch = scriptMismatch(textOf(node), code);
        if (mismatch) found.push({ line, message: mismatch });
      }
      tagged = true;
    } else if (node.type === 'text' && !tagged && hasHan(node.value)) {
      for (const run of node.value.match(HAN_RUN) ?? []) {
        found.push({ line, message: `"${run}" is Chinese with no language tag: write <Lang code="zh-Hans">${run}</Lang> (zh-Hant if it is traditional)` });
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, tagged);
  };
  walk(tree, false);
  return found;
}

/** Parses text, or returns the syntax error as a problem at its line. */
function parse(source: string): { tree?: Root; error?: TextProblem } {
  const parsed = parseOrExplain(source);
  return 'tree' in parsed ? { tree: parsed.tree } : { error: parsed };
}

/**
 * An article's body: syntax, the data-only rules and the language tags.
 * @param bodyLine the line of the file on which the body starts
 * @returns the tree when it could be parsed, for the cross-checks of marks
 */
export function checkArticleBody(body: string, file: string, bodyLine: number): { tree?: Root; problems: Problem[] } {
  const { tree, error } = parse(body);
  const at = (line: number) => `line ${line + bodyLine - 1}`;
  if (!tree) return { problems: [{ file, field: at(error!.line), message: error!.message }] };
  return {
    tree,
    problems: [
      ...findUnsafeMdx(tree, ARTICLE_VOCABULARY, file, bodyLine),
      ...languageProblems(tree).map((p) => ({ file, field: at(p.line), message: p.message })),
    ],
  };
}

/**
 * One prose field (an explanation, an evidence line, a note): Markdown with
 * `<Lang>` marks only.
 * @param field the field as the editor finds it, e.g. `evidence[1].text` or `(text)` for a file's body
 * @param firstLine the file line on which the field starts, when known (a body); frontmatter fields give none
 */
export function checkProse(source: string, file: string, field: string, firstLine?: number, { oneParagraph = false } = {}): Problem[] {
  if (isPlainProse(source.trimEnd())) return [];
  const label = (line: number) => (firstLine === undefined ? field : `${field} (line ${line + firstLine - 1})`);
  const { tree, error } = parse(source);
  if (!tree) return [{ file, field: label(error!.line), message: error!.message }];
  const blocks = tree.children.length > 1 || (tree.children[0] && tree.children[0].type !== 'paragraph');
  return [
    ...(oneParagraph && blocks
      ? [{ file, field, message: 'is shown inside a sentence of the article: write it as one paragraph, with no list, heading or <Lang> on a line of its own' }]
      : []),
    ...findUnsafeMdx(tree, PROSE_VOCABULARY, file, 1).map((p) => ({ ...p, field: label(Number(/\d+/.exec(p.field)?.[0] ?? 1)) })),
    ...languageProblems(tree).map((p) => ({ file, field: label(p.line), message: p.message })),
  ];
}

/** A plain (non-prose) text field: Chinese is only allowed where the field has its own `lang`. */
export function checkPlainText(text: string, file: string, field: string, lang?: string): Problem[] {
  if (lang !== undefined) {
    const mismatch = scriptMismatch(text, lang);
    return mismatch ? [{ file, field, message: mismatch }] : [];
  }
  if (!hasHan(text)) return [];
  return [{ file, field, message: `"${text.match(HAN_RUN)![0]}" is Chinese, and this field has no language tag: add lang (zh-Hans or zh-Hant) beside it, or keep the Chinese in a prose field inside <Lang code="…">` }];
}

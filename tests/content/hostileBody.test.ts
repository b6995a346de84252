/**
 * The hostile-body corpus: MDX can be a program, so an article body must be
 * refused before it is rendered unless it is data. Each case is a small
 * body; the check must report exactly the expected problems, on the right
 * file line, with a message that says how to fix it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { checkMdxSource, findUnsafeMdx, parseMdx, type Vocabulary } from '../../src/lib/content/bodyRules.ts';
import { ARTICLE_VOCABULARY } from '../../src/lib/mdx.ts';

const FILE = 'content/articles/test.mdx';
const VOCABULARY: Vocabulary = ARTICLE_VOCABULARY;
const check = (body: string, lineOffset?: number) => checkMdxSource(body, VOCABULARY, FILE, lineOffset);

const USE_COMPONENTS = 'the text can only use <Claim>, <Person>, <Company>, <Lang>';
const NO_CODE = 'use no {…}: write the text, or &#123; for a literal brace';
const LINK_FIX = 'links must start with https:// or /';
const PARSE_FIX = 'escape a literal < or { as &lt; or &#123;';

interface Case {
  name: string;
  body: string;
  /** Every problem expected, in order: its file line and a fragment of its message. */
  problems: [line: number, message: string][];
}

const hostile: Case[] = [
  // ESM
  { name: 'import', body: "import fs from 'node:fs'", problems: [[1, `an import statement runs code at build time: remove it; ${USE_COMPONENTS}`]] },
  { name: 'export after text', body: 'Intro.\n\nexport const x = 1', problems: [[3, 'an export statement runs code at build time: remove it']] },
  // Expressions
  { name: 'expression reading a file', body: "The host is {fs.readFileSync('/etc/hostname','utf8')} today.", problems: [[1, `{fs.readFileSync('/etc/hostname','utf8')} runs code at build time: ${NO_CODE}`]] },
  { name: 'flow expression', body: 'Intro.\n\n{process.env.HOME}', problems: [[3, `{process.env.HOME} runs code at build time: ${NO_CODE}`]] },
  { name: 'comment expression', body: '{/* comment */}', problems: [[1, `a {/* comment */} is code to MDX too: ${NO_CODE}`]] },
  { name: 'comment hiding code', body: '{/* note */ process.exit(1)}', problems: [[1, '{/* note */ process.exit(1)} runs code at build time']] },
  { name: 'expression in a Claim', body: 'Some <Claim id="a">text {secret}</Claim>.', problems: [[1, `{secret} runs code at build time: ${NO_CODE}`]] },
  // Attributes
  { name: 'attribute value expression', body: '<Claim id={x}>t</Claim>', problems: [[1, 'the attribute id={x} on <Claim> runs code at build time: write it as id="…"']] },
  { name: 'attribute expression on its own line', body: 'Intro.\n\n<Claim\n  id={x}>t</Claim>', problems: [[4, 'the attribute id={x} on <Claim> runs code']] },
  { name: 'spread attribute', body: '<Claim {...props}>t</Claim>', problems: [[1, '<Claim {...props}> runs code at build time: remove it and write each attribute as name="…"']] },
  { name: 'unknown prop', body: '<Claim id="a" onClick="x">t</Claim>', problems: [[1, 'onClick is not an attribute of <Claim>: use id="…"']] },
  { name: 'boolean attribute', body: '<Claim id>t</Claim>', problems: [[1, 'the attribute id on <Claim> has no value: write it as id="…"']] },
  { name: 'duplicate attribute', body: '<Claim id="a" id="b">t</Claim>', problems: [[1, 'the attribute id is given twice on <Claim>: keep one']] },
  // Elements
  { name: 'div', body: '<div>hi</div>', problems: [[1, `<div>: raw HTML is not allowed: use Markdown; ${USE_COMPONENTS}`]] },
  { name: 'script', body: 'Intro.\n\n<script>alert(1)</script>', problems: [[3, '<script>: raw HTML is not allowed: use Markdown']] },
  { name: 'img with an unquoted attribute (a syntax error in MDX)', body: '<img src=x>', problems: [[1, `the MDX cannot be parsed (Unexpected character \`x\``]] },
  { name: 'img with onerror', body: '<img src="x" onerror="alert(1)" />', problems: [[1, '<img>: raw HTML is not allowed']] },
  { name: 'iframe', body: '<iframe src="https://evil.example"></iframe>', problems: [[1, '<iframe>: raw HTML is not allowed']] },
  { name: 'raw HTML with a code attribute', body: '<a href={url}>x</a>', problems: [[1, '<a>: raw HTML is not allowed'], [1, 'the attribute href={url} on <a> runs code']] },
  { name: 'unknown component', body: '<Unknown>x</Unknown>', problems: [[1, '<Unknown> is not a known component: use <Claim>, <Person>, <Company>, <Lang>']] },
  { name: 'prototype key as a name', body: '<__proto__>x</__proto__>', problems: [[1, '<__proto__> is not a known component']] },
  { name: 'fragment', body: '<>frag</>', problems: [[1, `a fragment <>…</> is not allowed: remove it; ${USE_COMPONENTS}`]] },
  { name: 'member name', body: '<a.b>x</a.b>', problems: [[1, `<a.b> is not allowed: ${USE_COMPONENTS}`]] },
  { name: 'HTML comment (a syntax error in MDX)', body: 'Intro.\n\n<!-- hidden -->', problems: [[3, PARSE_FIX]] },
  // URLs
  { name: 'javascript: link', body: '[x](javascript:alert(1))', problems: [[1, `the link "javascript:alert(1)" is not allowed: ${LINK_FIX}`]] },
  { name: 'uppercase JAVASCRIPT:', body: '[x](JAVASCRIPT:alert(1))', problems: [[1, '"JAVASCRIPT:alert(1)" is not allowed']] },
  { name: 'character reference &#106;', body: '[x](&#106;avascript:alert(1))', problems: [[1, '"javascript:alert(1)" is not allowed']] },
  { name: 'tab as &#x09;', body: '[x](java&#x09;script:alert(1))', problems: [[1, '"java\\tscript:alert(1)" is not allowed']] },
  { name: 'leading spaces', body: '[x](<  javascript:alert(1)>)', problems: [[1, '"  javascript:alert(1)" is not allowed']] },
  { name: 'vbscript:', body: '[x](vbscript:msgbox)', problems: [[1, LINK_FIX]] },
  { name: 'file:', body: '[x](file:///etc/passwd)', problems: [[1, LINK_FIX]] },
  { name: 'data: image', body: '![i](data:image/png;base64,AAA)', problems: [[1, `the image "data:image/png;base64,AAA" is not allowed: ${LINK_FIX}`]] },
  { name: 'reference link to javascript:', body: 'See [x][r].\n\n[r]: javascript:alert(1)', problems: [[3, `the link definition [r]: "javascript:alert(1)" is not allowed: ${LINK_FIX}`]] },
  { name: 'http:', body: '[x](http://example.com)', problems: [[1, '"http://example.com" is not allowed']] },
  { name: 'protocol-relative', body: '[x](//evil.example)', problems: [[1, '"//evil.example" is not allowed']] },
  { name: 'backslash read as a slash', body: '[x](/\\\\evil.example)', problems: [[1, '"/\\\\evil.example" is not allowed']] },
  { name: 'bare relative path', body: '[x](foo/bar)', problems: [[1, '"foo/bar" is not allowed']] },
  { name: 'bare www. address (GFM makes it an http: link)', body: 'See www.example.com.', problems: [[1, '"http://www.example.com" is not allowed']] },
  { name: 'long URL is cut at 80 characters', body: `[x](javascript:${'a'.repeat(200)})`, problems: [[1, `"javascript:${'a'.repeat(68)}…" is not allowed`]] },
  { name: 'link nested in Claim in strong', body: 'Intro.\n\n*<Claim id="a">**[x](javascript:alert(1))**</Claim>*', problems: [[3, '"javascript:alert(1)" is not allowed']] },
];

describe('hostile MDX bodies are refused before rendering', () => {
  it('has a corpus of at least 24 cases', () => expect(hostile.length).toBeGreaterThanOrEqual(24));

  for (const c of hostile) {
    it(c.name, () => {
      const problems = check(c.body);
      expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(c.problems.length);
      c.problems.forEach(([line, message], i) => {
        expect(problems[i]).toMatchObject({ file: FILE, field: `line ${line}` });
        expect(problems[i]?.message).toContain(message);
      });
    });
  }

  it('reports every problem in a body, each on its own line', () => {
    const body = ['import a from "b"', '', 'Text {x}.', '', '[y](javascript:alert(1))'].join('\n');
    expect(check(body).map((p) => [p.field, p.message.split(':')[0]])).toEqual([
      ['line 1', 'an import statement runs code at build time'],
      ['line 3', '{x} runs code at build time'],
      ['line 5', 'the link "javascript'],
    ]);
  });

  it('reports file lines: body line 2 with lineOffset 10 is line 11', () => {
    expect(check('Fine.\n{x}', 10)).toEqual([{ file: FILE, field: 'line 11', message: `{x} runs code at build time: ${NO_CODE}` }]);
    expect(check('Fine.\n\n<img src=x>', 10)[0]?.field).toBe('line 12');
  });

  it('does not suggest {/* comments */} when refusing an HTML comment', () => {
    const [problem] = check('<!-- hidden -->');
    expect(problem?.message).toContain(PARSE_FIX);
    expect(problem?.message).toContain('an HTML comment <!-- --> is not allowed: delete it');
    expect(problem?.message).not.toContain('{/*');
  });

  it('refuses raw html and unknown node types in a tree', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'html', value: '<script>alert(1)</script>', position: { start: { line: 2, column: 1 }, end: { line: 2, column: 26 } } },
        { type: 'yaml', value: 'a: 1' },
      ],
    } as unknown as Root;
    expect(findUnsafeMdx(tree, VOCABULARY, FILE).map((p) => [p.field, p.message])).toEqual([
      ['line 2', `raw HTML is not allowed: use Markdown; ${USE_COMPONENTS}`],
      ['line 1', '"yaml" is not plain Markdown: remove it'],
    ]);
  });

  it('leaves a unicode escape in "import" as plain text', () => {
    // MDX only treats a line starting with the keyword `import` as code; `\u0069mport` is text.
    const body = "\\u0069mport fs from 'node:fs'";
    expect(parseMdx(body).children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: body }] }]);
    expect(check(body)).toEqual([]);
  });
});

/** The article's body and the file line it starts on. */
function articleBody(): { body: string; lineOffset: number } {
  const lines = readFileSync(new URL('../../content/articles/china-reaction-to-openai-sora.mdx', import.meta.url), 'utf8').split('\n');
  const end = lines.indexOf('---', 1);
  return { body: lines.slice(end + 1).join('\n'), lineOffset: end + 2 };
}

const safe: [name: string, body: string][] = [
  ['GFM table', '| a | b |\n|---|---|\n| 1 | [x](https://example.org) |'],
  ['footnote', 'A claim.[^1]\n\n[^1]: A note with [a source](https://example.org).'],
  ['https link', '[ok](https://example.org)'],
  ['site-relative link', '[ok](/methodology/)'],
  ['fragment link', '[ok](#claim-x)'],
  ['reference link to https', 'See [x][r].\n\n[r]: https://example.org "Title"'],
  ['bare https address', 'See https://example.org.'],
  ['site image', '![A chart](/images/chart.png)'],
  ['literal braces', '&#123;literal braces&#125;'],
  ['escaped less-than', 'a &lt;b&gt; c'],
  ['code holding code', '```js\nimport fs from "node:fs"\n{x}\n```\n\nInline `{x}` and `<script>`.'],
  ['plain Markdown', '# Title\n\n> *quote* and **strong** and ~~old~~\n\n- one\n- two\n\n1. a\n\n---\n\nline  \nbreak'],
  ['all components', '<Claim id="a"><Person id="p">P</Person> of <Company id="c">C</Company> said <Lang code="zh">你好</Lang></Claim>.'],
  ['flow component', '<Claim id="a">\n  A paragraph.\n</Claim>'],
];

describe('plain bodies pass', () => {
  it('the real article body', () => {
    const { body, lineOffset } = articleBody();
    expect(body).toContain('<Claim id="sora-released">');
    expect(checkMdxSource(body, VOCABULARY, 'content/articles/china-reaction-to-openai-sora.mdx', lineOffset)).toEqual([]);
  });

  for (const [name, body] of safe) it(name, () => expect(check(body)).toEqual([]));
});

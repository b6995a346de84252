/** HTML validity as the site checks it (html-validate, recommended rules, with the exceptions below). */
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro emits <!DOCTYPE html> in lower case and void elements without a slash; both are valid HTML.
    'doctype-style': 'off',
    'void-style': 'off',
    // Source titles and quotes contain typographic characters on purpose.
    'no-trailing-whitespace': 'off',
    // role="list" is deliberate: Safari/VoiceOver drops list semantics from lists styled with list-style: none.
    'no-redundant-role': 'off',
    // An SEO length hint, not validity: the article headline is quoted verbatim and claim pages quote the claim.
    'long-title': 'off',
  },
});

/** Every error in a page, one line each: `file:line:column rule: message`. */
export async function htmlErrors(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

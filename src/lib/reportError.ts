/** The "Report an error" link of a claim: a mailto: whose subject names the claim (article and id), so the report says what it is about. */
import type { ClaimView } from './views/types.ts';

/**
 * The body is the same for every claim: the subject says which claim the report is about.
 * @param contact the site's contact address (SITE.contact)
 */
export function reportErrorHref(claim: Pick<ClaimView, 'id' | 'article'>, contact: string): string {
  const subject = `Error report: claim ${claim.article.slug}/${claim.id}`;
  const body = 'What is wrong, and how do you know? (A link to a source helps.)\n';
  // encodeURIComponent, not URLSearchParams: mail clients read %20, not +, as a space.
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The "Report an error" link of a claim: a mailto: with the claim's id and permalink, so the report names what it is about. */
import type { ClaimView } from './views/types.ts';

/**
 * @param permalink absolute URL of the claim's page
 * @param contact the site's contact address (SITE.contact)
 */
export function reportErrorHref(claim: ClaimView, permalink: string, contact: string): string {
  const subject = `Error report: claim ${claim.article.slug}/${claim.id}`;
  const body = [
    `Claim ${claim.number}: ${permalink}`,
    '',
    'What is wrong, and how do you know? (A link to a source helps.)',
    '',
  ].join('\n');
  // encodeURIComponent, not URLSearchParams: mail clients read %20, not +, as a space.
  return `mailto:${contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

// /claims.json: every claim, machine-readable. Shape: src/lib/schemas/claimsFeed.ts.
import type { APIRoute } from 'astro';
import { getClaimIndex } from '../lib/collections.ts';
import { buildClaimsFeed } from '../lib/claimsFeed.ts';
import { ClaimsFeedSchema } from '../lib/schemas/claimsFeed.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';

export const GET: APIRoute = async ({ site }) => {
  const views = [...(await getClaimIndex()).values()];
  const feed = buildClaimsFeed(
    views.map((v) => ({ claim: v.claim, articleSlug: v.article.id, articleTitle: v.article.data.title, speaker: v.speaker })),
    new URL(site ?? DEFAULT_SITE_URL).origin,
    import.meta.env.BASE_URL,
    // The build date of the content, not the clock: the latest review date keeps builds reproducible.
    views.map((v) => v.claim.reviewed).sort().at(-1) ?? '1970-01-01',
  );
  // Validate against the published schema before writing: a bad feed fails the build.
  return new Response(JSON.stringify(ClaimsFeedSchema.parse(feed), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

// The claim's Open Graph image, generated at build time from its content.
import type { APIRoute } from 'astro';
import { getSite } from '../../../../../lib/views/load.ts';
import { cacheKey } from '../../../../../lib/views/cacheKey.ts';
import type { ClaimView } from '../../../../../lib/views/types.ts';
import { socialImagePng } from '../../../../../lib/formats/socialImage.ts';
import { SITE } from '../../../../../consts.ts';

export async function getStaticPaths() {
  return (await getSite()).claims.map((claim) => ({ params: { slug: claim.article.slug, claim: claim.id }, props: { claim }, cacheKey: cacheKey(claim.statement, claim.verdict) }));
}

export const GET: APIRoute = async ({ props }) => {
  const { claim } = props as { claim: ClaimView };
  const png = await socialImagePng({ claim: claim.statement, verdict: claim.verdict, site: SITE.name });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

// The claim's Open Graph image, drawn on request by the dev server. A build does not render this route:
// it lists the images (src/pages/social-images.json.ts) and scripts/build.mjs links them from their cache.
import type { APIRoute } from 'astro';
import { getSite } from '../../../../../lib/views/load.ts';
import type { ClaimView } from '../../../../../lib/views/types.ts';
import { socialImagePng } from '../../../../../lib/formats/socialImage.ts';

export async function getStaticPaths() {
  if (import.meta.env.PROD) return [];
  return (await getSite()).claims.map((claim) => ({ params: { slug: claim.article.slug, claim: claim.id }, props: { claim } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await socialImagePng((props as { claim: ClaimView }).claim);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

// The claim's Open Graph image, drawn on request by the dev server. A build renders no page here: its
// images are listed by src/pages/social-images.json.ts, and scripts/build.mjs links them from their cache.
import type { APIRoute } from 'astro';
import { getSite } from '../../../../../lib/views/load.ts';
import type { ClaimView } from '../../../../../lib/views/types.ts';
import { socialImageList, socialImagePng } from '../../../../../lib/formats/socialImage.ts';

export async function getStaticPaths() {
  const { claims } = await getSite();
  if (import.meta.env.PROD) {
    // Astro asks every route for its paths before it renders any page: the images start drawing here, on a
    // thread of their own, while pages render. social-images.json waits for them and reports a failure.
    socialImageList(claims).catch(() => {});
    return [];
  }
  return claims.map((claim) => ({ params: { slug: claim.article.slug, claim: claim.id }, props: { claim } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await socialImagePng((props as { claim: ClaimView }).claim);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

// The claim's Open Graph image, generated at build time from its content.
import type { APIRoute } from 'astro';
import { getClaimIndex, type ClaimView } from '../../../../../lib/collections.ts';
import { socialImagePng } from '../../../../../lib/socialImage.ts';
import { SITE_TITLE } from '../../../../../consts.ts';

export async function getStaticPaths() {
  return [...(await getClaimIndex()).values()].map((view) => ({
    params: { slug: view.article.id, claim: view.claim.id },
    props: { view },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const { claim } = (props as { view: ClaimView }).view;
  const png = await socialImagePng({ claim: claim.claim, verdict: claim.verdict, site: SITE_TITLE });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

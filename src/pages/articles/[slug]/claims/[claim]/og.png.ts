// The claim's Open Graph image, generated at build time from its content.
import type { APIRoute } from 'astro';
import { getSite } from '../../../../../lib/views/load.ts';
import { cacheKey } from '../../../../../lib/views/cacheKey.ts';
import type { ClaimView } from '../../../../../lib/views/types.ts';
import { socialImagePng, type SocialImageInput } from '../../../../../lib/formats/socialImage.ts';
import { SITE } from '../../../../../consts.ts';
import { FONTS_VERSION } from '../../../../../lib/formats/imageFonts.ts';

/** All the image shows; with the fonts' versions, what keys it for incremental builds. */
const imageOf = ({ statement, verdict, speaker: { name, nativeName } }: ClaimView): SocialImageInput => ({
  claim: statement,
  verdict,
  speaker: { name, ...(nativeName && { nativeName: { text: nativeName.text, lang: nativeName.lang } }) },
  site: SITE.name,
});

export async function getStaticPaths() {
  return (await getSite()).claims.map((claim) => ({ params: { slug: claim.article.slug, claim: claim.id }, props: { claim }, cacheKey: cacheKey(imageOf(claim), FONTS_VERSION) }));
}

export const GET: APIRoute = async ({ props }) => {
  const { claim } = props as { claim: ClaimView };
  const png = await socialImagePng(imageOf(claim)).catch((error: Error) => {
    throw new Error(`The social image of claim “${claim.id}” in ${claim.article.slug}: ${error.message}`, { cause: error });
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

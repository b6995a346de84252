// Every claim's social image: its path in the site and its file in the image cache (src/lib/formats/socialImage.ts).
// scripts/build.mjs links the images into the site from this list and removes it. It has no cacheKey, so every
// build lists every claim; only images not drawn before are drawn, on a thread that og.png.ts started before
// any page was rendered: this waits for it. The dev server draws each image on request
// instead (og.png.ts) and serves no list.
import type { APIRoute } from 'astro';
import { getSite } from '../lib/views/load.ts';
import { socialImageList } from '../lib/formats/socialImage.ts';

export const GET: APIRoute = async () => {
  if (!import.meta.env.PROD) return new Response(null, { status: 404 });
  const list = await socialImageList((await getSite()).claims);
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
};

// /claims.json: every claim, machine-readable. Shape: src/lib/schemas/claimsJson.ts.
import type { APIRoute } from 'astro';
import { getSite } from '../lib/views/load.ts';
import { buildClaimsJson } from '../lib/formats/claimsJson.ts';
import { ClaimsJsonSchema } from '../lib/schemas/claimsJson.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = buildClaimsJson((await getSite()).claims, site);
  // Validate against the published schema before writing: a bad file fails the build.
  return new Response(JSON.stringify(ClaimsJsonSchema.parse(data), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

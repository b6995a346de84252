/**
 * `npm run build`: builds into a staging folder and only replaces dist/ when the
 * whole build succeeded, so a failed build never leaves a half-built site that
 * could be deployed by mistake. The previous dist/ stays exactly as it was.
 *
 * Astro's incremental build copies unchanged pages from its own cache (BUILD_CACHE), not from
 * dist/, so building into a fresh folder loses nothing. A failed build may have left that cache
 * half-updated, so it drops the cache's manifest: the next build renders every page once.
 *
 * The claims' social images are linked into the site here from the image cache, from the list the
 * build wrote (src/lib/formats/socialImage.ts), and the search index is written here too, after Astro's
 * process has ended (src/lib/searchIndex.ts), so the two never hold their memory at once; either failing
 * fails the build like anything else.
 *
 * Usage: node scripts/build.mjs [--root <project>] [--outDir <dir>]
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILD_CACHE } from '../src/lib/buildCache.ts';
import { writeSearchIndex } from '../src/lib/searchIndex.ts';
import { linkSocialImages, pruneSocialImages } from '../src/lib/formats/socialImage.ts';
import { REPLACED_SITES, deleteReplacedSites } from './lib/replacedSites.ts';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, outDir: { type: 'string', default: 'dist' } },
});
const root = path.resolve(values.root);
const outDir = path.resolve(root, values.outDir);
const staging = path.resolve(root, '.build-staging');
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

await rm(staging, { recursive: true, force: true });
const startedAt = Date.now();
const result = spawnSync(process.execPath, [astroBin, 'build', '--root', root, '--outDir', path.join(staging, 'site')], {
  // In the project: the build's caches (BUILD_CACHE) are relative to it.
  cwd: root,
  stdio: 'inherit',
  // A production build whatever NODE_ENV the shell has: import.meta.env.PROD decides whether the claims'
  // images are Astro's pages (dev) or linked here from their cache (src/pages/social-images.json.ts).
  // MALLOC_ARENA_MAX: glibc gives threads that allocate arenas of their own; sharp's libvips threads left
  // many, mostly empty, and the build's peak memory 250 MB higher at 1,000 articles (1.46 GB, 1.21 GB with 2).
  env: { ASTRO_TELEMETRY_DISABLED: '1', MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production' },
});

/** Leaves dist/ as it was; `dropCache` when Astro's own build failed and may have left its cache half-updated. */
async function fail(status, dropCache) {
  await rm(staging, { recursive: true, force: true });
  if (dropCache) await rm(path.join(root, BUILD_CACHE.incrementalManifest), { force: true });
  console.error(`\nBuild failed: ${path.relative(process.cwd(), outDir) || outDir}/ was left as it was.`);
  process.exit(status);
}

if (result.status !== 0) await fail(result.status ?? 1, true);

let images = [];
try {
  images = await linkSocialImages(path.join(staging, 'site'), path.join(root, BUILD_CACHE.socialImages));
  console.log(`Social images: ${images.length} linked`);
  const pages = writeSearchIndex(path.join(staging, 'site'));
  console.log(`Search index: ${pages} pages`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await fail(1, false);
}

// Swap: the old output moves aside, the new one takes its place; the old one is deleted after this
// process has ended (scripts/lib/replacedSites.ts).
await mkdir(path.dirname(outDir), { recursive: true });
await mkdir(path.join(root, REPLACED_SITES), { recursive: true });
if (existsSync(outDir)) await rename(outDir, path.join(staging, 'previous'));
await rename(path.join(staging, 'site'), outDir);
console.log(`Site written to ${path.relative(process.cwd(), outDir) || outDir}/`);
try {
  await rename(staging, path.join(root, REPLACED_SITES, randomUUID()));
  deleteReplacedSites(root);
  // Pictures of earlier versions of claims: the published site links none of them.
  await pruneSocialImages(path.join(root, BUILD_CACHE.socialImages), images, startedAt);
} catch {
  // The site is published: what is left in the staging folder goes when the next build starts, and old
  // pictures when the next build prunes.
}

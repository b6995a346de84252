/**
 * The Open Graph image of a claim: the claim, its verdict, who made it (with the name in Chinese where
 * there is one) and the site name, drawn to PNG at build time (the shapes by sharp, the text glyph by glyph
 * in fonts shipped in npm packages: imageText.ts, imageFonts.ts), so a shared link previews the verdict
 * without any external service.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { VERDICTS, type Verdict } from '../verdicts.ts';
import { BUILD_CACHE, filesUnder, writeCacheFile } from '../buildCache.ts';
import { claimImageUrl } from '../urls.ts';
import type { ClaimView } from '../views/types.ts';
import { SITE } from '../../consts.ts';
import { FONTS_VERSION, TEXT_FONTS, nativeNameFonts } from './imageFonts.ts';
import { drawLine, type TextLine, type TextSpan } from './imageText.ts';
import { DEFLATE_OPTIONS, Palette, encodePng, rasterFromRgb, type Raster } from './raster.ts';

// fontkit exports no package.json: it is next to its dist/ folder.
const FONTKIT_VERSION: string = JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('fontkit')), '../package.json'), 'utf8')).version;

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What an image shows: the statement, its verdict, who made it (with a native-script name) and the site. */
export interface SocialImageInput {
  claim: string;
  verdict: Verdict;
  speaker: { name: string; nativeName?: { text: string; lang: string } };
  site: string;
}

/** All a claim's image shows. */
const socialImageOf = ({ statement, verdict, speaker: { name, nativeName } }: ClaimView): SocialImageInput => ({
  claim: statement,
  verdict,
  speaker: { name, ...(nativeName && { nativeName: { text: nativeName.text, lang: nativeName.lang } }) },
  site: SITE.name,
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Greedy word wrap to lines of at most `width` characters, `max` lines, with an ellipsis when cut. */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,.;:]*\S*$/, '')}…`;
  return kept;
}

/**
 * What an image is drawn from: its shapes (SVG with no text, the same for every claim of a verdict) and its
 * lines of text. Plain data, so an image is named by it (drawingJob).
 */
export interface SocialImageLayout {
  shapes: string;
  lines: TextLine[];
}

/** Where everything goes (exported for tests). */
export function socialImageLayout({ claim, verdict, speaker, site }: SocialImageInput): SocialImageLayout {
  const { label, symbol, colours } = VERDICTS[verdict];
  const { fg, bg } = colours.light;
  const bold = (text: string): TextSpan => ({ text, fonts: TEXT_FONTS, weight: 700 });
  const regular = (text: string): TextSpan => ({ text, fonts: TEXT_FONTS, weight: 400 });
  const statement = wrapText(`“${claim}”`, 34, 4).map((text, i) => ({ x: 80, y: 240 + i * 66, size: 54, colour: '#1d1d1f', spans: [bold(text)] }));
  // One line, cut to fit: the Latin name first, then the name in its own script when the images can draw it.
  const nativeFonts = speaker.nativeName && speaker.nativeName.text.length <= 12 ? nativeNameFonts(speaker.nativeName.lang) : undefined;
  const native = nativeFonts && speaker.nativeName ? { text: speaker.nativeName.text, fonts: nativeFonts, weight: 400 as const } : undefined;
  const latin = wrapText(`— ${speaker.name}`, native ? 52 - 2 * native.text.length : 56, 1)[0]!;
  return {
    shapes: `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE.width}" height="${SOCIAL_IMAGE.height}">
<rect width="100%" height="100%" fill="#fdfcfa"/>
<rect x="0" y="0" width="24" height="100%" fill="${escapeXml(fg)}"/>
<rect x="80" y="64" rx="40" width="${110 + label.length * 26}" height="80" fill="${escapeXml(bg)}" stroke="${escapeXml(fg)}" stroke-width="4"/>
</svg>`,
    lines: [
      { x: 112, y: 120, size: 44, colour: fg, spans: [bold(`${symbol} ${label}`)] },
      ...statement,
      { x: 80, y: 516, size: 34, colour: '#1d1d1f', spans: native ? [regular(`${latin} `), native] : [regular(latin)] },
      { x: 80, y: 588, size: 28, colour: '#55565a', spans: [regular(site)] },
    ],
  };
}

/**
 * sharp, loaded when the first image is drawn or named: the build script, which only links images,
 * never holds libvips.
 */
const loadSharp = async () => (await import('sharp')).default;

/** The code that draws an image, in short (src/lib/formats in the project's root, where builds run). */
function drawingCode(): string {
  const dir = path.resolve('src/lib/formats');
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  for (const file of filesUnder(dir, /^(socialImage|socialImageWorker|imageText|imageFonts|raster)\.ts$/)) hash.update(`${path.basename(file)}\n${readFileSync(file, 'utf8')}\n`);
  return hash.digest('hex').slice(0, 16);
}

let renderer: Promise<string> | undefined;
/** How images are drawn: other drawing code, another sharp, libvips, librsvg, fontkit, zlib or font draws every image again. */
const rendererVersion = () =>
  (renderer ??= loadSharp().then(
    ({ versions }) =>
      `code ${drawingCode()} sharp ${versions.sharp} vips ${versions.vips} rsvg ${versions.rsvg} fontkit ${FONTKIT_VERSION} zlib ${process.versions.zlib} ${JSON.stringify(DEFLATE_OPTIONS)} fonts ${FONTS_VERSION}`,
  ));

/**
 * Drawn images are kept by the hash of their layout and of rendererVersion(), so a build only draws the
 * claims whose image changed, even after a code change. A kept file is never written again (another
 * image gets another name), so the built site links to it.
 */
const SOCIAL_IMAGE_CACHE = path.resolve(BUILD_CACHE.socialImages);

/** Each distinct set of shapes as a raster, drawn once (there is one per verdict). */
const shapeRasters = new Map<string, Promise<Raster>>();

async function drawShapes(svg: string): Promise<Raster> {
  const sharp = await loadSharp();
  return rasterFromRgb(await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer(), SOCIAL_IMAGE.width, SOCIAL_IMAGE.height);
}

/** Rows whose image is encoded, drawn on again: new ones cost their memory's page faults on every image. */
const freeRows: Uint8Array[] = [];

/** Draws an image as PNG, uncached (the bench times this): its shapes (kept), then its lines, then the encoding. */
export async function renderSocialImage({ shapes, lines }: SocialImageLayout): Promise<Buffer> {
  let drawn = shapeRasters.get(shapes);
  if (!drawn) shapeRasters.set(shapes, (drawn = drawShapes(shapes)));
  const base = await drawn;
  const rows = freeRows.pop() ?? new Uint8Array(base.rows.length);
  rows.set(base.rows);
  const raster: Raster = { ...base, rows, palette: new Palette(base.palette.colours) };
  try {
    for (const line of lines) await drawLine(raster, line);
    return encodePng(raster);
  } finally {
    freeRows.push(rows);
  }
}

/** Images drawn at once: while one waits for its file to be written, another is drawn. */
export const DRAWING_AT_ONCE = 4;

/** `draw` over every item, DRAWING_AT_ONCE at a time, in order; after a failure no other drawing starts. */
export async function drawAll<T, R>(items: readonly T[], draw: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const drawer = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await draw(items[i]!);
      } catch (error) {
        next = items.length;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DRAWING_AT_ONCE, items.length) }, drawer));
  return results;
}

/** An image to draw into the cache: its file's name there, its layout, and whose image it is (for errors). */
export interface DrawingJob {
  file: string;
  layout: SocialImageLayout;
  of: string;
}

/** A claim's image: its file in the cache is named by what it shows and how it is drawn. */
async function drawingJob(claim: ClaimView): Promise<DrawingJob> {
  const layout = socialImageLayout(socialImageOf(claim));
  const file = `${createHash('sha256').update(`${await rendererVersion()}\n${JSON.stringify(layout)}`).digest('hex').slice(0, 32)}.png`;
  return { file, layout, of: `claim “${claim.id}” in ${claim.article.slug}` };
}

/** Draws each job's image into the cache (the drawing thread runs this too: socialImageWorker.ts). */
export async function drawIntoCache(jobs: readonly DrawingJob[]): Promise<void> {
  await drawAll(jobs, async ({ file, layout, of }) => {
    try {
      await writeCacheFile(path.join(SOCIAL_IMAGE_CACHE, file), await renderSocialImage(layout));
    } catch (error) {
      throw new Error(`The social image of ${of}: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** The PNG bytes of a claim's image (the dev server serves them), drawn first if no build drew it. */
export async function socialImagePng(claim: ClaimView): Promise<Buffer> {
  const job = await drawingJob(claim);
  if (!existsSync(path.join(SOCIAL_IMAGE_CACHE, job.file))) await drawIntoCache([job]);
  return readFile(path.join(SOCIAL_IMAGE_CACHE, job.file));
}

/**
 * The thread that draws a build's images, started by the project's source (Node runs its TypeScript), so
 * Astro's bundle need not contain it; builds run in the project's root. Elsewhere images are drawn in-process.
 */
const DRAWING_THREAD = path.resolve('src/lib/formats/socialImageWorker.ts');

/** Draws the jobs into the cache on a thread of their own; settles when the thread has ended. */
export function drawOnThread(jobs: readonly DrawingJob[]): Promise<void> {
  if (!existsSync(DRAWING_THREAD)) return drawIntoCache(jobs);
  return new Promise((resolve, reject) => {
    const thread = new Worker(DRAWING_THREAD, { workerData: jobs });
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The thread drawing social images stopped (exit code ${code}).`))));
  });
}

/**
 * A build's images are not pages of Astro's: it would write each PNG into the site and into its own cache,
 * and copy every unchanged one on each rebuild. The site lists them instead (src/pages/social-images.json.ts)
 * and scripts/build.mjs links each from the image cache: no bytes are copied.
 */
export const SOCIAL_IMAGE_LIST = 'social-images.json';

export interface SocialImageList {
  /** Each image's path in the site and its file's name in the cache. */
  images: { path: string; file: string }[];
}

const lists = new WeakMap<readonly ClaimView[], Promise<SocialImageList>>();

/**
 * The list of every claim's image, once the images not in the cache are drawn, on a thread of their own.
 * Started once per list of claims: a build starts it before rendering pages (og.png.ts), so images are
 * drawn on the second core while pages render, and social-images.json waits for it.
 */
export function socialImageList(claims: readonly ClaimView[]): Promise<SocialImageList> {
  let list = lists.get(claims);
  if (!list) {
    list = (async () => {
      const jobs = await Promise.all(claims.map(drawingJob));
      // The cache's files, read once: a look-up per image cost about as much as drawing one.
      const kept = new Set(await readdir(SOCIAL_IMAGE_CACHE).catch(() => []));
      const toDraw = [...new Map(jobs.filter((job) => !kept.has(job.file)).map((job) => [job.file, job])).values()];
      if (toDraw.length) await drawOnThread(toDraw);
      return { images: claims.map((claim, i) => ({ path: claimImageUrl(claim.article.slug, claim.id, '/').slice(1), file: jobs[i]!.file })) };
    })();
    lists.set(claims, list);
  }
  return list;
}

/**
 * Puts the listed images into the site built in `site` and removes the list; returns how many. Each is a
 * hard link to its file in `cache` (the project's BUILD_CACHE.socialImages), or a copy where the disk
 * allows no link.
 */
export async function linkSocialImages(site: string, cache: string): Promise<number> {
  const listFile = path.join(site, SOCIAL_IMAGE_LIST);
  if (!existsSync(listFile)) throw new Error(`The build wrote no ${SOCIAL_IMAGE_LIST}: the claims' social images are missing.`);
  const { images } = JSON.parse(await readFile(listFile, 'utf8')) as SocialImageList;
  await rm(listFile);
  for (const { path: imagePath, file } of images) {
    const source = path.join(cache, file);
    const target = path.join(site, imagePath);
    if (!existsSync(source)) {
      throw new Error(`The social image ${imagePath} is not in the image cache (${file}): was ${cache} deleted during the build? Build again.`);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  return images.length;
}

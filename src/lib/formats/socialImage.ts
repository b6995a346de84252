/**
 * The Open Graph image of a claim: the claim, its verdict, who made it (with the name in Chinese where
 * there is one) and the site name, drawn to PNG at build time (the shapes by sharp, the text glyph by glyph
 * in fonts shipped in npm packages: imageText.ts, imageFonts.ts), so a shared link previews the verdict
 * without any external service.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { VERDICTS, type Verdict } from '../verdicts.ts';
import { BUILD_CACHE, codeDigest, writeCacheFile } from '../buildCache.ts';
import { claimImageUrl } from '../urls.ts';
import type { ClaimView } from '../views/types.ts';
import { SITE } from '../../consts.ts';
import { TEXT_FONTS, nativeNameFonts } from './imageFonts.ts';
import { drawLine, type TextLine, type TextSpan } from './imageText.ts';
import { Palette, encodePng, rasterFromRgb, type Raster } from './raster.ts';

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
<rect x="0" y="0" width="24" height="100%" fill="${fg}"/>
<rect x="80" y="64" rx="40" width="${110 + label.length * 26}" height="80" fill="${bg}" stroke="${fg}" stroke-width="4"/>
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
 * sharp, loaded when the first image is drawn: the build script, which only links images,
 * never holds libvips.
 */
const loadSharp = async () => (await import('sharp')).default;

let drawingVersion: string | undefined;
/**
 * How images are drawn, in short: the drawing code (src/lib/formats in the project's root, where builds run),
 * the locked packages (sharp and its libvips, fontkit, the fonts, wawoff2 and all they use) and Node's zlib.
 * Another of any of them draws every image again.
 */
function drawingVersionNow(): string {
  if (drawingVersion === undefined) {
    const formats = path.resolve('src/lib/formats');
    if (!existsSync(formats)) throw new Error(`Social images are drawn from the project's root, and ${formats} is missing: build there (npm run build).`);
    drawingVersion = `${codeDigest(path.resolve('src'), /^(socialImage|socialImageWorker|imageText|imageFonts|raster)\.ts$/)} zlib ${process.versions.zlib}`;
  }
  return drawingVersion;
}

/**
 * Drawn images are kept by the hash of their layout and of how they are drawn, so a build only draws the
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

/**
 * An image to draw into the cache: its file's name there, what it shows, and whose image it is (for errors).
 * What it shows, not its layout: a build holds thousands of jobs, and a layout is ten times the size.
 */
export interface DrawingJob {
  file: string;
  input: SocialImageInput;
  of: string;
}

/** A claim's image: its file in the cache is named by its layout and how it is drawn. */
function drawingJob(claim: ClaimView): DrawingJob {
  const input = socialImageOf(claim);
  const file = `${createHash('sha256').update(`${drawingVersionNow()}\n${JSON.stringify(socialImageLayout(input))}`).digest('hex').slice(0, 32)}.png`;
  return { file, input, of: `claim “${claim.id}” in ${claim.article.slug}` };
}

/** Draws each job's image into the cache (the drawing thread runs this too: socialImageWorker.ts). */
export async function drawIntoCache(jobs: readonly DrawingJob[]): Promise<void> {
  await drawAll(jobs, async ({ file, input, of }) => {
    try {
      await writeCacheFile(path.join(SOCIAL_IMAGE_CACHE, file), await renderSocialImage(socialImageLayout(input)));
    } catch (error) {
      throw new Error(`The social image of ${of}: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** The PNG bytes of a claim's image (the dev server serves them), drawn first if no build drew it. */
export async function socialImagePng(claim: ClaimView): Promise<Buffer> {
  const job = drawingJob(claim);
  if (!existsSync(path.join(SOCIAL_IMAGE_CACHE, job.file))) await drawIntoCache([job]);
  return readFile(path.join(SOCIAL_IMAGE_CACHE, job.file));
}

/**
 * The thread that draws a build's images, started from the project's source (Node runs its TypeScript), so
 * Astro's bundle need not contain it; builds run in the project's root (drawingVersionNow says so otherwise).
 */
const DRAWING_THREAD = path.resolve('src/lib/formats/socialImageWorker.ts');

/** Draws the jobs into the cache on a thread of their own; settles when the thread has ended. */
export async function drawOnThread(jobs: readonly DrawingJob[]): Promise<void> {
  // libvips is loaded by the main thread first: sharp's advice, as a thread that loads it first can crash
  // the process when the thread ends.
  await loadSharp();
  await new Promise<void>((resolve, reject) => {
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
      // The cache's files, read once: a look-up per image cost about as much as drawing one.
      const kept = new Set(await readdir(SOCIAL_IMAGE_CACHE).catch(() => []));
      const toDraw = new Map<string, DrawingJob>();
      const images = claims.map((claim) => {
        const job = drawingJob(claim);
        if (!kept.has(job.file)) toDraw.set(job.file, job);
        return { path: claimImageUrl(claim.article.slug, claim.id, '/').slice(1), file: job.file };
      });
      if (toDraw.size) await drawOnThread([...toDraw.values()]);
      return { images };
    })();
    lists.set(claims, list);
  }
  return list;
}

/**
 * Puts the listed images into the site built in `site` and removes the list; returns the files linked. Each
 * is a hard link to its file in `cache` (the project's BUILD_CACHE.socialImages), or a copy where the disk
 * allows no link.
 */
export async function linkSocialImages(site: string, cache: string): Promise<string[]> {
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
  return images.map(({ file }) => file);
}

/**
 * Deletes the images in `cache` that the site no longer shows (not in `files`) and that were there before
 * the build began (`since`, in ms): every edit names a new picture, and nothing else would remove the old
 * one. Images drawn since, by a dev server in the same project, stay, and so do files being written.
 */
export async function pruneSocialImages(cache: string, files: Iterable<string>, since: number): Promise<number> {
  const shown = new Set(files);
  let pruned = 0;
  for (const name of await readdir(cache).catch(() => [])) {
    if (shown.has(name) || !name.endsWith('.png')) continue;
    const file = path.join(cache, name);
    const modified = (await stat(file).catch(() => undefined))?.mtimeMs;
    if (modified === undefined || modified >= since) continue;
    await rm(file, { force: true });
    pruned++;
  }
  return pruned;
}

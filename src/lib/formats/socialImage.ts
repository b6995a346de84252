/**
 * The Open Graph image of a claim: the claim, its verdict, who made it (with the name in Chinese where
 * there is one) and the site name, drawn as SVG and rasterised to PNG at build time (sharp, with fonts
 * shipped in npm packages: src/lib/formats/imageFonts.ts), so a shared link previews the verdict without
 * any external service.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { VERDICTS, type Verdict } from '../verdicts.ts';
import { BUILD_CACHE, writeCacheFile } from '../buildCache.ts';
import { claimImageUrl } from '../urls.ts';
import type { ClaimView } from '../views/types.ts';
import { SITE } from '../../consts.ts';
import { FONTS_VERSION, TEXT_FONTS, imageFonts, nativeNameFonts } from './imageFonts.ts';

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

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

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

/** The SVG of the image (exported for tests). */
export function socialImageSvg({ claim, verdict, speaker, site }: SocialImageInput): string {
  const { label, symbol, colours } = VERDICTS[verdict];
  const { fg, bg } = colours.light;
  const lines = wrapText(`“${claim}”`, 34, 4);
  const text = lines
    .map((line, i) => `<text x="80" y="${240 + i * 66}" font-size="54" font-weight="700" fill="#1d1d1f">${escapeXml(line)}</text>`)
    .join('');
  // One line, cut to fit: the Latin name first, then the name in its own script when the images can draw it.
  const nativeFonts = speaker.nativeName && speaker.nativeName.text.length <= 12 ? nativeNameFonts(speaker.nativeName.lang) : undefined;
  const native = nativeFonts ? speaker.nativeName : undefined;
  const latin = wrapText(`— ${speaker.name}`, native ? 52 - 2 * native.text.length : 56, 1)[0]!;
  const name = `${escapeXml(latin)}${native ? ` <tspan font-family="${nativeFonts}" xml:lang="${escapeXml(native.lang)}">${escapeXml(native.text)}</tspan>` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE.width}" height="${SOCIAL_IMAGE.height}" font-family="${TEXT_FONTS}">
<rect width="100%" height="100%" fill="#fdfcfa"/>
<rect x="0" y="0" width="24" height="100%" fill="${fg}"/>
<rect x="80" y="64" rx="40" width="${110 + label.length * 26}" height="80" fill="${bg}" stroke="${fg}" stroke-width="4"/>
<text x="112" y="120" font-size="44" font-weight="700" fill="${fg}">${escapeXml(`${symbol} ${label}`)}</text>
${text}
<text x="80" y="516" font-size="34" fill="#1d1d1f">${name}</text>
<text x="80" y="588" font-size="28" fill="#55565a">${escapeXml(site)}</text>
</svg>`;
}

// Level 2: about as fast as level 1 here and a fifth smaller (sharp measured levels 1–6).
const PNG_OPTIONS = { compressionLevel: 2 } as const;

/**
 * sharp, loaded when the first image is drawn or named: the build script, which only links images,
 * never holds libvips.
 */
const loadSharp = async () => (await import('sharp')).default;

let renderer: Promise<string> | undefined;
/** How images are drawn: another sharp, libvips, librsvg or PNG setting draws every image again, as another font does. */
const rendererVersion = () =>
  (renderer ??= loadSharp().then(({ versions }) => `sharp ${versions.sharp} vips ${versions.vips} rsvg ${versions.rsvg} png ${JSON.stringify(PNG_OPTIONS)} fonts ${FONTS_VERSION}`));

/**
 * Drawn images are kept by the hash of their SVG and of rendererVersion(), so a build only draws the
 * claims whose image changed, even after a code change. A kept file is never written again (another
 * image gets another name), so the built site links to it.
 */
const SOCIAL_IMAGE_CACHE = path.resolve(BUILD_CACHE.socialImages);

/** Draws an image's SVG as PNG, uncached (the bench times this). */
export async function renderSocialImage(svg: string): Promise<Buffer> {
  await imageFonts();
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/** Images drawn at once: sharp draws each on threads of its own. */
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

/** The name of a claim's image in the cache, drawn first when no earlier build drew the same picture. */
export async function cachedSocialImage(claim: ClaimView): Promise<string> {
  const svg = socialImageSvg(socialImageOf(claim));
  const name = `${createHash('sha256').update(`${await rendererVersion()}\n${svg}`).digest('hex').slice(0, 32)}.png`;
  try {
    if (!existsSync(path.join(SOCIAL_IMAGE_CACHE, name))) await writeCacheFile(path.join(SOCIAL_IMAGE_CACHE, name), await renderSocialImage(svg));
  } catch (error) {
    throw new Error(`The social image of claim “${claim.id}” in ${claim.article.slug}: ${(error as Error).message}`, { cause: error });
  }
  return name;
}

/** The PNG bytes of a claim's image (the dev server serves them). */
export async function socialImagePng(claim: ClaimView): Promise<Buffer> {
  return readFile(path.join(SOCIAL_IMAGE_CACHE, await cachedSocialImage(claim)));
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

/** The list of every claim's image, drawing those not in the cache. */
export async function socialImageList(claims: readonly ClaimView[]): Promise<SocialImageList> {
  const images = await drawAll(claims, async (claim) => ({
    path: claimImageUrl(claim.article.slug, claim.id, '/').slice(1),
    file: await cachedSocialImage(claim),
  }));
  return { images };
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

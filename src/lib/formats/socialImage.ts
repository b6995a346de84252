/**
 * The Open Graph image of a claim: the claim, its verdict, who made it (with the name in Chinese where
 * there is one) and the site name, drawn as SVG and rasterised to PNG at build time (sharp, with fonts
 * shipped in npm packages: src/lib/formats/imageFonts.ts), so a shared link previews the verdict without
 * any external service.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { VERDICTS, type Verdict } from '../verdicts.ts';
import { BUILD_CACHE, writeCacheFile } from '../buildCache.ts';
import { FONTS_VERSION, TEXT_FONTS, imageFonts, nativeNameFonts } from './imageFonts.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What an image shows: the statement, its verdict, who made it (with a native-script name) and the site. */
export interface SocialImageInput {
  claim: string;
  verdict: Verdict;
  speaker: { name: string; nativeName?: { text: string; lang: string } };
  site: string;
}

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

/**
 * Rendered images are kept by the hash of their SVG and of the fonts' versions, so a rebuild only draws
 * the claims that changed, even after a code change that makes Astro's incremental build render every
 * og.png route again, and an update of a font draws them all.
 */
const SOCIAL_IMAGE_CACHE = path.resolve(BUILD_CACHE.socialImages);

/** Draws an image's SVG as PNG, uncached (the bench times this). */
export async function renderSocialImage(svg: string): Promise<Buffer> {
  await imageFonts();
  // Level 2: about as fast as level 1 here and a fifth smaller (sharp measured levels 1–6).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 2 }).toBuffer();
}

/** The PNG bytes, drawn only when no earlier build drew the same SVG. */
export async function socialImagePng(input: SocialImageInput): Promise<Buffer> {
  const svg = socialImageSvg(input);
  const file = path.join(SOCIAL_IMAGE_CACHE, `${createHash('sha256').update(`${FONTS_VERSION}\n${svg}`).digest('hex').slice(0, 32)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await renderSocialImage(svg);
  await writeCacheFile(file, png);
  return png;
}

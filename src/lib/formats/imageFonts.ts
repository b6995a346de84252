/**
 * The fonts the social images are drawn with, from npm packages (Fontsource's Noto Sans, Noto Sans Symbols 2,
 * Noto Sans SC and Noto Sans TC), so an image looks the same on every machine and draws Chinese names.
 *
 * The packages ship WOFF2 split into subsets by script: they are unpacked to TTF once into the build cache
 * (wawoff2), and fontkit reads them from there (imageText.ts). Only these files are ever drawn with: no
 * system font takes part. A character is drawn in the first font of its list that has it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'fontkit';
import { BUILD_CACHE, writeCacheFile } from '../buildCache.ts';
import { isLanguage } from '../language.ts';

/** The families the images use: their packages, the files used (the two weights, every script subset). */
const FAMILIES = {
  'Noto Sans': { pkg: '@fontsource/noto-sans', files: /-(400|700)-normal\.woff2$/ },
  // One weight: a bold line draws its symbols in it.
  'Noto Sans Symbols 2': { pkg: '@fontsource/noto-sans-symbols-2', files: /-400-normal\.woff2$/ },
  // Variable fonts: each weight is an instance of the one file (fontkit's getVariation).
  'Noto Sans SC': { pkg: '@fontsource-variable/noto-sans-sc', files: /-wght-normal\.woff2$/ },
  'Noto Sans TC': { pkg: '@fontsource-variable/noto-sans-tc', files: /-wght-normal\.woff2$/ },
} as const;

export type FontFamily = keyof typeof FAMILIES;
export type FontWeight = 400 | 700;

/** The font list of the images' text: Latin, Greek and Cyrillic; the verdicts' symbols; Han characters. */
export const TEXT_FONTS: readonly FontFamily[] = ['Noto Sans', 'Noto Sans Symbols 2', 'Noto Sans SC'];

/**
 * The fonts for a name in its own script: for Chinese, the Traditional glyph forms for zh-Hant (Taiwan,
 * Hong Kong), else Simplified. Undefined for other languages: the images have no font for their scripts,
 * and a Japanese name in Chinese glyph forms would be wrong, so those names are left out of the image.
 */
export function nativeNameFonts(lang: string): readonly FontFamily[] | undefined {
  if (!isLanguage(lang, 'zh')) return undefined;
  return /^zh-(Hant|TW|HK|MO)\b/i.test(lang) ? ['Noto Sans TC', 'Noto Sans SC'] : ['Noto Sans SC', 'Noto Sans TC'];
}

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
const fontFiles = (family: FontFamily) => {
  const { pkg, files } = FAMILIES[family];
  return readdirSync(path.join(packageDir(pkg), 'files')).filter((name) => files.test(name)).sort();
};

/**
 * The fonts' packages and versions, in short: their folder in the cache is named by it, so an update of a
 * font is unpacked afresh (images are named by package-lock.json, which has the fonts' versions too).
 */
const FONTS_VERSION = createHash('sha256')
  .update(Object.values(FAMILIES).map(({ pkg, files }) => `${pkg}@${JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')).version} ${files}`).join('\n'))
  .digest('hex')
  .slice(0, 12);

/** The WOFF2 decoder, loaded only when a font is unpacked (its WebAssembly memory is large). */
const wawoff2 = async () => (await import('wawoff2')).default;

/** Finds, for a character, the font that draws it. */
export interface ImageFonts {
  /** The first font in `families` with a glyph for `codePoint`, at `weight`; the first family's if none has one. */
  fontFor(families: readonly FontFamily[], weight: FontWeight, codePoint: number): Font;
}

let ready: Promise<ImageFonts> | undefined;

/** Unpacks the fonts (first time only) and opens them. */
export function imageFonts(): Promise<ImageFonts> {
  ready ??= (async () => {
    const dir = path.resolve(BUILD_CACHE.fonts, FONTS_VERSION);
    await mkdir(dir, { recursive: true });
    // Fonts of earlier versions are not drawn with again.
    for (const old of readdirSync(path.dirname(dir)).filter((name) => name !== FONTS_VERSION)) {
      await rm(path.join(path.dirname(dir), old), { recursive: true, force: true });
    }
    const ttfs = new Map<FontFamily, string[]>();
    for (const family of Object.keys(FAMILIES) as FontFamily[]) {
      const from = path.join(packageDir(FAMILIES[family].pkg), 'files');
      const files: string[] = [];
      for (const file of fontFiles(family)) {
        const ttf = path.join(dir, file.replace(/\.woff2$/, '.ttf'));
        // Copied at once: wawoff2 returns a view of memory that its next call reuses.
        if (!existsSync(ttf)) await writeCacheFile(ttf, Buffer.from(await (await wawoff2()).decompress(await readFile(path.join(from, file)))));
        files.push(ttf);
      }
      ttfs.set(family, files);
    }
    return openFonts(ttfs, await import('fontkit'));
  })();
  return ready;
}

/** Fonts opened when first needed; a character's font is looked up once. */
function openFonts(ttfs: Map<FontFamily, string[]>, fontkit: typeof import('fontkit')): ImageFonts {
  const opened = new Map<string, Font>();
  const open = (file: string): Font => {
    let font = opened.get(file);
    if (!font) opened.set(file, (font = fontkit.create(readFileSync(file)) as Font));
    return font;
  };
  const atWeight = new Map<string, Font>();
  /** A file's font at a weight: a static font's file is of one weight; a variable font is instanced. */
  const instance = (file: string, weight: FontWeight): Font => {
    const key = `${file}\n${weight}`;
    let font = atWeight.get(key);
    if (!font) atWeight.set(key, (font = Object.keys(open(file).variationAxes).includes('wght') ? open(file).getVariation({ wght: weight }) : open(file)));
    return font;
  };
  /** A family's files of a weight: its static files of that weight, else all of them (one weight, or variable). */
  const filesOf = (family: FontFamily, weight: FontWeight): string[] => {
    const all = ttfs.get(family)!;
    const ofWeight = all.filter((file) => file.endsWith(`-${weight}-normal.ttf`));
    return ofWeight.length ? ofWeight : all;
  };
  /** Per font list and weight: each character's font. */
  const found = new Map<string, Map<number, Font>>();
  return {
    fontFor(families, weight, codePoint) {
      const key = `${families.join()} ${weight}`;
      let fonts = found.get(key);
      if (!fonts) found.set(key, (fonts = new Map()));
      let font = fonts.get(codePoint);
      if (!font) {
        const files = families.flatMap((family) => filesOf(family, weight));
        const file = files.find((f) => open(f).hasGlyphForCodePoint(codePoint)) ?? files[0]!;
        fonts.set(codePoint, (font = instance(file, weight)));
      }
      return font;
    },
  };
}

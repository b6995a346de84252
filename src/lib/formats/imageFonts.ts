/**
 * The fonts the social images are drawn with, from npm packages (Fontsource's Noto Sans, Noto Sans Symbols 2,
 * Noto Sans SC and Noto Sans TC), so an image looks the same on every machine and draws Chinese names.
 *
 * sharp draws SVG text with librsvg, Pango and fontconfig, whose FreeType reads TTF but not the WOFF2 the
 * packages ship: the fonts are unpacked once into the build cache (wawoff2), and fontconfig is pointed at
 * that folder alone, so no system font takes part. fontconfig reads its settings when the process first
 * draws text, so every drawing waits for `imageFonts()`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_CACHE, writeCacheFile } from '../buildCache.ts';
import { isLanguage } from '../language.ts';

/** The packages and which of their files are used: the two weights the images use, every script subset. */
const FONT_FILES = [
  { pkg: '@fontsource/noto-sans', files: /-(400|700)-normal\.woff2$/ },
  { pkg: '@fontsource/noto-sans-symbols-2', files: /-400-normal\.woff2$/ },
  // Variable fonts: fontconfig offers their Regular and Bold as it does a static font's.
  { pkg: '@fontsource-variable/noto-sans-sc', files: /-wght-normal\.woff2$/ },
  { pkg: '@fontsource-variable/noto-sans-tc', files: /-wght-normal\.woff2$/ },
];

/** The font list of the images' text: Latin, Greek and Cyrillic; the verdicts' symbols; Han characters. */
export const TEXT_FONTS = 'Noto Sans, Noto Sans Symbols 2, Noto Sans SC';

/**
 * The fonts for a name in its own script: for Chinese, the Traditional glyph forms for zh-Hant (Taiwan,
 * Hong Kong), else Simplified. Undefined for other languages: the images have no font for their scripts,
 * and a Japanese name in Chinese glyph forms would be wrong, so those names are left out of the image.
 */
export function nativeNameFonts(lang: string): string | undefined {
  if (!isLanguage(lang, 'zh')) return undefined;
  return /^zh-(Hant|TW|HK|MO)\b/i.test(lang) ? 'Noto Sans TC, Noto Sans SC' : 'Noto Sans SC, Noto Sans TC';
}

/**
 * fontconfig reads this folder and no other. Fontsource's subsets of the variable Han fonts call their
 * family "Noto Sans SC Thin" (the default instance); they are renamed as scanned, so "Noto Sans SC" finds
 * them and its Regular and Bold.
 */
function fontconfigSettings(dir: string): string {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rename = (from: string, to: string) =>
    `  <match target="scan">\n    <test name="family"><string>${from}</string></test>\n    <edit name="family" mode="assign" binding="same"><string>${to}</string></edit>\n  </match>\n`;
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${xml(dir)}</dir>
  <cachedir>${xml(path.join(dir, 'fontconfig'))}</cachedir>
${rename('Noto Sans SC Thin', 'Noto Sans SC')}${rename('Noto Sans TC Thin', 'Noto Sans TC')}</fontconfig>
`;
}

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

/**
 * The fonts' packages and versions, in short: their folder in the cache is named by it, and so is every
 * image drawn with them (socialImage.ts), so an update of a font draws every image again.
 */
export const FONTS_VERSION = createHash('sha256')
  .update(FONT_FILES.map(({ pkg, files }) => `${pkg}@${JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')).version} ${files}`).join('\n'))
  .digest('hex')
  .slice(0, 12);

/** The WOFF2 decoder, loaded only when a font is unpacked (its WebAssembly memory is large). */
const wawoff2 = async () => (await import('wawoff2')).default;

let ready: Promise<void> | undefined;

/** Unpacks the fonts (first time only) and points fontconfig at them. */
export function imageFonts(): Promise<void> {
  ready ??= (async () => {
    const dir = path.resolve(BUILD_CACHE.fonts, FONTS_VERSION);
    await mkdir(dir, { recursive: true });
    // Fonts of earlier versions are not drawn with again.
    for (const old of readdirSync(path.dirname(dir)).filter((name) => name !== FONTS_VERSION)) {
      await rm(path.join(path.dirname(dir), old), { recursive: true, force: true });
    }
    for (const { pkg, files } of FONT_FILES) {
      const from = path.join(packageDir(pkg), 'files');
      for (const file of readdirSync(from).filter((name) => files.test(name))) {
        const ttf = path.join(dir, file.replace(/\.woff2$/, '.ttf'));
        // Copied at once: wawoff2 returns a view of memory that its next call reuses.
        if (!existsSync(ttf)) await writeCacheFile(ttf, Buffer.from(await (await wawoff2()).decompress(await readFile(path.join(from, file)))));
      }
    }
    const config = path.join(dir, 'fonts.conf');
    const settings = fontconfigSettings(dir);
    if ((await readFile(config, 'utf8').catch(() => '')) !== settings) {
      // fontconfig's cache keeps fonts as the old settings named them.
      await rm(path.join(dir, 'fontconfig'), { recursive: true, force: true });
      await writeCacheFile(config, settings);
    }
    process.env.FONTCONFIG_FILE = config;
  })();
  return ready;
}

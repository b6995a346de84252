/**
 * Lines of text drawn onto an image's pixels. fontkit shapes each run of characters in the font that has
 * them (imageFonts.ts); each glyph is rasterised once (sharp, from the glyph's outline) and kept, then
 * blended wherever a line puts it. A social image is mostly the same few dozen glyphs, so drawing one costs
 * a copy and a blend instead of a full text layout and rasterisation.
 */
import type { Font } from 'fontkit';
import { imageFonts, type FontFamily, type FontWeight } from './imageFonts.ts';
import { LEVELS, mix, rgbOf, rowBytes, type Raster, type Rgb } from './raster.ts';

/** Consecutive text in one font list and weight. */
export interface TextSpan {
  text: string;
  fonts: readonly FontFamily[];
  weight: FontWeight;
}

/** A line of spans, drawn one after another from `x` on the baseline `y`, `size` pixels to the em. */
export interface TextLine {
  x: number;
  y: number;
  size: number;
  /** `#rrggbb` */
  colour: string;
  spans: TextSpan[];
}

/**
 * A rasterised glyph, placed relative to the pen on the baseline: its box, and the pixels it covers (row
 * and column in the box, packed as row << 16 | column) with their coverage as a blending level (1–LEVELS).
 */
interface GlyphBitmap {
  width: number;
  height: number;
  left: number;
  top: number;
  pixels: Int32Array;
  levels: Uint8Array;
}

/** A glyph at a size, rasterised by sharp from its outline; undefined for a glyph with no outline (a space). */
async function rasterise(font: Font, id: number, size: number): Promise<GlyphBitmap | undefined> {
  const outline = font.getGlyph(id).path;
  if (!outline.commands.length) return undefined;
  const scale = size / font.unitsPerEm;
  const { minX, minY, maxX, maxY } = outline.bbox;
  // One pixel of margin for antialiasing; font units have y up, pixels y down.
  const left = Math.floor(minX * scale) - 1;
  const top = Math.floor(-maxY * scale) - 1;
  const width = Math.ceil(maxX * scale) + 1 - left;
  const height = Math.ceil(-minY * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="matrix(${scale} 0 0 ${-scale} ${-left} ${-top})" d="${outline.toSVG()}"/></svg>`;
  const sharp = (await import('sharp')).default;
  const coverage = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  const [pixels, levels]: [number[], number[]] = [[], []];
  coverage.forEach((a, at) => {
    const level = Math.round((a * LEVELS) / 255);
    if (level === 0) return;
    pixels.push((Math.floor(at / width) << 16) | at % width);
    levels.push(level);
  });
  return { width, height, left, top, pixels: Int32Array.from(pixels), levels: Uint8Array.from(levels) };
}

/** Text shaped in one font at one size: each glyph with its offset from the start, in whole pixels. */
interface ShapedText {
  glyphs: { bitmap: GlyphBitmap | undefined; x: number; y: number }[];
  advance: number;
}

const shapedTexts = new WeakMap<Font, Map<string, Promise<ShapedText>>>();
const glyphBitmaps = new WeakMap<Font, Map<string, Promise<GlyphBitmap | undefined>>>();

/** Memoised per font. */
function perFont<T>(cache: WeakMap<Font, Map<string, T>>, font: Font, key: string, make: () => T): T {
  let ofFont = cache.get(font);
  if (!ofFont) cache.set(font, (ofFont = new Map()));
  let value = ofFont.get(key);
  if (value === undefined) ofFont.set(key, (value = make()));
  return value;
}

/**
 * A word shaped (fontkit) and its glyphs rasterised, each once: the same words recur from image to image.
 * Advances are rounded to whole pixels, as hinted text is: every glyph sits on the pixel grid and equal
 * pairs are spaced equally.
 */
function shape(font: Font, text: string, size: number): Promise<ShapedText> {
  return perFont(shapedTexts, font, `${size} ${text}`, async () => {
    const scale = size / font.unitsPerEm;
    const { glyphs, positions } = font.layout(text);
    const shaped: ShapedText = { glyphs: [], advance: 0 };
    for (let i = 0; i < glyphs.length; i++) {
      const { xAdvance, xOffset, yOffset } = positions[i]!;
      const id = glyphs[i]!.id;
      const bitmap = await perFont(glyphBitmaps, font, `${id} ${size}`, () => rasterise(font, id, size));
      shaped.glyphs.push({ bitmap, x: shaped.advance + Math.round(xOffset * scale), y: -Math.round(yOffset * scale) });
      shaped.advance += Math.round(xAdvance * scale);
    }
    return shaped;
  });
}

/**
 * Blends a glyph in `colour` onto the raster with its origin at (x, y), clipped to the raster. Each pixel's
 * new colour is its old one moved towards `colour` by the glyph's coverage, in LEVELS steps; `blends` keeps
 * the palette index of each (old index, level) pair for this colour.
 */
function blend({ width, height, rows, palette }: Raster, glyph: GlyphBitmap, x: number, y: number, colour: Rgb, blends: Int16Array) {
  // Plain locals in the loop: it runs for every pixel of every glyph.
  const { pixels, levels } = glyph;
  const left = x + glyph.left;
  const top = y + glyph.top;
  const inside = left >= 0 && top >= 0 && left + glyph.width <= width && top + glyph.height <= height;
  const stride = rowBytes(width);
  for (let k = 0; k < pixels.length; k++) {
    const row = top + (pixels[k]! >>> 16);
    const col = left + (pixels[k]! & 0xffff);
    if (!inside && (row < 0 || row >= height || col < 0 || col >= width)) continue;
    const i = row * stride + 1 + col;
    const old = rows[i]!;
    const key = old * (LEVELS + 1) + levels[k]!;
    let index = blends[key]!;
    if (index < 0) blends[key] = index = palette.indexOf(mix(palette.colours[old]!, colour, levels[k]!));
    rows[i] = index;
  }
}

/** Splits text into runs that one font draws: each character in the first font of the list that has it. */
function fontRuns(text: string, pick: (codePoint: number) => Font): { font: Font; text: string }[] {
  const runs: { font: Font; text: string }[] = [];
  for (const char of text) {
    const font = pick(char.codePointAt(0)!);
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/** Draws a line onto the raster, word by word (each with the spaces after it); returns where the pen ended. */
export async function drawLine(raster: Raster, { x, y, size, colour, spans }: TextLine): Promise<number> {
  const fonts = await imageFonts();
  const rgb = rgbOf(colour);
  const blends = new Int16Array(256 * (LEVELS + 1)).fill(-1);
  let pen = x;
  for (const span of spans) {
    for (const run of fontRuns(span.text, (codePoint) => fonts.fontFor(span.fonts, span.weight, codePoint))) {
      for (const word of run.text.match(/\s*\S+\s*|\s+/g) ?? []) {
        const shaped = await shape(run.font, word, size);
        for (const glyph of shaped.glyphs) if (glyph.bitmap) blend(raster, glyph.bitmap, pen + glyph.x, y + glyph.y, rgb, blends);
        pen += shaped.advance;
      }
    }
  }
  return pen;
}

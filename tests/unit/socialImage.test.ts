import { existsSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  DRAWING_AT_ONCE,
  SOCIAL_IMAGE,
  SOCIAL_IMAGE_LIST,
  drawAll,
  drawOnThread,
  linkSocialImages,
  pruneSocialImages,
  renderSocialImage,
  socialImageLayout,
  wrapText,
  type SocialImageInput,
} from '../../src/lib/formats/socialImage.ts';
import { TEXT_FONTS, type FontFamily } from '../../src/lib/formats/imageFonts.ts';
import { drawLine } from '../../src/lib/formats/imageText.ts';
import { LEVELS, Palette, encodePng, mix, rasterFromRgb, rowBytes } from '../../src/lib/formats/raster.ts';
import { VERDICTS } from '../../src/lib/verdicts.ts';
import { BUILD_CACHE } from '../../src/lib/buildCache.ts';

const ZHOU: SocialImageInput = {
  claim: 'Sora could shorten the time needed to reach AGI from ten years to one.',
  verdict: 'opinion',
  speaker: { name: 'Zhou Hongyi', nativeName: { text: '周鸿祎', lang: 'zh-Hans' } },
  site: 'Line by Line',
};

/** The rows of a white 400×100 image with one line of black text drawn on it. */
async function lineRows(text: string, fonts: readonly FontFamily[], weight: 400 | 700 = 400) {
  const raster = rasterFromRgb(new Uint8Array(400 * 100 * 3).fill(255), 400, 100);
  await drawLine(raster, { x: 10, y: 70, size: 48, colour: '#000000', spans: [{ text, fonts, weight }] });
  return Buffer.from(raster.rows);
}

/** A PNG's pixels as 0xRRGGBB, decoded by sharp (an independent decoder). */
async function decoded(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { ...info, at: (x: number, y: number) => (data[(y * info.width + x) * 3]! << 16) | (data[(y * info.width + x) * 3 + 1]! << 8) | data[(y * info.width + x) * 3 + 2]! };
}

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('one two three four five six seven', 10, 5);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });
  it('cuts to the line limit with an ellipsis', () => {
    const lines = wrapText('a b c d e f g h i j k l m n o p', 3, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('socialImageLayout', () => {
  const nameLine = (input: SocialImageInput) => socialImageLayout(input).lines.find((line) => line.y === 516)!.spans;

  it('keeps text as data, out of the shapes’ SVG markup', () => {
    const layout = socialImageLayout({ ...ZHOU, claim: '<script>&"x"</script>', verdict: 'inaccurate', speaker: { name: 'A <b>' }, site: 'S & S' });
    expect(layout.shapes).not.toMatch(/<text|script|<b>|S & S/);
    const texts = layout.lines.flatMap((line) => line.spans.map((span) => span.text));
    expect(texts).toEqual(['✗ Inaccurate', '“<script>&"x"</script>”', '— A <b>', 'S & S']);
  });
  it('names the speaker, in Chinese too, in the fonts for the name’s script', () => {
    expect(nameLine(ZHOU)).toEqual([
      { text: '— Zhou Hongyi ', fonts: TEXT_FONTS, weight: 400 },
      { text: '周鸿祎', fonts: ['Noto Sans SC', 'Noto Sans TC'], weight: 400 },
    ]);
    const scmp = nameLine({ ...ZHOU, speaker: { name: 'South China Morning Post', nativeName: { text: '南華早報', lang: 'zh-Hant' } } });
    expect(scmp[1]).toEqual({ text: '南華早報', fonts: ['Noto Sans TC', 'Noto Sans SC'], weight: 400 });
    expect(nameLine({ ...ZHOU, speaker: { name: 'The article' } })).toHaveLength(1);
  });
  it('leaves out a name in a script it has no font for, and cuts a long name to its line', () => {
    expect(nameLine({ ...ZHOU, speaker: { name: 'Masayoshi Son', nativeName: { text: '孫正義', lang: 'ja' } } })).toEqual([{ text: '— Masayoshi Son', fonts: TEXT_FONTS, weight: 400 }]);
    const [latin, native] = nameLine({ ...ZHOU, speaker: { name: `The ${'Very '.repeat(20)}Long Company`, nativeName: { text: '长公司', lang: 'zh-Hans' } } });
    expect(latin!.text.trimEnd().endsWith('…')).toBe(true);
    expect(latin!.text.trimEnd().length).toBeLessThanOrEqual(52);
    expect(native!.text).toBe('长公司');
  });
});

describe('drawing an image', () => {
  it('writes a PNG of the image’s size that another decoder reads: the shapes in their colours, the text in its colour', async () => {
    const png = await renderSocialImage(socialImageLayout(ZHOU));
    const image = await decoded(png);
    expect([image.width, image.height]).toEqual([SOCIAL_IMAGE.width, SOCIAL_IMAGE.height]);
    expect(image.at(600, 180)).toBe(0xfdfcfa); // the background
    expect(image.at(10, 300)).toBe(parseInt(VERDICTS.opinion.colours.light.fg.slice(1), 16)); // the verdict's bar
    // The statement's lines, in their colour, solid where glyphs are: between the first and the last baseline.
    let solid = 0;
    for (let y = 190; y < 440; y++) for (let x = 80; x < 1100; x++) if (image.at(x, y) === 0x1d1d1f) solid++;
    expect(solid).toBeGreaterThan(20_000);
  });
  it('draws Chinese names, in Traditional forms for zh-Hant and Simplified forms for zh-Hans', async () => {
    // 骨 has different strokes in the two standards: one code point, two glyphs. A missing glyph would draw
    // the same box for both.
    const [traditional, simplified, blank] = await Promise.all([lineRows('骨', ['Noto Sans TC']), lineRows('骨', ['Noto Sans SC']), lineRows('', ['Noto Sans SC'])]);
    expect(traditional.equals(simplified)).toBe(false);
    expect(simplified.equals(blank)).toBe(false);
  });
  it('draws every verdict’s symbol with a glyph of its own', async () => {
    const symbols = Object.values(VERDICTS).map((v) => v.symbol);
    const drawn = await Promise.all(symbols.map((symbol) => lineRows(symbol, TEXT_FONTS, 700)));
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(drawn[i]!.equals(drawn[j]!), `${symbols[i]} vs ${symbols[j]}`).toBe(false);
  });
  it('draws a character in the first font of its list that has it', async () => {
    // Noto Sans has no Han characters: the line falls back to Noto Sans SC, as drawing in SC alone does.
    expect((await lineRows('骨', ['Noto Sans', 'Noto Sans SC'])).equals(await lineRows('骨', ['Noto Sans SC']))).toBe(true);
    expect((await lineRows('A', ['Noto Sans', 'Noto Sans SC'])).equals(await lineRows('A', ['Noto Sans SC']))).toBe(false);
  });
});

describe('drawOnThread', () => {
  const cached = (file: string) => path.resolve(BUILD_CACHE.socialImages, file);

  it('draws each image into the cache', async () => {
    const file = `test-${randomUUID()}.png`;
    await drawOnThread([{ file, input: ZHOU, of: 'the test claim' }]);
    expect((await decoded(await readFile(cached(file)))).width).toBe(SOCIAL_IMAGE.width);
    await rm(cached(file));
  });
  it('fails with the error of the image that could not be drawn, naming whose image it is', async () => {
    const broken = { ...ZHOU, verdict: 'no such verdict' as never };
    await expect(drawOnThread([{ file: `test-${randomUUID()}.png`, input: broken, of: 'claim “x” in y' }])).rejects.toThrow(/^The social image of claim “x” in y: /);
  });
});

describe('raster', () => {
  it('snaps antialiased edges to steps between the image’s main colours', () => {
    // Half black, half white, and one grey pixel between them: grey is stored as a blend of the two.
    const [width, height] = [20, 10];
    const rgb = new Uint8Array(width * height * 3).fill(255).fill(0, 0, (width * height * 3) / 2);
    rgb.set([100, 100, 100], 3 * 105);
    const raster = rasterFromRgb(rgb, width, height);
    expect(raster.palette.colours.slice(0, 2).sort()).toEqual([0x000000, 0xffffff]);
    const grey = raster.palette.colours[raster.rows[rowBytes(width) * 5 + 1 + 5]!]!;
    expect([...Array(LEVELS).keys()].map((level) => mix(0x000000, 0xffffff, level))).toContain(grey);
    expect(Math.abs((grey & 0xff) - 100)).toBeLessThanOrEqual(255 / LEVELS / 2 + 1);
  });
  it('draws a colour a full palette lacks in the nearest colour it has', () => {
    const palette = new Palette(Array.from({ length: 256 }, (_, i) => i * 0x010101));
    expect(palette.indexOf(0x0a0a0b)).toBe(10);
    expect(palette.colours).toHaveLength(256);
  });
  it('encodes each pixel’s palette colour', async () => {
    const [width, height] = [3, 2];
    const palette = new Palette([0xff0000, 0x00ff00, 0x0000ff]);
    const rows = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 1]);
    const image = await decoded(encodePng({ width, height, rows, palette }));
    expect([image.at(0, 0), image.at(1, 0), image.at(2, 0), image.at(0, 1), image.at(1, 1), image.at(2, 1)]).toEqual([0xff0000, 0x00ff00, 0x0000ff, 0x0000ff, 0x0000ff, 0x00ff00]);
  });
});

describe('linkSocialImages', () => {
  /** A built site with a list of two images, and an image cache holding them. */
  async function builtSite(list = true) {
    const root = await mkdtemp(path.join(tmpdir(), 'images-'));
    const [site, cache] = [path.join(root, 'site'), path.join(root, 'cache')];
    await mkdir(path.join(site, 'articles/a/claims/one'), { recursive: true });
    await mkdir(cache, { recursive: true });
    await writeFile(path.join(cache, 'first.png'), 'first image');
    await writeFile(path.join(cache, 'second.png'), 'second image');
    const images = [
      { path: 'articles/a/claims/one/og.png', file: 'first.png' },
      { path: 'articles/a/claims/two/og.png', file: 'second.png' },
    ];
    if (list) await writeFile(path.join(site, SOCIAL_IMAGE_LIST), JSON.stringify({ images }));
    return { site, cache };
  }

  it('puts each listed image at its path as a link to the cached file, and removes the list', async () => {
    const { site, cache } = await builtSite();
    expect(await linkSocialImages(site, cache)).toEqual(['first.png', 'second.png']);
    expect(await readFile(path.join(site, 'articles/a/claims/one/og.png'), 'utf8')).toBe('first image');
    expect(await readFile(path.join(site, 'articles/a/claims/two/og.png'), 'utf8')).toBe('second image');
    // The same file, not a copy: no bytes were written.
    expect(statSync(path.join(site, 'articles/a/claims/one/og.png')).ino).toBe(statSync(path.join(cache, 'first.png')).ino);
    expect(existsSync(path.join(site, SOCIAL_IMAGE_LIST))).toBe(false);
  });

  it('replaces a file already at an image’s path', async () => {
    const { site, cache } = await builtSite();
    await writeFile(path.join(site, 'articles/a/claims/one/og.png'), 'drawn by an older route');
    await linkSocialImages(site, cache);
    expect(await readFile(path.join(site, 'articles/a/claims/one/og.png'), 'utf8')).toBe('first image');
  });

  it('fails when the build wrote no list, or a listed image is not in the cache', async () => {
    const unlisted = await builtSite(false);
    await expect(linkSocialImages(unlisted.site, unlisted.cache)).rejects.toThrow(`The build wrote no ${SOCIAL_IMAGE_LIST}`);
    const { site, cache } = await builtSite();
    await writeFile(path.join(site, SOCIAL_IMAGE_LIST), JSON.stringify({ images: [{ path: 'articles/a/claims/one/og.png', file: 'gone.png' }] }));
    await expect(linkSocialImages(site, cache)).rejects.toThrow('The social image articles/a/claims/one/og.png is not in the image cache (gone.png)');
  });
});

describe('pruneSocialImages', () => {
  it('deletes the pictures the site no longer shows that were there before the build, and nothing else', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'image-cache-'));
    const since = Date.now() - 60_000;
    const old = new Date(since - 60_000);
    for (const name of ['shown.png', 'stale.png', 'other.txt', 'stale.png.1.x.tmp']) {
      await writeFile(path.join(cache, name), name);
      await utimes(path.join(cache, name), old, old);
    }
    // Drawn during the build by someone else (a dev server in the same project): kept.
    await writeFile(path.join(cache, 'drawn-meanwhile.png'), 'new');
    expect(await pruneSocialImages(cache, ['shown.png'], since)).toBe(1);
    expect((await readdir(cache)).sort()).toEqual(['drawn-meanwhile.png', 'other.txt', 'shown.png', 'stale.png.1.x.tmp']);
  });
});

describe('drawAll', () => {
  it('keeps the order of its items, with at most DRAWING_AT_ONCE drawing at a time', async () => {
    let drawing = 0;
    let most = 0;
    const results = await drawAll([5, 1, 4, 2, 3, 0, 6], async (n) => {
      most = Math.max(most, ++drawing);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      drawing--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(DRAWING_AT_ONCE);
  });

  it('starts no other drawing after one fails', async () => {
    const started: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    await expect(
      drawAll(items, async (n) => {
        started.push(n);
        if (n === 0) throw new Error('no fonts');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return n;
      }),
    ).rejects.toThrow('no fonts');
    expect(started.length).toBe(DRAWING_AT_ONCE);
  });
});

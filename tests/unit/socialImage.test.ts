import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DRAWING_AT_ONCE, SOCIAL_IMAGE_LIST, drawAll, linkSocialImages, renderSocialImage, socialImageSvg, wrapText, type SocialImageInput } from '../../src/lib/formats/socialImage.ts';

const ZHOU: SocialImageInput = {
  claim: 'Sora could shorten the time needed to reach AGI from ten years to one.',
  verdict: 'opinion',
  speaker: { name: 'Zhou Hongyi', nativeName: { text: '周鸿祎', lang: 'zh-Hans' } },
  site: 'Line by Line',
};

/** Whether the machine's own fontconfig knows a font family. */
function systemHas(family: string): boolean {
  const env = { ...process.env };
  delete env.FONTCONFIG_FILE;
  return spawnSync('fc-list', [family], { encoding: 'utf8', env }).stdout?.trim().length > 0;
}

/** The decoded pixels of an SVG drawn as the build draws it. */
const pixels = async (svg: string) => sharp(await renderSocialImage(svg)).raw().toBuffer();
/** A bare image with one line of text in the given font list. */
const line = (text: string, fonts: string, lang = 'en') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="100%" height="100%" fill="#fff"/><text x="10" y="70" font-size="48" font-family="${fonts}" xml:lang="${lang}">${text}</text></svg>`;

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

describe('socialImageSvg', () => {
  it('escapes the claim and the names so they cannot break the SVG', () => {
    const svg = socialImageSvg({ ...ZHOU, claim: '<script>&"x"</script>', verdict: 'inaccurate', speaker: { name: 'A <b>', nativeName: { text: '&', lang: 'zh"' } }, site: 'S & S' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('✗ Inaccurate');
  });
  it('names the speaker, in Chinese too, in the font for the name’s script', () => {
    expect(socialImageSvg(ZHOU)).toMatch(/— Zhou Hongyi <tspan font-family="Noto Sans SC[^"]*" xml:lang="zh-Hans">周鸿祎<\/tspan>/);
    const scmp = socialImageSvg({ ...ZHOU, speaker: { name: 'South China Morning Post', nativeName: { text: '南華早報', lang: 'zh-Hant' } } });
    expect(scmp).toMatch(/<tspan font-family="Noto Sans TC[^"]*" xml:lang="zh-Hant">南華早報<\/tspan>/);
    expect(socialImageSvg({ ...ZHOU, speaker: { name: 'The article' } })).not.toContain('<tspan');
  });
  it('leaves out a name in a script it has no font for, and cuts a long name to its line', () => {
    const japanese = socialImageSvg({ ...ZHOU, speaker: { name: 'Masayoshi Son', nativeName: { text: '孫正義', lang: 'ja' } } });
    expect(japanese).toContain('— Masayoshi Son</text>');
    expect(japanese).not.toContain('孫正義');
    const long = socialImageSvg({ ...ZHOU, speaker: { name: `The ${'Very '.repeat(20)}Long Company`, nativeName: { text: '长公司', lang: 'zh-Hans' } } });
    const line = long.match(/<text x="80" y="516"[^>]*>(.*?) <tspan/)![1]!;
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(52);
    expect(long).toContain('>长公司</tspan>');
  });
});

describe('the images’ fonts', () => {
  it('draw Chinese names, in Traditional forms for zh-Hant and Simplified forms for zh-Hans', async () => {
    // 骨 has different strokes in the two standards: one code point, two glyphs. A missing font would draw
    // the same box for both (the test fails without the project's fonts).
    const [traditional, simplified] = await Promise.all([pixels(line('骨', 'Noto Sans TC', 'zh-Hant')), pixels(line('骨', 'Noto Sans SC', 'zh-Hans'))]);
    expect(traditional.equals(simplified)).toBe(false);
  });
  // Needs a serif font the machine has (Debian's DejaVu Serif); without one there is nothing to tell apart.
  it.skipIf(!systemHas('DejaVu Serif'))('come from the project, not the machine: a system font’s name draws the same as a name no font has', async () => {
    const [system, unknown] = await Promise.all([pixels(line('Sora', 'DejaVu Serif')), pixels(line('Sora', 'No Such Font'))]);
    expect(system.equals(unknown)).toBe(true);
    // …and that fallback is a real font that draws the text.
    const blank = await pixels(line('', 'Noto Sans'));
    expect(unknown.equals(blank)).toBe(false);
  });
  it('draw every verdict’s symbol with a glyph of its own', async () => {
    const { VERDICTS } = await import('../../src/lib/verdicts.ts');
    const symbols = Object.values(VERDICTS).map((v) => v.symbol);
    const drawn = await Promise.all(symbols.map((symbol) => pixels(line(symbol, 'Noto Sans, Noto Sans Symbols 2, Noto Sans SC'))));
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(drawn[i]!.equals(drawn[j]!), `${symbols[i]} vs ${symbols[j]}`).toBe(false);
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
    expect(await linkSocialImages(site, cache)).toBe(2);
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

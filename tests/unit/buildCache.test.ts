/**
 * Results kept between builds (src/lib/buildCache.ts): found again only under the same input and code,
 * and only what a run used is kept for the next one. The views keep each article text's outline this way.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyedCache, codeDigest, writeCacheFile } from '../../src/lib/buildCache.ts';
import { textOutline, type TextOutline } from '../../src/lib/mdx.ts';

const temp = () => mkdtemp(path.join(tmpdir(), 'cache-'));

describe('KeyedCache', () => {
  it('finds a saved result under the same key and salt only', async () => {
    const file = path.join(await temp(), 'kept.json');
    const first = await KeyedCache.open<number>(file, 'code 1');
    first.set(first.key('a', 'b'), 42);
    await first.save();

    const again = await KeyedCache.open<number>(file, 'code 1');
    expect(again.get(again.key('a', 'b'))).toBe(42);
    // The parts are kept apart: "a" + "b" is not "ab".
    expect(again.get(again.key('ab'))).toBeUndefined();
    const otherCode = await KeyedCache.open<number>(file, 'code 2');
    expect(otherCode.get(otherCode.key('a', 'b'))).toBeUndefined();
  });

  it('keeps only what a run used', async () => {
    const file = path.join(await temp(), 'kept.json');
    const first = await KeyedCache.open<string>(file, '');
    first.set(first.key('old'), 'old');
    first.set(first.key('still'), 'still');
    await first.save();

    const second = await KeyedCache.open<string>(file, '');
    expect(second.get(second.key('still'))).toBe('still');
    await second.save();
    const third = await KeyedCache.open<string>(file, '');
    expect(third.get(third.key('still'))).toBe('still');
    expect(third.get(third.key('old'))).toBeUndefined();
  });

  it('keeps earlier results too when asked (a run that adds results for another), and finds what it set', async () => {
    const file = path.join(await temp(), 'kept.json');
    const first = await KeyedCache.open<string>(file, '');
    first.set(first.key('earlier'), 'earlier');
    await first.save();
    const adding = await KeyedCache.open<string>(file, '');
    adding.set(adding.key('added'), 'added');
    expect(adding.get(adding.key('added'))).toBe('added');
    await adding.save({ keepUnused: true });
    const next = await KeyedCache.open<string>(file, '');
    expect([next.get(next.key('earlier')), next.get(next.key('added'))]).toEqual(['earlier', 'added']);
  });

  it('starts empty from a missing or unreadable file', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, 'broken.json'), '{ not json');
    for (const file of ['missing.json', 'broken.json']) {
      const cache = await KeyedCache.open<number>(path.join(dir, file), '');
      expect(cache.get(cache.key('a'))).toBeUndefined();
    }
  });
});

describe('codeDigest', () => {
  it('changes with any TypeScript file under src/ and with package-lock.json', async () => {
    const root = await temp();
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 1;');
    await writeFile(path.join(root, 'package-lock.json'), '{}');
    const before = codeDigest(path.join(root, 'src'));
    expect(codeDigest(path.join(root, 'src'))).toBe(before);

    await writeFile(path.join(root, 'src/lib/a.ts'), 'export const a = 2;');
    const edited = codeDigest(path.join(root, 'src'));
    expect(edited).not.toBe(before);
    await writeFile(path.join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }');
    expect(codeDigest(path.join(root, 'src'))).not.toBe(edited);
  });
  it('with a name pattern, changes with the matching files and package-lock.json only (as social images are named)', async () => {
    const root = await temp();
    await mkdir(path.join(root, 'src/lib'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/draw.ts'), 'export const a = 1;');
    await writeFile(path.join(root, 'src/lib/other.ts'), 'export const b = 1;');
    await writeFile(path.join(root, 'package-lock.json'), '{}');
    const digest = () => codeDigest(path.join(root, 'src'), /^draw\.ts$/);
    const before = digest();
    await writeFile(path.join(root, 'src/lib/other.ts'), 'export const b = 2;');
    expect(digest()).toBe(before);
    await writeFile(path.join(root, 'src/lib/draw.ts'), 'export const a = 2;');
    const edited = digest();
    expect(edited).not.toBe(before);
    await writeFile(path.join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }');
    expect(digest()).not.toBe(edited);
  });
});

describe('KeyedCache.through, as the views keep text outlines', () => {
  const body = 'Intro. <Claim id="b">Second claim first.</Claim>\n\nThen <Claim id="a">the other</Claim>, at the end.\n';

  it('outlines a text as textOutline does, then finds the outline in the cache instead of parsing', async () => {
    const file = path.join(await temp(), 'outlines.json');
    const cache = await KeyedCache.open<TextOutline>(file, 'code');
    const outline = cache.through(textOutline)(body);
    expect(outline).toEqual(textOutline(body));
    expect(outline.claimOrder).toEqual(['b', 'a']);
    expect(outline.passages.a).toEqual({ before: 'Then ', passage: 'the other', after: ', at the end.' });
    await cache.save();

    const kept = await KeyedCache.open<TextOutline>(file, 'code');
    expect(kept.get(kept.key(body))).toEqual(outline);
    // An outline planted under the text's key is returned as it is: the text is not parsed again.
    const planted: TextOutline = { claimOrder: ['planted'], passages: {} };
    await writeFile(file, JSON.stringify({ [kept.key(body)]: planted }));
    expect((await KeyedCache.open<TextOutline>(file, 'code')).through(textOutline)(body)).toEqual(planted);
    // Other code: parsed again.
    const recoded = await KeyedCache.open<TextOutline>(file, 'other code');
    expect(recoded.through(textOutline)(body)).toEqual(textOutline(body));
  });
});

describe('writeCacheFile', () => {
  it('writes into a folder it made before, or makes it again when the folder went in between', async () => {
    const folder = path.join(await mkdtemp(path.join(tmpdir(), 'cache-file-')), 'images');
    await writeCacheFile(path.join(folder, 'a.png'), 'a');
    await rm(folder, { recursive: true });
    await writeCacheFile(path.join(folder, 'b.png'), 'b');
    expect(await readFile(path.join(folder, 'b.png'), 'utf8')).toBe('b');
    expect(await readdir(folder)).toEqual(['b.png']);
  });
});

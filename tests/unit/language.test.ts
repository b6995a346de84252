import { describe, expect, it } from 'vitest';
import { scriptMismatch, scriptOnlyCharacters } from '../../src/lib/content/script.ts';
import { isLanguage } from '../../src/lib/language.ts';
import { languageProblems } from '../../src/lib/content/checkText.ts';
import { parseMdx } from '../../src/lib/mdx.ts';

describe('scriptOnlyCharacters', () => {
  it('finds characters only one script uses', () => {
    expect(scriptOnlyCharacters('南华早报')).toEqual({ traditional: [], simplified: ['华', '报'] });
    expect(scriptOnlyCharacters('南華早報')).toEqual({ traditional: ['華', '報'], simplified: [] });
  });
  it('counts characters both scripts share as neither', () => {
    // 秘 and 昆 are standard in Taiwan and Hong Kong too.
    expect(scriptOnlyCharacters('秘密武器 一年半 昆')).toEqual({ traditional: [], simplified: [] });
  });
});

describe('scriptMismatch', () => {
  it.each([
    ['南华早报', 'zh-Hans'],
    ['南華早報', 'zh-Hant'],
    ['周鸿祎', 'zh-Hans'],
    ['三六零', 'zh-Hant'],
    ['Zhou Hongyi', 'en'],
  ])('accepts %s tagged %s', (text, lang) => {
    expect(scriptMismatch(text, lang)).toBeUndefined();
  });
  it('rejects simplified characters under zh-Hant', () => {
    expect(scriptMismatch('南华早报', 'zh-Hant')).toBe('"南华早报" is tagged zh-Hant but 华报 are simplified: tag it zh-Hans, or write the traditional form');
  });
  it('rejects traditional characters under zh-Hans', () => {
    expect(scriptMismatch('董事長', 'zh-Hans')).toBe('"董事長" is tagged zh-Hans but 長 is traditional: tag it zh-Hant, or write the simplified form');
  });
  it('asks for a script subtag, and refuses Chinese under another language', () => {
    expect(scriptMismatch('差距', 'zh')).toMatch(/without a script: write zh-Hans \(simplified\) or zh-Hant \(traditional\)/);
    expect(scriptMismatch('差距', 'en')).toMatch(/is Chinese script but is tagged en/);
  });
});

describe('isLanguage', () => {
  it('matches a tag and its subtags, not a longer language code', () => {
    expect(['zh', 'zh-Hans', 'ZH-hant-HK'].map((t) => isLanguage(t, 'zh'))).toEqual([true, true, true]);
    expect(['zha', 'en', 'z'].map((t) => isLanguage(t, 'zh'))).toEqual([false, false, false]);
  });
});

describe('languageProblems in prose', () => {
  const problems = (text: string) => languageProblems(parseMdx(text)).map((p) => `${p.line}: ${p.message}`);
  it('finds every untagged Chinese run, with its line', () => {
    expect(problems('First 尹烨 line.\n\nThen **秘密武器** and 一年半.')).toEqual([
      '1: "尹烨" is Chinese with no language tag: write <Lang code="zh-Hans">尹烨</Lang> (zh-Hant if it is traditional)',
      '3: "秘密武器" is Chinese with no language tag: write <Lang code="zh-Hans">秘密武器</Lang> (zh-Hant if it is traditional)',
      '3: "一年半" is Chinese with no language tag: write <Lang code="zh-Hans">一年半</Lang> (zh-Hant if it is traditional)',
    ]);
  });
  it('accepts tagged runs, including nested emphasis', () => {
    expect(problems('He wrote <Lang code="zh-Hans">*可能*还在加大</Lang>.')).toEqual([]);
  });
  it('checks the script of a tagged run, and the tag itself', () => {
    expect(problems('<Lang code="zh-Hant">南华早报</Lang>')).toEqual(['1: "南华早报" is tagged zh-Hant but 华报 are simplified: tag it zh-Hans, or write the traditional form']);
    expect(problems('<Lang code="Chinese">差距</Lang>')).toEqual(['1: <Lang code="Chinese"> needs a BCP 47 language tag such as "zh-Hans" or "zh-Hant"']);
  });
});

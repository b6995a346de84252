/**
 * Chinese scripts, for the content check only (it loads OpenCC's dictionaries).
 * Simplified characters belong under `zh-Hans`, traditional under `zh-Hant`; a
 * screen reader or a font picked for the wrong one reads or draws the text
 * wrongly. OpenCC decides which characters exist in only one script.
 */
import * as OpenCC from 'opencc-js';
import { hasHan } from '../language.ts';

let converters: { toSimplified: (s: string) => string; toTaiwan: (s: string) => string; toHongKong: (s: string) => string } | undefined;
function convert() {
  converters ??= {
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }),
    toTaiwan: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    toHongKong: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  return converters;
}

/** Characters of `text` that only traditional script uses, and those only simplified script uses. */
export function scriptOnlyCharacters(text: string): { traditional: string[]; simplified: string[] } {
  const { toSimplified, toTaiwan, toHongKong } = convert();
  // Whole-text conversion, so that phrases pick the right character; then compare character by character.
  const chars = [...text];
  const simplifiedForm = [...toSimplified(text)];
  const taiwan = [...toTaiwan(text)];
  const hongKong = [...toHongKong(text)];
  const traditional = new Set<string>();
  const simplified = new Set<string>();
  chars.forEach((c, i) => {
    if (!hasHan(c)) return;
    if (simplifiedForm[i] !== c) traditional.add(c);
    // Both traditional standards write it differently: the character is simplified-only.
    else if (taiwan[i] !== c && hongKong[i] !== c) simplified.add(c);
  });
  return { traditional: [...traditional], simplified: [...simplified] };
}

/**
 * Why `text` does not match its tag `lang`, or undefined when it does.
 * Only Chinese text is judged; other scripts are left to the editor.
 */
export function scriptMismatch(text: string, lang: string): string | undefined {
  if (!hasHan(text)) return undefined;
  const [language, script] = lang.split('-');
  if (!['zh', 'ja', 'ko'].includes(language!.toLowerCase())) {
    return `"${text}" is Chinese script but is tagged ${lang}: tag it zh-Hans (simplified) or zh-Hant (traditional)`;
  }
  if (language !== 'zh') return undefined;
  const { traditional, simplified } = scriptOnlyCharacters(text);
  if (script === 'Hans' && traditional.length > 0) {
    return `"${text}" is tagged zh-Hans but ${traditional.join('')} ${traditional.length > 1 ? 'are' : 'is'} traditional: tag it zh-Hant, or write the simplified form`;
  }
  if (script === 'Hant' && simplified.length > 0) {
    return `"${text}" is tagged zh-Hant but ${simplified.join('')} ${simplified.length > 1 ? 'are' : 'is'} simplified: tag it zh-Hans, or write the traditional form`;
  }
  if (script !== 'Hans' && script !== 'Hant') {
    return `"${text}" is tagged ${lang} without a script: write zh-Hans (simplified) or zh-Hant (traditional)`;
  }
  return undefined;
}

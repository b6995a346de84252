/** The two rating scales are each one definition: labels, symbols, numbers and colours; the CSS repeats the colours exactly. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_IDS, ATTRIBUTIONS } from '../../src/lib/attributions.ts';
import { VERDICT_IDS, VERDICTS } from '../../src/lib/verdicts.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

const css = readFileSync(path.join(PROJECT_ROOT, 'src/styles/tokens.css'), 'utf8');
/** The light and dark values a rule `[data-<scale>='<id>']` gives `--<scale>-<part>` with light-dark(). */
function colours(scale: string, id: string, part: 'fg' | 'bg') {
  const rule = new RegExp(`\\[data-${scale}='${id}'\\] \\{[^}]*--${scale}-${part}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(css);
  return rule ? { light: rule[1], dark: rule[2] } : undefined;
}

const scales = [
  { name: 'verdict', ids: VERDICT_IDS, steps: VERDICTS as Record<string, (typeof VERDICTS)[keyof typeof VERDICTS]> },
  { name: 'attribution', ids: ATTRIBUTION_IDS, steps: ATTRIBUTIONS as Record<string, (typeof ATTRIBUTIONS)[keyof typeof ATTRIBUTIONS]> },
] as const;

describe.each(scales)('the $name scale', ({ name, ids, steps }) => {
  it('gives every step a distinct label and symbol, so colour is never the only cue', () => {
    expect(new Set(ids.map((id) => steps[id]!.label)).size).toBe(ids.length);
    expect(new Set(ids.map((id) => steps[id]!.symbol)).size).toBe(ids.length);
  });

  it.each(ids as readonly string[])(`has the colours of %s in tokens.css, light and dark, exactly as defined`, (id) => {
    const defined = steps[id]!.colours;
    expect(colours(name, id, 'fg')).toEqual({ light: defined.light.fg, dark: defined.dark.fg });
    expect(colours(name, id, 'bg')).toEqual({ light: defined.light.bg, dark: defined.dark.bg });
  });

  it('meets 4.5:1 contrast between each foreground and its background', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const id of ids) {
      for (const scheme of ['light', 'dark'] as const) {
        const { fg, bg } = steps[id]!.colours[scheme];
        expect(contrast(fg, bg), `${id} ${scheme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

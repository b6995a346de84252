import { describe, expect, it } from 'vitest';
import { socialImageSvg, wrapText } from '../../src/lib/formats/socialImage.ts';

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
  it('escapes the claim so it cannot break the SVG', () => {
    const svg = socialImageSvg({ claim: '<script>&"x"</script>', verdict: 'inaccurate', site: 'S & S' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;');
    expect(svg).toContain('✗ Inaccurate');
  });
});

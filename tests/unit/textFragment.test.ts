import { describe, expect, it } from 'vitest';
import { encodeTextDirective, textFragmentUrl } from '../../src/lib/textFragment.ts';
import { SourceSchema } from '../../src/lib/schemas/source.ts';

describe('textFragmentUrl', () => {
  it('leaves a URL alone without a quote', () => {
    expect(textFragmentUrl('https://bis.gov/a', undefined)).toBe('https://bis.gov/a');
  });
  it('adds a text directive for a short quote, escaping reserved characters', () => {
    expect(textFragmentUrl('https://x.example/p', 'GPT-4, launched & more')).toBe(
      'https://x.example/p#:~:text=GPT%2D4%2C%20launched%20%26%20more',
    );
  });
  it('uses start,end for a long quote', () => {
    const quote = 'effective immediately, impacting shipments of the company’s A100, A800, H100, H800, and L40S products';
    expect(textFragmentUrl('https://x.example/', quote)).toBe(
      `https://x.example/#:~:text=${encodeTextDirective('effective immediately, impacting shipments of')},${encodeTextDirective('H100, H800, and L40S products')}`,
    );
  });
  it('appends to an existing fragment', () => {
    expect(textFragmentUrl('https://x.example/#top', 'word')).toBe('https://x.example/#top:~:text=word');
  });
  it('keeps Chinese text whole', () => {
    expect(textFragmentUrl('https://x.example/', '中美AI差距可能还在加大')).toBe(`https://x.example/#:~:text=${encodeURIComponent('中美AI差距可能还在加大')}`);
  });
});

describe('SourceSchema source trails', () => {
  const source = { title: 't', url: 'https://x.example/', publisher: 'p' };
  it('accepts a quote and an archived copy', () => {
    expect(SourceSchema().parse({ ...source, quote: 'a passage', archived: 'https://web.archive.org/web/2024/https://x.example/' }).archived).toMatch(/^https:/);
  });
  it.each(['javascript:alert(1)', 'http://web.archive.org/x', 'not a url'])('rejects the archived URL %s', (archived) => {
    expect(SourceSchema().safeParse({ ...source, archived }).success).toBe(false);
  });
  it('rejects a quote over several lines', () => {
    expect(SourceSchema().safeParse({ ...source, quote: 'one\ntwo' }).error?.issues[0]?.message).toContain('must be on one line');
  });
});

import { describe, expect, it } from 'vitest';
import { claimPassages } from '../../src/lib/claimPassages.ts';

describe('claimPassages', () => {
  it('returns the paragraph around each claim, split at the claim', () => {
    const body = 'First paragraph.\n\nZhou said <Claim id="a">models are <Person id="p">near</Person> GPT-3.5</Claim>, and <Claim id="b">more</Claim>.\n';
    const passages = claimPassages(body);
    expect(passages.get('a')).toEqual({ before: 'Zhou said ', passage: 'models are near GPT-3.5', after: ', and more.' });
    expect(passages.get('b')).toEqual({ before: 'Zhou said models are near GPT-3.5, and ', passage: 'more', after: '.' });
  });
});

import { describe, expect, it } from 'vitest';
import { sortClaims, type ClaimRow } from '../../src/lib/claimsIndex.ts';

const row = (id: string, over: Partial<ClaimRow>): ClaimRow => ({
  id,
  claim: id,
  number: 1,
  articleSlug: 'a',
  articleTitle: 'A',
  articlePublished: '2024-02-19',
  speaker: 'The article',
  verdict: 'accurate',
  reviewed: '2024-03-01',
  ...over,
});
const rows = [
  row('x', { number: 2, speaker: 'Zhou Hongyi', verdict: 'opinion', reviewed: '2024-03-02' }),
  row('y', { number: 1, speaker: 'Fang Han', verdict: 'inaccurate' }),
  row('z', { number: 1, articleSlug: 'b', articlePublished: '2024-05-01', verdict: 'accurate', reviewed: '2024-01-01' }),
];
const ids = (key: Parameters<typeof sortClaims>[1]) => sortClaims(rows, key).map((r) => r.id);

describe('sortClaims', () => {
  it('orders by article (newest first), then claim number', () => expect(ids('article')).toEqual(['z', 'y', 'x']));
  it('orders by speaker name', () => expect(ids('speaker')).toEqual(['y', 'z', 'x']));
  it('orders by the verdict scale, best first, opinions last', () => expect(ids('verdict')).toEqual(['z', 'y', 'x']));
  it('orders by review date, newest first', () => expect(ids('date')).toEqual(['x', 'y', 'z']));
  it('does not change its input', () => {
    sortClaims(rows, 'date');
    expect(rows.map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });
});

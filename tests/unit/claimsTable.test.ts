import { describe, expect, it } from 'vitest';
import { sortClaims } from '../../src/lib/claimsTable.ts';
import { fixtureSite } from '../helpers/fixtures.ts';

describe('sortClaims', () => {
  const claims = fixtureSite().claims;
  it('keeps reading order by article', () => {
    expect(sortClaims(claims, 'article').map((c) => c.number)).toEqual([1, 2]);
  });
  it('orders by verdict on the scale', () => {
    expect(sortClaims(claims, 'verdict').map((c) => c.verdict)).toEqual(['inaccurate', 'opinion']);
  });
  it('orders by who made the statement', () => {
    expect(sortClaims(claims, 'speaker').map((c) => c.speaker.label)).toEqual(['The article', 'Zhou Hongyi']);
  });
  it('does not sort in place', () => {
    const copy = [...claims];
    sortClaims(claims, 'verdict');
    expect(claims).toEqual(copy);
  });
});

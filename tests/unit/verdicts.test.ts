import { describe, expect, it } from 'vitest';
import { BEST_RATING, VERDICTS, VERDICT_IDS, WORST_RATING, countByVerdict } from '../../src/lib/verdicts.ts';

describe('verdict scale', () => {
  it('orders truth ratings from best to worst, then the non-ratings', () => {
    expect(VERDICT_IDS).toEqual(['accurate', 'mostly-accurate', 'mixed', 'misleading', 'inaccurate', 'opinion', 'unverifiable']);
    const ratings = VERDICT_IDS.map((v) => VERDICTS[v].rating).filter((r) => r !== null);
    expect(ratings).toEqual([BEST_RATING, 4, 3, 2, WORST_RATING]);
  });
  it('counts claims by verdict, zeros included, in scale order', () => {
    const counts = countByVerdict([{ verdict: 'opinion' }, { verdict: 'accurate' }, { verdict: 'opinion' }]);
    expect(counts[0]).toEqual({ verdict: 'accurate', count: 1 });
    expect(counts.find((c) => c.verdict === 'opinion')).toEqual({ verdict: 'opinion', count: 2 });
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(counts).toHaveLength(VERDICT_IDS.length);
  });
});

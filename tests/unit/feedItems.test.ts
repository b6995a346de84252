import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feedItems.ts';
import { ArticleSchema } from '../../src/lib/schemas/article.ts';
import { TODAY, validArticle, validClaim } from '../helpers/fixtures.ts';

describe('feedItems', () => {
  it('lists the analysis, each review and each dated update, newest first', () => {
    const data = ArticleSchema({ today: TODAY }).parse({
      ...validArticle(),
      analysisPublished: '2024-03-01',
      claims: [{ ...validClaim(), reviewed: '2024-03-01', updates: [{ date: '2024-12-10', text: 'Added the public launch date.' }] }],
    });
    const items = feedItems([{ slug: 'a', data }], '/news/');
    expect(items.map((i) => i.title)).toEqual(['Updated review: GPT-4 is upcoming.', 'Analysis: A title', 'Inaccurate: GPT-4 is upcoming.']);
    expect(items[0]).toMatchObject({
      link: '/news/articles/a/claims/gpt-4-upcoming/#update-2024-12-10',
      description: 'Added the public launch date.',
      pubDate: new Date('2024-12-10T00:00:00Z'),
    });
  });
  it('rejects an update dated in the future', () => {
    const result = ArticleSchema({ today: TODAY }).safeParse({ ...validArticle(), claims: [{ ...validClaim(), updates: [{ date: '2027-01-01', text: 'x' }] }] });
    expect(result.error?.issues[0]?.path).toEqual(['claims', 0, 'updates', 0, 'date']);
  });
});

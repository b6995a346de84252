import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/formats/rss.ts';
import { fixtureSite } from '../helpers/fixtures.ts';

describe('RSS items', () => {
  const site = fixtureSite();
  const items = feedItems(site.articles, 'https://factcheck.example');

  it('has the analysis, every review, every update and every correction', () => {
    expect(items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['Analysis: A title', 'Opinion: China’s models are on par with GPT-3.5.', 'Inaccurate: GPT-4 is upcoming.', 'Updated review: China’s models are on par with GPT-3.5.']),
    );
  });

  it('carries the attribution rating of reported speech', () => {
    const item = items.find((i) => i.title.startsWith('Opinion:'))!;
    expect(item.categories).toEqual(['Opinion', 'Altered or overstated']);
    expect(item.description).toMatch(/How the article reports Zhou Hongyi: Altered or overstated\./);
  });

  it('links each update to its anchor on the claim’s page', () => {
    expect(items.find((i) => i.title.startsWith('Updated'))!.link).toBe('https://factcheck.example/articles/an-article/claims/near-gpt-3-5/#update-1');
  });

  it('lists a correction of ours', () => {
    const article = { ...site.articles[0]!, corrections: [{ date: '2026-11-20', text: { html: '', text: 'We misdated X.' }, id: 'correction-1', url: '/articles/an-article/corrections/#correction-1' }] };
    expect(feedItems([article], 'https://factcheck.example').find((i) => i.title.startsWith('Correction'))).toMatchObject({
      link: 'https://factcheck.example/articles/an-article/corrections/#correction-1',
      description: 'We misdated X.',
    });
  });

  it('is newest first', () => {
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import ClaimUpdates from '../../src/components/ClaimUpdates.astro';

describe('ClaimUpdates', () => {
  it('lists dated updates newest first, each with its own anchor', async () => {
    const container = await AstroContainer.create();
    const html = parse(
      await container.renderToString(ClaimUpdates, {
        props: {
          updates: [
            { date: '2024-03-01', text: { html: 'First.', text: 'First.' } },
            { date: '2024-12-10', text: { html: '<em>Second.</em>', text: 'Second.' } },
            { date: '2024-12-10', text: { html: 'Third, same day.', text: 'Third, same day.' } },
          ],
        },
      }),
    );
    const items = html.querySelectorAll('li');
    // Numbered oldest first, so anchors stay put when updates are added, and unique even on one day.
    expect(items.map((li) => li.id)).toEqual(['update-3', 'update-2', 'update-1']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-12-10');
    expect(items[1]!.querySelector('em')!.text).toBe('Second.');
  });
  it('says so when there is none', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(ClaimUpdates, { props: { updates: [] } })).toContain('None since it was published');
  });
});

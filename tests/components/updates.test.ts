import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import ClaimUpdates from '../../src/components/ClaimUpdates.astro';

describe('ClaimUpdates', () => {
  it('lists dated updates newest first, each with its own anchor', async () => {
    const container = await AstroContainer.create();
    const html = parse(
      await container.renderToString(ClaimUpdates, {
        props: { updates: [{ date: '2024-03-01', text: 'First.' }, { date: '2024-12-10', text: 'Second.' }] },
      }),
    );
    const items = html.querySelectorAll('li');
    expect(items.map((li) => li.id)).toEqual(['update-2024-12-10', 'update-2024-03-01']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-12-10');
    expect(items[0]!.text).toContain('Second.');
  });
  it('says so when there is none', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(ClaimUpdates, { props: { updates: [] } })).toContain('None since it was published');
  });
});

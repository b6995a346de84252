import { afterEach, describe, expect, it, vi } from 'vitest';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** The module as loaded on a machine in `tz` (Node applies TZ when it is set). */
async function formatDateIn(tz: string) {
  process.env.TZ = tz;
  vi.resetModules();
  return (await import('../../src/lib/dates.ts')).formatDate;
}

describe('formatDate', () => {
  it('writes a day in words, day month year', async () => {
    const formatDate = await formatDateIn('UTC');
    expect(formatDate('2024-02-15')).toBe('15 February 2024');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });
  it('gives the same day whatever the time zone of the machine that builds', async () => {
    // Midnight UTC is the evening before in the Americas: formatted in local time it would be a day early.
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const formatDate = await formatDateIn(tz);
      expect(formatDate('2024-01-01')).toBe('1 January 2024');
    }
  });
});

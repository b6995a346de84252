import { describe, expect, it } from 'vitest';
import { buildClaimsJson } from '../../src/lib/formats/claimsJson.ts';
import { ClaimsJsonSchema } from '../../src/lib/schemas/claimsJson.ts';
import { fixtureSite } from '../helpers/fixtures.ts';

describe('claims.json', () => {
  const data = buildClaimsJson(fixtureSite().claims, 'https://factcheck.example');

  it('matches its published schema, version 2', () => {
    expect(ClaimsJsonSchema.parse(data).version).toBe(2);
  });

  it('says whose statement is rated and, for reported speech, how it was reported', () => {
    const [reported, own] = data.claims;
    expect(reported).toMatchObject({
      speaker: { type: 'person', id: 'zhou-hongyi', name: 'Zhou Hongyi' },
      attribution: { rating: 'altered', label: 'Altered or overstated', reported: 'paraphrase', original: { text: '接近GPT-3.5', lang: 'zh-Hans' }, translation: 'close to GPT-3.5', source: { id: 'weibo-post' } },
      verdict: { id: 'opinion', label: 'Opinion', rating: null },
      explanation: 'An estimate, in 一年半.',
    });
    expect(own).toMatchObject({ number: 2, speaker: { type: 'article', id: null }, attribution: null, verdict: { id: 'inaccurate', rating: 1 } });
  });

  it('uses absolute URLs and the content’s own date', () => {
    expect(data.url).toBe('https://factcheck.example/claims.json');
    expect(data.claims[1]!.anchor).toBe('https://factcheck.example/articles/an-article/#claim-gpt-4-upcoming');
    expect(data.generated).toBe('2026-11-25');
  });

  it('rejects a verdict outside the scale', () => {
    const broken = structuredClone(data) as any;
    broken.claims[0].verdict.id = 'false';
    expect(ClaimsJsonSchema.safeParse(broken).success).toBe(false);
  });
});

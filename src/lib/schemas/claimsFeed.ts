/**
 * The published shape of /claims.json: every claim of every article, for
 * machines. Versioned; a breaking change bumps `version`.
 */
import { z } from 'astro/zod';
import { VERDICT_IDS } from '../verdicts.ts';

const Url = z.url({ protocol: /^https?$/ });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ClaimsFeedSchema = z.strictObject({
  version: z.literal(1),
  /** Absolute URL of this file. */
  url: Url,
  generated: Day,
  claims: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      claim: z.string().min(1),
      article: z.strictObject({ slug: z.string(), title: z.string(), url: Url }),
      speaker: z.strictObject({
        type: z.enum(['article', 'person', 'company']),
        id: z.string().nullable(),
        name: z.string(),
      }),
      verdict: z.enum(VERDICT_IDS),
      verdictLabel: z.string(),
      /** 1–5, or null for opinion and unverifiable. */
      rating: z.number().int().min(1).max(5).nullable(),
      summary: z.string(),
      explanation: z.string(),
      correction: z.string().nullable(),
      reviewed: Day,
      sources: z
        .array(z.strictObject({ title: z.string(), url: Url, publisher: z.string(), date: Day.nullable() }))
        .min(1),
      /** Absolute URL of the passage in the article: …/#claim-<id>. */
      anchor: Url,
      /** Absolute URL of the claim's own page. */
      permalink: Url,
    }),
  ),
});

export type ClaimsFeed = z.output<typeof ClaimsFeedSchema>;

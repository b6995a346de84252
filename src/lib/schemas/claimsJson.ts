/**
 * The published shape of /claims.json: every claim of every article, for
 * machines. Versioned; a breaking change bumps `version`.
 * Version 2: `speaker` says whose statement is rated; reported speech has an
 * `attribution`; prose fields are plain text; `rating` is on `verdict`.
 */
import { z } from 'astro/zod';
import { VERDICT_IDS } from '../verdicts.ts';
import { ATTRIBUTION_IDS } from '../attributions.ts';

const Url = z.url({ protocol: /^https?$/ });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Source = z.strictObject({
  id: z.string(),
  title: z.string(),
  url: Url,
  publisher: z.string(),
  date: Day.nullable(),
  lang: z.string().nullable(),
  quote: z.string().nullable(),
  /** Our English translation of a quote in another language. */
  translation: z.string().nullable(),
});

export const ClaimsJsonSchema = z.strictObject({
  version: z.literal(2),
  /** Absolute URL of this file. */
  url: Url,
  /** The latest review or update date: the content's date, so builds are reproducible. */
  generated: Day,
  claims: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      /** Its position in the article's reading order, from 1, as the page numbers it. */
      number: z.number().int().min(1),
      /** The statement as the article makes it. */
      claim: z.string().min(1),
      article: z.strictObject({ slug: z.string(), title: z.string(), url: Url }),
      /** Whose statement is rated: the article itself, or the person or company it reports. */
      speaker: z.strictObject({
        type: z.enum(['article', 'person', 'company']),
        id: z.string().nullable(),
        name: z.string(),
      }),
      /** How faithfully the article reports the speaker; null for the article's own statements. */
      attribution: z
        .strictObject({
          rating: z.enum(ATTRIBUTION_IDS),
          label: z.string(),
          reported: z.enum(['quote', 'paraphrase']),
          original: z.strictObject({ text: z.string(), lang: z.string() }).nullable(),
          translation: z.string().nullable(),
          source: Source.nullable(),
          note: z.string(),
        })
        .nullable(),
      /** On what the speaker said. `rating` is 1–5, or null for opinion and unverifiable. */
      verdict: z.strictObject({
        id: z.enum(VERDICT_IDS),
        label: z.string(),
        rating: z.number().int().min(1).max(5).nullable(),
      }),
      summary: z.string(),
      explanation: z.string(),
      /** What the article should have said, when it gets a fact wrong. */
      shouldSay: z.string().nullable(),
      evidence: z.array(z.strictObject({ date: Day.nullable(), text: z.string() })).min(1),
      sources: z.array(Source).min(1),
      reviewed: Day,
      updates: z.array(z.strictObject({ date: Day, text: z.string() })),
      /** Absolute URL of the passage in the article: …/#claim-<id>. */
      anchor: Url,
      /** Absolute URL of the claim's own page. */
      permalink: Url,
    }),
  ),
});

export type ClaimsJson = z.output<typeof ClaimsJsonSchema>;

import { z } from 'astro/zod';
import { VERDICT_IDS } from '../verdicts.ts';
import {
  IsoDate,
  KebabId,
  LanguageTag,
  SafeUrl,
  SourceSchema,
  Text,
  idReference,
  type RefFactory,
} from './common.ts';

/**
 * Who made a claim: `article` (the writer's own statement), `people/<id>` or
 * `companies/<id>`. Output: `{ collection, id }` (`id` is empty for `article`).
 */
export const SpeakerSchema = z.string().transform((value, ctx) => {
  if (value === 'article') return { collection: 'article' as const, id: '' };
  const match = /^(people|companies)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a speaker: write "article", "people/<id>" or "companies/<id>"`,
    });
    return z.NEVER;
  }
  return { collection: match[1] as 'people' | 'companies', id: match[2]! };
});

export type Speaker = z.output<typeof SpeakerSchema>;

/** One dated fact in a review's evidence. */
export const EvidenceSchema = z.strictObject({
  /** When it happened (YYYY-MM-DD), if the fact is an event. */
  date: IsoDate.optional(),
  /** What the record shows, in our words. */
  text: Text(600),
});

/** A reviewed claim: one entry of an article's `claims`. */
export const ClaimSchema = z.strictObject({
  /** Stable kebab-case id; the anchor is `#claim-<id>`. Never change it once published. */
  id: KebabId,
  /** The claim as the article makes it, quoted or closely paraphrased. */
  claim: Text(400),
  /** Who makes the claim: "article", "people/<id>" or "companies/<id>". */
  speaker: SpeakerSchema,
  /** Verdict on the published scale (see src/lib/verdicts.ts and /methodology/). */
  verdict: z.enum(VERDICT_IDS),
  /** One sentence for the sidebar card. */
  summary: Text(240),
  /** One paragraph explaining the verdict, in our own words. */
  explanation: Text(1500),
  /** What the record shows, with dates. */
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one item: add { date, text }'),
  /** 1–4 sources a reader can open. */
  sources: z
    .array(SourceSchema)
    .min(1, 'needs at least one source: add { title, url, publisher, date }')
    .max(4, 'has more than 4 sources: keep the 4 strongest'),
  /** What the article should have said, when it gets a name, title, date or number wrong. */
  correction: Text(400).optional(),
  /** Date the review was last checked (YYYY-MM-DD). */
  reviewed: IsoDate,
  /**
   * Dated changes to this review after it was published, oldest first: what
   * changed and why. Shown on the claim's page and in the RSS feed.
   */
  updates: z.array(z.strictObject({ date: IsoDate, text: Text(600) })).default([]),
});

export type Claim = z.output<typeof ClaimSchema>;

/** A dated event the article relies on, for the timeline card. */
export const TimelineEventSchema = z.strictObject({
  date: IsoDate,
  /** What happened, one sentence. */
  event: Text(240),
  /** Optional source for the event. */
  source: SourceSchema.optional(),
});

/** An editor's note or correction to our analysis (not to the article under review). */
export const CorrectionSchema = z.strictObject({
  date: IsoDate,
  text: Text(600),
});

/** Where the analysed article was published. */
export const OutletSchema = z.strictObject({
  /** Outlet name as given by the page. */
  name: Text(100),
  /** Address of the article there. */
  url: SafeUrl().optional(),
});

/** The source the article was rewritten from, when known. */
export const OriginalSchema = z.strictObject({
  name: Text(100),
  title: Text(300),
  url: SafeUrl(),
});

export interface ArticleSchemaOptions {
  /** Astro's `reference` in content.config.ts; a plain id stub elsewhere. */
  ref?: RefFactory;
  /** "Today", for rejecting dates in the future. */
  today?: Date;
}

/** Frontmatter of `content/articles/<slug>.mdx`. */
export function ArticleSchema({ ref = idReference, today = new Date() }: ArticleSchemaOptions = {}) {
  const todayIso = today.toISOString().slice(0, 10);
  return z
    .strictObject({
      /** Headline exactly as published. */
      title: Text(160),
      /** One or two sentences for the article list, feeds and meta description. */
      summary: Text(300),
      /** Where the article appeared. */
      outlet: OutletSchema,
      /** The piece it was rewritten from, if any. */
      original: OriginalSchema.optional(),
      /** Publication date of the article under review (YYYY-MM-DD). */
      published: IsoDate,
      /** How the date was established, when the page carries none. */
      publishedNote: Text(400).optional(),
      /** Language of the article text. */
      language: LanguageTag,
      /** Date our analysis was first published (YYYY-MM-DD). */
      analysisPublished: IsoDate,
      /** People the article mentions or quotes, ids in `content/people/`. */
      people: z.array(ref('people')).default([]),
      /** Companies and organizations it mentions, ids in `content/companies/`. */
      companies: z.array(ref('companies')).default([]),
      /**
       * Sources cited more than once, written once here with a YAML anchor
       * (`scmp: &scmp {…}`) and reused in claims as `- *scmp`. Not shown on its own.
       */
      sourceLibrary: z.record(z.string(), SourceSchema).optional(),
      /** Reviewed claims; each needs a `<Claim id="…">` passage in the text. */
      claims: z.array(ClaimSchema).min(1, 'needs at least one reviewed claim'),
      /** Dated events the article relies on. */
      timeline: z.array(TimelineEventSchema).default([]),
      /** Editor's notes and corrections to this analysis, newest first. */
      corrections: z.array(CorrectionSchema).default([]),
    })
    .superRefine((article, ctx) => {
      const seen = new Map<string, number>();
      article.claims.forEach((claim, index) => {
        const first = seen.get(claim.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', index, 'id'],
            message: `"${claim.id}" is already used by claims[${first}]: give each claim its own id`,
          });
        } else seen.set(claim.id, index);
        if (claim.reviewed < article.published) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', index, 'reviewed'],
            message: `${claim.reviewed} is before the article's publication (${article.published}): a review cannot predate the article`,
          });
        }
      });
      const dated: [string, (string | number)[]][] = [
        [article.published, ['published']],
        [article.analysisPublished, ['analysisPublished']],
        ...article.claims.map((c, i): [string, (string | number)[]] => [c.reviewed, ['claims', i, 'reviewed']]),
        ...article.corrections.map((c, i): [string, (string | number)[]] => [c.date, ['corrections', i, 'date']]),
        ...article.claims.flatMap((c, i) =>
          c.updates.map((u, j): [string, (string | number)[]] => [u.date, ['claims', i, 'updates', j, 'date']]),
        ),
      ];
      article.claims.forEach((claim, i) =>
        claim.updates.forEach((update, j) => {
          if (update.date < article.published) {
            ctx.addIssue({
              code: 'custom',
              path: ['claims', i, 'updates', j, 'date'],
              message: `${update.date} is before the article's publication (${article.published}): an update cannot predate the article`,
            });
          }
        }),
      );
      for (const [date, path] of dated) {
        if (date > todayIso) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${date} is in the future (today is ${todayIso}): use the date it actually happened`,
          });
        }
      }
    });
}

export type Article = z.output<ReturnType<typeof ArticleSchema>>;
export type ArticleInput = z.input<ReturnType<typeof ArticleSchema>>;

import { z } from 'astro/zod';
import { IsoDate, LanguageTag, Prose, SafeUrl, Text, idReference, notInFuture, type RefFactory } from './common.ts';

/** A dated event the article relies on, for the timeline card. */
export function TimelineEventSchema({ ref = idReference }: { ref?: RefFactory } = {}) {
  return z.strictObject({
    date: IsoDate,
    /** What happened, one sentence. */
    event: Prose(240),
    /** Id of a source (`content/sources/`) for the event. */
    source: ref('sources').optional(),
  });
}

/** A correction of ours: an error in our analysis (not in the article under review), newest first. */
export const CorrectionSchema = z.strictObject({
  date: IsoDate,
  text: Prose(600),
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

/**
 * Frontmatter of `content/articles/<slug>.mdx`: the article's metadata only.
 * Its reviews are files in `content/claims/<slug>/`, marked in the text with `<Claim id>`.
 */
export function ArticleSchema({ ref = idReference, today = new Date() }: ArticleSchemaOptions = {}) {
  return z
    .strictObject({
      /** Headline exactly as published. */
      title: Text(160),
      /** Our bottom line in one or two sentences, for the article list, feeds and meta description. */
      summary: Prose(300),
      /** Where the article appeared. */
      outlet: OutletSchema,
      /** The piece it was rewritten from, if any. */
      original: OriginalSchema.optional(),
      /** Publication date of the article under review (YYYY-MM-DD). */
      published: IsoDate,
      /** How the date was established, when the page carries none. */
      publishedNote: Prose(400).optional(),
      /** Language of the article text. */
      language: LanguageTag,
      /** Date our analysis was first published (YYYY-MM-DD). */
      analysisPublished: IsoDate,
      /** People the article mentions or quotes, ids in `content/people/`. */
      people: z.array(ref('people')).default([]),
      /** Companies and organizations it mentions, ids in `content/companies/`. */
      companies: z.array(ref('companies')).default([]),
      /** Dated events the article relies on. */
      timeline: z.array(TimelineEventSchema({ ref })).default([]),
      /** Corrections of our analysis, newest first. */
      corrections: z.array(CorrectionSchema).default([]),
    })
    .superRefine((article, ctx) => {
      notInFuture(ctx, today, [
        [article.published, ['published']],
        [article.analysisPublished, ['analysisPublished']],
        ...article.corrections.map((c, i): [string, (string | number)[]] => [c.date, ['corrections', i, 'date']]),
      ]);
      // Anchors are numbered from the oldest (the last): a correction added anywhere but the top would move them.
      article.corrections.forEach((c, i) => {
        const above = article.corrections[i - 1];
        if (above && c.date > above.date) {
          ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: `"${c.date}" is newer than the correction above it: list corrections newest first, adding each new one at the top, so every correction keeps its link` });
        }
      });
    });
}

export type Article = z.output<ReturnType<typeof ArticleSchema>>;
export type ArticleInput = z.input<ReturnType<typeof ArticleSchema>>;

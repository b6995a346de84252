import { z } from 'astro/zod';
import { VERDICT_IDS, type Verdict } from '../verdicts.ts';
import { isLanguage } from '../language.ts';
import { ATTRIBUTION_IDS, REPORTED_FORMS, type ReportedForm } from '../attributions.ts';
import { IsoDate, KebabId, NativeName, Prose, Text, idReference, notInFuture, type RefFactory } from './common.ts';

/**
 * Who made the statement that is rated: `article` (the article's own
 * statement, including every sentence *about* someone), `people/<id>` or
 * `companies/<id>` (words the article reports).
 */
export const SpeakerSchema = z.string().transform((value, ctx): SpeakerRef => {
  if (value === 'article') return { type: 'article' };
  const match = /^(people|companies)\/(.+)$/.exec(value);
  if (!match || !KebabId.safeParse(match[2]).success) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a speaker: write "article", "people/<id>" or "companies/<id>"`,
    });
    return z.NEVER;
  }
  return { type: match[1] === 'people' ? 'person' : 'company', id: match[2]! };
});

/** A speaker as stored: the article, or an entry of `people` or `companies`. */
export type SpeakerRef = { type: 'article' } | { type: 'person' | 'company'; id: string };

/** How faithfully the article reports a speaker: only for reported speech. */
export function AttributionSchema({ ref = idReference }: { ref?: RefFactory } = {}) {
  return z.strictObject({
    /** On the attribution scale (src/lib/attributions.ts, /methodology/). */
    rating: z.enum(ATTRIBUTION_IDS),
    /** The speaker's words on record, in the language they used, with its tag. */
    original: NativeName.extend({ text: Text(600) }).optional(),
    /** Our English translation of `original`; required when it is not English. Shown marked as ours. */
    translation: Text(600).optional(),
    /** Id of the source (`content/sources/`) where the speaker said it. */
    source: ref('sources').optional(),
    /** How the article's version compares with the record, in a sentence or two. */
    note: Prose(600),
  });
}

/** One dated fact in a review's evidence. */
export const EvidenceSchema = z.strictObject({
  /** When it happened (YYYY-MM-DD), if the fact is an event. */
  date: IsoDate.optional(),
  /** What the record shows, in our words. */
  text: Prose(600),
});

/** A dated change to a review after it was published: what changed and why. */
export const UpdateSchema = z.strictObject({
  date: IsoDate,
  text: Prose(600),
});

/** The most sources a review cites: the strongest ones, not every page that repeats them. */
export const MAX_SOURCES = 4;

/** Verdicts that say the article got nothing wrong, so they cannot say what it should have said. */
const NO_SHOULD_SAY: readonly Verdict[] = ['accurate', 'opinion'];

/**
 * The frontmatter of one review: `content/claims/<article>/<id>.md`. The file
 * name is the claim's id (anchor `#claim-<id>`), the folder its article, and the
 * Markdown body the explanation.
 */
export function ClaimSchema({ ref = idReference, today = new Date() }: { ref?: RefFactory; today?: Date } = {}) {
  return z
    .strictObject({
      /** The statement as the article makes it, quoted or closely paraphrased. */
      claim: Text(400),
      /** Whose statement is rated: "article", "people/<id>" or "companies/<id>". */
      speaker: SpeakerSchema,
      /** For reported speech: does the article quote the speaker or paraphrase them? */
      reported: z.enum(Object.keys(REPORTED_FORMS) as [ReportedForm, ...ReportedForm[]]).optional(),
      /** For reported speech: how faithfully the article reports the speaker. */
      attribution: AttributionSchema({ ref }).optional(),
      /** Substance verdict on what the speaker actually said (src/lib/verdicts.ts, /methodology/). */
      verdict: z.enum(VERDICT_IDS),
      /** One or two sentences for cards, previews, feeds and link previews. */
      summary: Prose(240),
      /** What the record shows, with dates. */
      evidence: z.array(EvidenceSchema).min(1, 'needs at least one item: add { date, text }'),
      /** 1–4 source ids from `content/sources/`. */
      sources: z
        .array(ref('sources'))
        .min(1, 'needs at least one source: add a source id from content/sources/')
        .max(MAX_SOURCES, `has more than ${MAX_SOURCES} sources: keep the ${MAX_SOURCES} strongest`),
      /**
       * What the article should have said, when it gets a fact wrong. (Not a correction of ours:
       * those are the article's `corrections`.)
       */
      shouldSay: Prose(400).optional(),
      /** Date the review was last checked (YYYY-MM-DD). */
      reviewed: IsoDate,
      /** Dated changes to this review after publication, oldest first. Shown on the claim page and in RSS. */
      updates: z.array(UpdateSchema).default([]),
    })
    .superRefine((claim, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (claim.speaker.type === 'article') {
        if (claim.attribution) issue(['attribution'], 'the article’s own statement has no attribution: remove it, or set speaker to the person whose words the article reports');
        if (claim.reported) issue(['reported'], 'the article’s own statement is not reported speech: remove it, or set speaker to the person whose words the article reports');
      } else {
        if (!claim.reported) issue(['reported'], 'is required for reported speech: write "quote" or "paraphrase"');
        if (!claim.attribution) issue(['attribution'], 'is required for reported speech: add { rating, original, translation, source, note }');
      }
      const attribution = claim.attribution;
      if (attribution) {
        // Exact and altered are judged against the words themselves, so the words must be shown.
        const onRecord = ['exact', 'altered'].includes(attribution.rating);
        if (onRecord && !attribution.original) issue(['attribution', 'original'], `is required for "${attribution.rating}": give the speaker's words on record { text, lang }`);
        if (attribution.rating === 'no-record' && attribution.original) issue(['attribution', 'original'], 'contradicts "no-record": remove the words, or change the rating');
        if (attribution.original && !attribution.source) issue(['attribution', 'source'], 'is required with original words: add the id of the source where the speaker said them');
        if (attribution.original && !isLanguage(attribution.original.lang, 'en') && !attribution.translation) {
          issue(['attribution', 'translation'], `is required: the original is in ${attribution.original.lang}, add our English translation`);
        }
      }
      if (claim.shouldSay && NO_SHOULD_SAY.includes(claim.verdict)) {
        issue(['shouldSay'], `cannot go with the verdict "${claim.verdict}": it says the article got something wrong; a misreport of the speaker belongs in attribution.note`);
      }
      notInFuture(ctx, today, [
        [claim.reviewed, ['reviewed']],
        ...claim.updates.map((u, i): [string, (string | number)[]] => [u.date, ['updates', i, 'date']]),
      ]);
    });
}

export type Claim = z.output<ReturnType<typeof ClaimSchema>>;
export type ClaimInput = z.input<ReturnType<typeof ClaimSchema>>;

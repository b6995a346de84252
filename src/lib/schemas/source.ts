import { z } from 'astro/zod';
import { IsoDate, LanguageTag, SafeUrl, Text } from './common.ts';
import { isLanguage } from '../language.ts';

/**
 * A source a review cites: `content/sources/<id>.yaml`, shared by every claim
 * and article that cites it (claims list source ids).
 */
export function SourceSchema() {
  return z
    .strictObject({
      /** The source's own title, exactly as it publishes it; `[…]` marks a title we could not confirm. */
      title: Text(300),
      /** Absolute https URL of the page cited. */
      url: SafeUrl(),
      /** Who published it, e.g. "Bureau of Industry and Security". */
      publisher: Text(120),
      /** Publication date as the source gives it (YYYY-MM-DD); leave out when the source carries none. */
      date: IsoDate.optional(),
      /** Language of the title and quote when not English, e.g. `zh-Hans`; the check matches it against the script. */
      lang: LanguageTag.optional(),
      /**
       * The exact passage relied on, copied from the page (one line, ≤ 300 characters).
       * The link opens the source with it highlighted (a text fragment, `#:~:text=`).
       */
      quote: Text(300)
        .refine((q) => !/[\r\n]/.test(q), 'must be on one line: a text fragment cannot span line breaks')
        .optional(),
      /** Our English translation of `quote`, required when the source is not in English. Shown marked as ours. */
      translation: Text(400).optional(),
      /** A dated archived copy of the page (https), e.g. on the Wayback Machine. */
      archived: SafeUrl().optional(),
    })
    .superRefine((source, ctx) => {
      const foreign = source.lang !== undefined && !isLanguage(source.lang, 'en');
      if (source.quote && foreign && !source.translation) {
        ctx.addIssue({
          code: 'custom',
          path: ['translation'],
          message: `is required: the quote is in ${source.lang}, add our English translation`,
        });
      }
      if (source.translation && !source.quote) {
        ctx.addIssue({ code: 'custom', path: ['translation'], message: 'translates no quote: add the quote or remove it' });
      }
    });
}

export type Source = z.output<ReturnType<typeof SourceSchema>>;
export type SourceInput = z.input<ReturnType<typeof SourceSchema>>;

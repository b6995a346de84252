import { z } from 'astro/zod';
import { EntityNativeName, ProfileLink, Prose, Text } from './common.ts';

/** Kinds of organization, shown as a label on the card. */
export const ORGANIZATION_KINDS = ['company', 'news-outlet', 'platform', 'government-agency'] as const;

/** A company or other organization named in an article: `content/companies/<id>.yaml`. */
export function CompanySchema() {
  return z.strictObject({
    /** Common English name ("360 Security Technology"). */
    name: Text(100),
    /** Name in its own script with a language tag. */
    nativeName: EntityNativeName.optional(),
    /** Other names readers may know it by ("Qihoo 360"). */
    aliases: z.array(Text(100)).default([]),
    /** What kind of organization it is. */
    kind: z.enum(ORGANIZATION_KINDS),
    /** Where it is based ("Beijing, China"). */
    headquarters: Text(80).optional(),
    /** One line saying what it is, shown on cards. */
    description: Prose(240),
    /** Official and reference pages (https only). */
    links: z.array(ProfileLink).max(6, 'has more than 6 links: keep the most useful').default([]),
  });
}

export type Company = z.output<ReturnType<typeof CompanySchema>>;
export type CompanyInput = z.input<ReturnType<typeof CompanySchema>>;

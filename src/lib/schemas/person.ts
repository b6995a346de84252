import { z } from 'astro/zod';
import { EntityNativeName, IsoDate, ProfileLink, Prose, Text, idReference, type RefFactory } from './common.ts';

/** One job a person held, with the date on which we know it was true. */
export function RoleSchema({ ref = idReference }: { ref?: RefFactory } = {}) {
  return z.strictObject({
    /** Job title, e.g. "Chairman and CEO". */
    title: Text(80),
    /** Id of the organization in `content/companies/`. */
    organization: ref('companies'),
    /** A date on which the role is documented as held (YYYY-MM-DD). Shown as "as of". */
    asOf: IsoDate,
  });
}

/** A person named in an article: `content/people/<id>.yaml`. */
export function PersonSchema({ ref = idReference }: { ref?: RefFactory } = {}) {
  return z.strictObject({
    /** Name in Latin script, family name first for Chinese names ("Zhou Hongyi"). */
    name: Text(80),
    /** Name in its own script with a language tag; shown beside `name`. */
    nativeName: EntityNativeName.optional(),
    /** Roles relevant to the article, most important first. At least one. */
    roles: z.array(RoleSchema({ ref })).min(1, 'needs at least one role: add { title, organization, asOf }'),
    /** One line saying who this is, shown on cards. */
    description: Prose(200),
    /** Official and reference pages (https only). */
    links: z.array(ProfileLink).max(6, 'has more than 6 links: keep the most useful').default([]),
  });
}

export type Person = z.output<ReturnType<typeof PersonSchema>>;
export type PersonInput = z.input<ReturnType<typeof PersonSchema>>;

/**
 * Field types shared by every content schema. Each one gives an error message
 * that says what is wrong and how to fix it, because editors read these.
 */
import { z } from 'astro/zod';
import { isLanguage } from '../language.ts';

/** A kebab-case id: lowercase letters, digits and single hyphens (`zhou-hongyi`). */
export const KebabId = z
  .string()
  .max(64, 'is longer than 64 characters: use a shorter id')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case (lowercase letters, digits and single hyphens, e.g. "sora-release-date")',
  );

/**
 * Prose an editor writes: Markdown with the site's own inline marks, e.g.
 * `<Lang code="zh-Hans">尹烨</Lang>`. The schema only bounds its length; the
 * content check parses it (src/lib/prose.ts) and reports unsafe or untagged text.
 */
export const Prose = (max: number) => Text(max);

/** Trimmed, non-empty text of at most `max` characters. */
export function Text(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'is empty: write the text or remove the field if it is optional')
    .max(max, `is longer than ${max} characters: shorten it`);
}

/** A BCP 47 language tag such as `en`, `zh-Hans` or `zh-Hant-HK`. */
export const LanguageTag = z
  .string()
  .regex(
    /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
    'must be a BCP 47 language tag such as "en" or "zh-Hans"',
  );

/**
 * A calendar date written `YYYY-MM-DD`. Read from the raw file it arrives as a
 * string and impossible dates (`2024-02-30`) are rejected; Astro's YAML parser
 * hands over a `Date` instead, which is accepted as it is. Output: `YYYY-MM-DD`.
 */
export const IsoDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    ctx.addIssue({ code: 'custom', message: 'is not a valid date: write it as YYYY-MM-DD' });
    return z.NEVER;
  }
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is required: add a date written YYYY-MM-DD' });
    return z.NEVER;
  }
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (typeof value !== 'string' || !match) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2024-02-15`,
    });
    return z.NEVER;
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a real calendar date: check the month and day`,
    });
    return z.NEVER;
  }
  return text;
});

/**
 * An absolute link a reader can safely follow. Only `https:` is allowed;
 * `javascript:`, `data:`, `http:` and relative links are rejected because they
 * would run code, leak the reader's visit, or break on a sub-path deploy.
 */
export function SafeUrl() {
  return z.string().transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an absolute URL: write it as https://…` });
      return z.NEVER;
    }
    if (url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" uses ${url.protocol} which is not allowed: links must start with https://`,
      });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: `"${value}" contains a user name or password: remove it` });
      return z.NEVER;
    }
    return url.href;
  });
}

/** A name in its own script, with the language tag screen readers and fonts need. */
export const NativeName = z.strictObject({
  /** The name as written natively, e.g. 周鸿祎. Shown with `lang` on every page. */
  text: Text(80),
  /** BCP 47 tag of `text`, e.g. `zh-Hans`. Required: without it screen readers mispronounce the name. */
  lang: LanguageTag,
});

/**
 * The native name of a person or organization, shown on its card with its
 * romanisation (pinyin with tone marks for Chinese, e.g. `Zhōu Hóngyī`).
 */
export const EntityNativeName = NativeName.extend({
  /** How to read `text` in Latin letters; required for Chinese names. */
  romanization: Text(120).optional(),
}).superRefine((name, ctx) => {
  if (isLanguage(name.lang, 'zh') && !name.romanization) {
    ctx.addIssue({ code: 'custom', path: ['romanization'], message: 'is required for a Chinese name: add its pinyin with tone marks, e.g. "Zhōu Hóngyī"' });
  }
});

/** An external link shown on a person or company card. */
export const ProfileLink = z.strictObject({
  /** Link text, e.g. "Wikipedia" or "Official site". */
  label: Text(40),
  /** Absolute https URL. */
  url: SafeUrl(),
});

/** A reference to an entry of another collection, as the schemas see it. */
export interface EntryRef<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * Makes a reference field. `content.config.ts` passes Astro's `reference`;
 * tests and the content check use `idReference`, which gives the same shape.
 */
export type RefFactory = <C extends RefCollection>(collection: C) => z.ZodType<EntryRef<C>, unknown>;

/** Collections an entry can point at. */
export type RefCollection = 'people' | 'companies' | 'sources';

/** A stand-in for Astro's `reference()`: a kebab-case id turned into `{ collection, id }`. */
export const idReference: RefFactory = <C extends RefCollection>(collection: C) =>
  KebabId.transform((id): EntryRef<C> => ({ collection, id })) as unknown as z.ZodType<EntryRef<C>, unknown>;

/** Adds an issue for every date (YYYY-MM-DD) later than `today`. */
export function notInFuture(ctx: z.RefinementCtx, today: Date, dates: [string, (string | number)[]][]) {
  const todayIso = today.toISOString().slice(0, 10);
  for (const [date, path] of dates) {
    if (date > todayIso) {
      ctx.addIssue({ code: 'custom', path, message: `${date} is in the future (today is ${todayIso}): use the date it actually happened` });
    }
  }
}

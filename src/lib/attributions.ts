/**
 * The attribution scale (did the article report the speaker faithfully?),
 * beside the verdict scale (is what they said true?). Only reported speech gets
 * an attribution; the article's own statements do not. One definition for the
 * schema, badges, /claims/, claims.json, RSS and the methodology page.
 */
import type { ScaleStep } from './scale.ts';

export const ATTRIBUTIONS = {
  exact: {
    label: 'Quoted exactly',
    severity: 'fine',
    symbol: '“”',
    meaning: 'The article gives the speaker’s words as they are on record (or an exact translation of them).',
    colours: { light: { fg: '#1b6332', bg: '#e5f4e9' }, dark: { fg: '#8fe0a6', bg: '#15301f' } },
  },
  faithful: {
    label: 'Faithful paraphrase',
    severity: 'fine',
    symbol: '≈',
    meaning: 'The article puts the speaker’s point in its own words without changing what they said.',
    colours: { light: { fg: '#2f5f14', bg: '#eef5e0' }, dark: { fg: '#b9e08a', bg: '#243015' } },
  },
  altered: {
    label: 'Altered or overstated',
    severity: 'problem',
    symbol: '≠',
    meaning: 'The article changes what the speaker said: stronger, weaker, about something else, or words they did not use.',
    colours: { light: { fg: '#8f3b00', bg: '#fde9dc' }, dark: { fg: '#ffb38a', bg: '#3a2213' } },
  },
  unnamed: {
    label: 'Speaker left unnamed',
    severity: 'caution',
    symbol: '?',
    meaning: 'The words are on record, but the article does not say who said them, so readers cannot weigh the source.',
    colours: { light: { fg: '#7a4d00', bg: '#fbf0d9' }, dark: { fg: '#f3c56b', bg: '#33290f' } },
  },
  'no-record': {
    label: 'No record found',
    severity: 'caution',
    symbol: '∅',
    meaning: 'We found no record of the speaker saying this. It may exist; we do not show it as their words.',
    colours: { light: { fg: '#4b5260', bg: '#eceef1' }, dark: { fg: '#c9ced8', bg: '#2a2d33' } },
  },
} as const satisfies Record<string, ScaleStep>;

export type Attribution = keyof typeof ATTRIBUTIONS;

/** Attribution ids in display order, most faithful first. */
export const ATTRIBUTION_IDS = Object.keys(ATTRIBUTIONS) as [Attribution, ...Attribution[]];

/** How the article reports someone's words. */
export const REPORTED_FORMS = { quote: 'Quoted', paraphrase: 'Paraphrased' } as const;
export type ReportedForm = keyof typeof REPORTED_FORMS;

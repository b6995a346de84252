/**
 * The verdict scale (is what was said true?): the one definition used by the
 * schema, the badges, the JSON-LD, the social images and the methodology page.
 * Its colours are repeated as custom properties in src/styles/tokens.css; a
 * test keeps the two equal.
 *
 * Truth ratings carry a number on a 1–5 scale (5 = accurate). "opinion" and
 * "unverifiable" are not truth ratings: they say why no rating is given, so
 * they have no number and produce no ClaimReview rating.
 */
import type { ScaleStep } from './scale.ts';

export const VERDICTS = {
  accurate: {
    label: 'Accurate',
    severity: 'fine',
    symbol: '✓',
    rating: 5,
    meaning: 'The statement is correct and nothing important is left out.',
    colours: { light: { fg: '#1b6332', bg: '#e5f4e9' }, dark: { fg: '#8fe0a6', bg: '#15301f' } },
  },
  'mostly-accurate': {
    label: 'Mostly accurate',
    severity: 'caution',
    symbol: '≈',
    rating: 4,
    meaning: 'The statement is right in substance but gets a detail wrong or needs context.',
    colours: { light: { fg: '#2f5f14', bg: '#eef5e0' }, dark: { fg: '#b9e08a', bg: '#243015' } },
  },
  mixed: {
    label: 'Mixed',
    severity: 'problem',
    symbol: '±',
    rating: 3,
    meaning: 'Parts of the statement are correct and parts are wrong.',
    colours: { light: { fg: '#7a4d00', bg: '#fbf0d9' }, dark: { fg: '#f3c56b', bg: '#33290f' } },
  },
  misleading: {
    label: 'Misleading',
    severity: 'problem',
    symbol: '!',
    rating: 2,
    meaning: 'The facts may be near the truth, but the statement gives a false impression.',
    colours: { light: { fg: '#8f3b00', bg: '#fde9dc' }, dark: { fg: '#ffb38a', bg: '#3a2213' } },
  },
  inaccurate: {
    label: 'Inaccurate',
    severity: 'problem',
    symbol: '✗',
    rating: 1,
    meaning: 'The statement is wrong on the record.',
    colours: { light: { fg: '#a11a1a', bg: '#fbe4e4' }, dark: { fg: '#ff9c9c', bg: '#3d1818' } },
  },
  opinion: {
    label: 'Opinion',
    severity: 'fine',
    symbol: '◇',
    rating: null,
    meaning:
      'A judgement, estimate or forecast. We check that it is reported faithfully and give context, but do not rate it true or false.',
    colours: { light: { fg: '#4a3d8f', bg: '#ecebf8' }, dark: { fg: '#c4bcff', bg: '#27233f' } },
  },
  unverifiable: {
    label: 'Unverifiable',
    severity: 'caution',
    symbol: '?',
    rating: null,
    meaning:
      'A factual statement that no available record confirms or refutes, usually because it names no source.',
    colours: { light: { fg: '#4b5260', bg: '#eceef1' }, dark: { fg: '#c9ced8', bg: '#2a2d33' } },
  },
} as const satisfies Record<string, ScaleStep & { rating: number | null }>;

export type Verdict = keyof typeof VERDICTS;

/** Verdict ids in display order, best rating first, then the non-ratings. */
export const VERDICT_IDS = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** Count claims by verdict, keeping the scale's order and every verdict (zeros included). */
export function countByVerdict(claims: readonly { verdict: Verdict }[]): { verdict: Verdict; count: number }[] {
  return VERDICT_IDS.map((verdict) => ({
    verdict,
    count: claims.filter((c) => c.verdict === verdict).length,
  }));
}

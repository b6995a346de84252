/**
 * The verdict scale: the one definition used by the schema, the badges,
 * the JSON-LD and the methodology page.
 *
 * Truth ratings carry a number on a 1–5 scale (5 = accurate). "opinion" and
 * "unverifiable" are not truth ratings: they say why no rating is given, so
 * they have no number and produce no ClaimReview rating.
 */
export const VERDICTS = {
  accurate: {
    label: 'Accurate',
    symbol: '✓',
    rating: 5,
    meaning: 'The statement is correct and nothing important is left out.',
  },
  'mostly-accurate': {
    label: 'Mostly accurate',
    symbol: '≈',
    rating: 4,
    meaning: 'The statement is right in substance but gets a detail wrong or needs context.',
  },
  mixed: {
    label: 'Mixed',
    symbol: '±',
    rating: 3,
    meaning: 'Parts of the statement are correct and parts are wrong.',
  },
  misleading: {
    label: 'Misleading',
    symbol: '!',
    rating: 2,
    meaning: 'The facts may be near the truth, but the statement gives a false impression.',
  },
  inaccurate: {
    label: 'Inaccurate',
    symbol: '✗',
    rating: 1,
    meaning: 'The statement is wrong on the record.',
  },
  opinion: {
    label: 'Opinion',
    symbol: '◇',
    rating: null,
    meaning:
      'A judgement, estimate or forecast. We check that it is reported faithfully and give context, but do not rate it true or false.',
  },
  unverifiable: {
    label: 'Unverifiable',
    symbol: '?',
    rating: null,
    meaning:
      'A factual statement that no available record confirms or refutes, usually because it names no source.',
  },
} as const satisfies Record<
  string,
  { label: string; symbol: string; rating: number | null; meaning: string }
>;

export type Verdict = keyof typeof VERDICTS;

/** Verdict ids in display order, best rating first, then the non-ratings. */
export const VERDICT_IDS = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** True when the verdict is a rating on the truth scale (not opinion/unverifiable). */
export function isRated(verdict: Verdict): boolean {
  return VERDICTS[verdict].rating !== null;
}

/** Count claims by verdict, keeping the scale's order and every verdict (zeros included). */
export function countByVerdict(claims: readonly { verdict: Verdict }[]): { verdict: Verdict; count: number }[] {
  return VERDICT_IDS.map((verdict) => ({
    verdict,
    count: claims.filter((c) => c.verdict === verdict).length,
  }));
}

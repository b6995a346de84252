export const SEVERITIES = ['problem', 'caution', 'fine'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What every step of a rating scale (verdicts, attributions) defines, in one place. */
export interface ScaleStep {
  /** Shown on badges, cards and in feeds. */
  label: string;
  /** A short mark that never carries meaning alone (the label is always beside it or read out). */
  symbol: string;
  /** The definition published on /methodology/. */
  meaning: string;
  /**
   * How strongly a passage with this rating is highlighted in the text:
   * `problem` (the reader should not take it as it stands), `caution` (true in part, or
   * unchecked), `fine`. The passage takes the stronger of its verdict and attribution.
   */
  severity: Severity;
  /** Foreground/background pairs with 4.5:1 contrast; tokens.css repeats them on [data-<scale>='<id>'] with light-dark(). */
  colours: { light: { fg: string; bg: string }; dark: { fg: string; bg: string } };
}

/** The stronger of two severities. */
export const strongerSeverity = (a: Severity, b: Severity): Severity => SEVERITIES[Math.min(SEVERITIES.indexOf(a), SEVERITIES.indexOf(b))]!;

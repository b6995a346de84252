/** What every step of a rating scale (verdicts, attributions) defines, in one place. */
export interface ScaleStep {
  /** Shown on badges, cards and in feeds. */
  label: string;
  /** A short mark that never carries meaning alone (the label is always beside it or read out). */
  symbol: string;
  /** The definition published on /methodology/. */
  meaning: string;
  /** Foreground/background pairs with 4.5:1 contrast; tokens.css repeats them as --nw-<scale>-<id>-fg/bg. */
  colours: { light: { fg: string; bg: string }; dark: { fg: string; bg: string } };
}

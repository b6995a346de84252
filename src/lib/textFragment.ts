/**
 * Links that open a source with the quoted passage highlighted, using URL
 * text fragments (`#:~:text=`). Browsers without support open the page as usual.
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */

/** Percent-encodes text for a text directive: also `-`, `,` and `&`, which the syntax reserves. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * @param url the source's URL
 * @param quote the exact passage; long passages use the `start,end` form
 * @returns the URL with a text fragment, or the URL unchanged without a quote
 */
export function textFragmentUrl(url: string, quote: string | undefined): string {
  if (!quote) return url;
  const words = quote.trim().split(/\s+/);
  // CJK text has no spaces: keep it whole (≤ 300 characters by schema).
  const directive =
    words.length > 10
      ? `${encodeTextDirective(words.slice(0, 5).join(' '))},${encodeTextDirective(words.slice(-5).join(' '))}`
      : encodeTextDirective(quote.trim());
  const hasFragment = url.includes('#');
  return `${url}${hasFragment ? '' : '#'}:~:text=${directive}`;
}

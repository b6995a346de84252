/**
 * Dates as the pages show them ("15 February 2024"); content keeps them as YYYY-MM-DD. One formatter for the
 * whole build: making one per date (toLocaleDateString) took about 9 of the 26 seconds a 1,000-article build
 * spent rendering pages.
 */
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD date in words, the same day in every time zone. */
export const formatDate = (date: string): string => DAY_MONTH_YEAR.format(new Date(`${date}T00:00:00Z`));

import { DEFAULT_SITE_URL } from '../consts.ts';

/**
 * Reads the deploy settings from the environment.
 * - SITE_URL: the public origin, e.g. https://news.example.org (used for canonical URLs, feeds, sitemap)
 * - BASE_PATH: the sub-path the site is served under, e.g. /news/ (default /)
 */
export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = new URL(env.SITE_URL || DEFAULT_SITE_URL).origin;
  const raw = (env.BASE_PATH || '/').trim();
  const base = `/${raw.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

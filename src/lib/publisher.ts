import { DEFAULT_SITE_URL, SITE_TITLE } from '../consts.ts';
import type { Publisher } from './structuredData.ts';
import { homeUrl } from './urls.ts';

/** This site as the publisher of its reviews (for JSON-LD and feeds). */
export function sitePublisher(site: URL | undefined, base?: string): Publisher {
  return { name: SITE_TITLE, url: new URL(homeUrl(base), site ?? DEFAULT_SITE_URL).href };
}

/** An absolute URL on this site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? DEFAULT_SITE_URL).href;
}

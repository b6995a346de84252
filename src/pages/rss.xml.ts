// /rss.xml: the analyses, their claim reviews, every dated update and every correction, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../consts.ts';
import { getSite } from '../lib/views/load.ts';
import { feedItems } from '../lib/formats/rss.ts';
import { absoluteUrl, homeUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE.name,
    description: SITE.description,
    site: absoluteUrl(homeUrl(), site),
    items: feedItems((await getSite()).articles, site),
    customData: `<language>${SITE.language}</language>`,
  });

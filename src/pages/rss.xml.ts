// /rss.xml: the analyses, their claim reviews and every dated update, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL, SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { getSortedArticles } from '../lib/collections.ts';
import { feedItems } from '../lib/feedItems.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getSortedArticles()).map((a) => ({ slug: a.id, data: a.data }));
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(import.meta.env.BASE_URL, site ?? DEFAULT_SITE_URL).href,
    items: feedItems(articles),
    customData: '<language>en</language>',
  });
};

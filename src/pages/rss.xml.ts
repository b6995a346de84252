// /rss.xml: the articles and their claim reviews, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { getArticleView, getSortedArticles } from '../lib/collections.ts';
import { articleUrl, claimPageUrl } from '../lib/urls.ts';
import { VERDICTS } from '../lib/verdicts.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = [];
  for (const article of await getSortedArticles()) {
    items.push({
      title: `Analysis: ${article.data.title}`,
      link: articleUrl(article.id),
      pubDate: new Date(`${article.data.analysisPublished}T00:00:00Z`),
      description: article.data.summary,
    });
    for (const { claim } of (await getArticleView(article)).claims) {
      items.push({
        title: `${VERDICTS[claim.verdict].label}: ${claim.claim}`,
        link: claimPageUrl(article.id, claim.id),
        pubDate: new Date(`${claim.reviewed}T00:00:00Z`),
        description: claim.summary,
        categories: [VERDICTS[claim.verdict].label],
      });
    }
  }
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: new URL(import.meta.env.BASE_URL, site ?? 'https://example.org').href,
    items,
    customData: '<language>en</language>',
  });
};

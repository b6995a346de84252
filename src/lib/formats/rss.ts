/** The RSS items: each article's analysis, each claim review, each dated update, and each correction of ours. */
import { ATTRIBUTIONS } from '../attributions.ts';
import { VERDICTS } from '../verdicts.ts';
import { absoluteUrl, updateAnchorId } from '../urls.ts';
import type { ArticleView } from '../views/types.ts';

export interface FeedItem {
  title: string;
  /** Absolute, so the RSS integration keeps it as it is (it would put a slash after a #fragment). */
  link: string;
  pubDate: Date;
  description: string;
  categories?: string[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * @param site the deploy origin
 * @returns items, newest first
 */
export function feedItems(articles: readonly ArticleView[], site: URL | string | undefined): FeedItem[] {
  const items: FeedItem[] = [];
  const absolute = (path: string) => absoluteUrl(path, site);
  for (const article of articles) {
    items.push({ title: `Analysis: ${article.title}`, link: absolute(article.url), pubDate: day(article.analysisPublished), description: article.summary.text });
    for (const claim of article.claims) {
      const verdict = VERDICTS[claim.verdict].label;
      const attribution = claim.attribution ? ATTRIBUTIONS[claim.attribution.rating].label : undefined;
      const categories = attribution ? [verdict, attribution] : [verdict];
      items.push({
        title: `${verdict}: ${claim.statement}`,
        link: absolute(claim.urls.page),
        pubDate: day(claim.reviewed),
        description: attribution ? `${claim.summary.text} How the article reports ${claim.speaker.name}: ${attribution}.` : claim.summary.text,
        categories,
      });
      claim.updates.forEach((update, i) => {
        items.push({
          title: `Updated review: ${claim.statement}`,
          link: absolute(`${claim.urls.page}#${updateAnchorId(i + 1)}`),
          pubDate: day(update.date),
          description: update.text.text,
          categories: [...categories, 'Update'],
        });
      });
    }
    for (const correction of article.corrections) {
      items.push({
        title: `Correction: ${article.title}`,
        link: absolute(correction.url),
        pubDate: day(correction.date),
        description: correction.text.text,
        categories: ['Correction'],
      });
    }
  }
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** The RSS items: each article's analysis, each claim review, and each dated update to a review. */
import type { Article } from './schemas/article.ts';
import { VERDICTS } from './verdicts.ts';
import { articleUrl, claimPageUrl } from './urls.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories?: string[];
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * @param articles article slugs with their frontmatter
 * @param base site base path
 * @returns items, newest first
 */
export function feedItems(articles: { slug: string; data: Article }[], base?: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const { slug, data } of articles) {
    items.push({ title: `Analysis: ${data.title}`, link: articleUrl(slug, base), pubDate: day(data.analysisPublished), description: data.summary });
    for (const claim of data.claims) {
      const label = VERDICTS[claim.verdict].label;
      items.push({
        title: `${label}: ${claim.claim}`,
        link: claimPageUrl(slug, claim.id, base),
        pubDate: day(claim.reviewed),
        description: claim.summary,
        categories: [label],
      });
      for (const update of claim.updates) {
        items.push({
          title: `Updated review: ${claim.claim}`,
          link: `${claimPageUrl(slug, claim.id, base)}#update-${update.date}`,
          pubDate: day(update.date),
          description: update.text,
          categories: [label, 'Update'],
        });
      }
    }
  }
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

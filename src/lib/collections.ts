/**
 * Lookups over the content collections, done once here so that components only
 * display. Every reference has already been checked by the content check.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Claim, Speaker } from './schemas/article.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type PersonEntry = CollectionEntry<'people'>;
export type CompanyEntry = CollectionEntry<'companies'>;

/** Who made a claim, resolved for display and structured data. */
export interface SpeakerView {
  type: 'article' | 'person' | 'company';
  /** Entry id, or null when the article itself makes the claim. */
  id: string | null;
  /** "The article", or the person's or company's name. */
  name: string;
  /** Profile URLs of the person or company. */
  sameAs: string[];
}

/** A claim with what pages need beside it. */
export interface ClaimView {
  claim: Claim;
  /** 1-based position in the article, shown as the claim's number. */
  number: number;
  speaker: SpeakerView;
  article: ArticleEntry;
}

/** Articles, newest first. */
export async function getSortedArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles');
  return articles.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

export async function getPeopleById(): Promise<Map<string, PersonEntry>> {
  return new Map((await getCollection('people')).map((p) => [p.id, p]));
}

export async function getCompaniesById(): Promise<Map<string, CompanyEntry>> {
  return new Map((await getCollection('companies')).map((c) => [c.id, c]));
}

/** Resolves a claim's speaker against the people and companies. */
export function resolveSpeaker(
  speaker: Speaker,
  people: Map<string, PersonEntry>,
  companies: Map<string, CompanyEntry>,
): SpeakerView {
  if (speaker.collection === 'article') return { type: 'article', id: null, name: 'The article', sameAs: [] };
  const entry = speaker.collection === 'people' ? people.get(speaker.id) : companies.get(speaker.id);
  return {
    type: speaker.collection === 'people' ? 'person' : 'company',
    id: speaker.id,
    name: entry?.data.name ?? speaker.id,
    sameAs: entry?.data.links.map((l) => l.url) ?? [],
  };
}

/** Everything an article page shows, resolved. */
export async function getArticleView(article: ArticleEntry) {
  const [people, companies] = await Promise.all([getPeopleById(), getCompaniesById()]);
  const claims: ClaimView[] = article.data.claims.map((claim, index) => {
    const speaker = resolveSpeaker(claim.speaker, people, companies);
    return { claim, number: index + 1, speaker, article };
  });
  return {
    article,
    claims,
    people: article.data.people.map((ref) => people.get(ref.id)).filter((p): p is PersonEntry => !!p),
    companies: article.data.companies.map((ref) => companies.get(ref.id)).filter((c): c is CompanyEntry => !!c),
    companiesById: companies,
  };
}

let claimIndex: Promise<Map<string, ClaimView>> | undefined;

/** Every claim of every article by id (claim ids are unique site-wide). Built once per build. */
export function getClaimIndex(): Promise<Map<string, ClaimView>> {
  claimIndex ??= (async () => {
    const index = new Map<string, ClaimView>();
    for (const article of await getSortedArticles()) {
      for (const view of (await getArticleView(article)).claims) index.set(view.claim.id, view);
    }
    return index;
  })();
  return claimIndex;
}

/** Claims made by, or mentioning, a person or company, across all articles. */
export async function getClaimsFor(collection: 'people' | 'companies', id: string): Promise<{ made: ClaimView[]; articles: ArticleEntry[] }> {
  const views = [...(await getClaimIndex()).values()];
  const made = views.filter((v) => v.claim.speaker.collection === collection && v.claim.speaker.id === id);
  const articles = (await getSortedArticles()).filter((a) => a.data[collection].some((ref) => ref.id === id));
  return { made, articles };
}

/** Every claim as a row of the claims index, in site order. */
export async function getClaimRows(): Promise<import('./claimsIndex.ts').ClaimRow[]> {
  return [...(await getClaimIndex()).values()].map((v) => ({
    id: v.claim.id,
    claim: v.claim.claim,
    number: v.number,
    articleSlug: v.article.id,
    articleTitle: v.article.data.title,
    articlePublished: v.article.data.published,
    speaker: v.speaker.name,
    verdict: v.claim.verdict,
    reviewed: v.claim.reviewed,
  }));
}

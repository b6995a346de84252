/**
 * The site view from Astro's collections, built once per build. The only
 * module of src/lib that reads `astro:content`; everything else gets views.
 */
import { getCollection, getEntry } from 'astro:content';
import path from 'node:path';
import type { RootContent } from 'hast';
import { articleTextTree } from '../articleText.ts';
import { buildSiteView } from './build.ts';
import { openTextOutlines, textOutline } from '../mdx.ts';
import type { ArticleView, ClaimView, SiteView } from './types.ts';

let site: Promise<SiteView> | undefined;
let articlesBySlug: Promise<Map<string, ArticleView>> | undefined;

export function getSite(): Promise<SiteView> {
  site ??= (async () => {
    const [articles, claims, sources, people, companies] = await Promise.all([
      getCollection('articles'),
      getCollection('claims'),
      getCollection('sources'),
      getCollection('people'),
      getCollection('companies'),
    ]);
    // The outlines the content check left, or earlier builds kept. Astro runs in the project's root (npm
    // scripts and scripts/build.mjs start it there; the build caches are relative to it).
    const outlines = await openTextOutlines(path.resolve('.'));
    const view = buildSiteView(
      {
        articles: articles.map((a) => ({ id: a.id, data: a.data, body: a.body ?? '' })),
        claims: claims.map((c) => ({ id: c.id, data: c.data, body: c.body ?? '' })),
        sources,
        people,
        companies,
      },
      outlines ? outlines.through(textOutline) : textOutline,
    );
    await outlines?.save();
    return view;
  })();
  return site;
}

export async function getArticle(slug: string): Promise<ArticleView> {
  // Looked up by every page of an article: a map, not a search of thousands of articles each time.
  articlesBySlug ??= getSite().then(({ articles }) => new Map(articles.map((a) => [a.slug, a])));
  const article = (await articlesBySlug).get(slug);
  if (!article) throw new Error(`No article "${slug}"`);
  return article;
}

/** A claim by its article and id; throws when absent (the content check makes that impossible). */
export async function getClaim(slug: string, id: string): Promise<ClaimView> {
  const claim = (await getArticle(slug)).claims.find((c) => c.id === id);
  if (!claim) throw new Error(`<Claim id="${id}"> in ${slug} has no review in content/claims/${slug}/`);
  return claim;
}

/**
 * The article's text as written (MDX). Its page keys on it: Astro's incremental build sees no module
 * for the text, so an edit outside every claim is known by the text alone.
 */
export async function articleSource(slug: string): Promise<string> {
  const entry = await getEntry('articles', slug);
  if (!entry) throw new Error(`No article "${slug}"`);
  if (entry.body === undefined) throw new Error(`The article "${slug}" was loaded without its text`);
  return entry.body;
}

/** The article's text as a tree for ArticleText.astro (read from its MDX, never compiled: src/lib/articleText.ts). */
export async function articleText(slug: string): Promise<RootContent[]> {
  return articleTextTree(await articleSource(slug)).children;
}

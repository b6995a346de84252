/**
 * Builds the site view from parsed collection entries. Pure: tests build it
 * from fixtures; load.ts builds it once per build from Astro's collections.
 */
import type { Article } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Company } from '../schemas/company.ts';
import type { Person } from '../schemas/person.ts';
import type { Source } from '../schemas/source.ts';
import { textOutline, type TextOutline } from '../mdx.ts';
import { renderProse } from '../prose.ts';
import { strongerSeverity } from '../scale.ts';
import { VERDICTS } from '../verdicts.ts';
import { ATTRIBUTIONS } from '../attributions.ts';
import { textFragmentUrl } from '../textFragment.ts';
import { articleCorrectionsUrl, articleTimelineUrl, articleUrl, claimImageUrl, correctionAnchorId, claimPageUrl, claimPassageUrl, companyUrl, personUrl } from '../urls.ts';
import type { ArticleRef, ArticleView, ClaimView, CompanyView, PersonView, SiteView, SourceView, SpeakerView } from './types.ts';

export interface Entries {
  articles: { id: string; data: Article; body: string }[];
  /** `id` is "<article slug>/<claim id>". */
  claims: { id: string; data: Claim; body: string }[];
  sources: { id: string; data: Source }[];
  people: { id: string; data: Person }[];
  companies: { id: string; data: Company }[];
}

export const ORGANIZATION_KIND_LABELS: Record<Company['kind'], string> = {
  company: 'Company',
  'news-outlet': 'News outlet',
  platform: 'Platform',
  'government-agency': 'Government agency',
};

const inline = (text: string) => renderProse(text, { inline: true });

/** Throws when a reference does not resolve: the content check reports these first, so this means it was bypassed. */
function lookup<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`Unknown ${what} "${id}": run npm run check:content`);
  return found;
}

/** The article as the speaker of its own statements: they are its outlet's. */
export function outletSpeaker(article: ArticleRef): SpeakerView {
  return { type: 'article', id: null, name: article.outlet.name, label: 'The article', ...(article.outlet.url ? { url: article.outlet.url } : {}), sameAs: [] };
}

/**
 * @param outline reads an article's text; load.ts passes one that keeps each text's outline between
 * builds (parsing every article's text is most of the time this takes on a large site).
 */
export function buildSiteView(entries: Entries, outline: (body: string) => TextOutline = textOutline): SiteView {
  const sources = new Map(
    entries.sources.map(({ id, data }): [string, SourceView] => [
      id,
      { id, ...data, link: textFragmentUrl(data.url, data.quote) },
    ]),
  );
  const source = (id: string) => lookup(sources, id, 'source');

  const companies = new Map(
    entries.companies.map(({ id, data }): [string, CompanyView] => [
      id,
      {
        kind: 'company',
        id,
        name: data.name,
        ...(data.nativeName ? { nativeName: data.nativeName } : {}),
        aliases: data.aliases,
        kindLabel: ORGANIZATION_KIND_LABELS[data.kind],
        ...(data.headquarters ? { headquarters: data.headquarters } : {}),
        description: inline(data.description),
        links: data.links,
        url: companyUrl(id),
      },
    ]),
  );
  const people = new Map(
    entries.people.map(({ id, data }): [string, PersonView] => [
      id,
      {
        kind: 'person',
        id,
        name: data.name,
        ...(data.nativeName ? { nativeName: data.nativeName } : {}),
        description: inline(data.description),
        roles: data.roles.map((role) => {
          const org = lookup(companies, role.organization.id, 'company');
          return { title: role.title, organization: { id: org.id, name: org.name, url: org.url }, asOf: role.asOf };
        }),
        links: data.links,
        url: personUrl(id),
      },
    ]),
  );

  const claimsByArticle = new Map<string, { id: string; data: Claim; body: string }[]>();
  for (const claim of entries.claims) {
    const [slug, id] = claim.id.split('/') as [string, string];
    if (!claimsByArticle.has(slug)) claimsByArticle.set(slug, []);
    claimsByArticle.get(slug)!.push({ ...claim, id });
  }

  const articles = entries.articles
    .map(({ id: slug, data, body }): ArticleView => {
      const ref = { slug, title: data.title, language: data.language, published: data.published, outlet: data.outlet, url: articleUrl(slug) };
      // Claims are numbered in reading order of their passages.
      const { claimOrder: order, passages } = outline(body);
      const speakerOf = (claim: Claim): SpeakerView => {
        if (claim.speaker.type === 'article') return outletSpeaker(ref);
        const entity = claim.speaker.type === 'person' ? lookup(people, claim.speaker.id, 'person') : lookup(companies, claim.speaker.id, 'company');
        return {
          type: claim.speaker.type,
          id: entity.id,
          name: entity.name,
          label: entity.name,
          ...(entity.nativeName ? { nativeName: entity.nativeName } : {}),
          url: entity.url,
          sameAs: entity.links.map((l) => l.url),
        };
      };
      const claims = (claimsByArticle.get(slug) ?? [])
        .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
        .map(({ id, data: claim, body: explanation }, index): ClaimView => ({
          id,
          number: index + 1,
          article: ref,
          statement: claim.claim,
          speaker: speakerOf(claim),
          byline: claim.attribution ? `Statement by ${speakerOf(claim).label}, as the article reports it` : 'Statement by the article',
          ...(claim.attribution
            ? {
                attribution: {
                  rating: claim.attribution.rating,
                  reported: claim.reported ?? 'paraphrase',
                  ...(claim.attribution.original ? { original: claim.attribution.original } : {}),
                  ...(claim.attribution.translation ? { translation: claim.attribution.translation } : {}),
                  ...(claim.attribution.source ? { source: source(claim.attribution.source.id) } : {}),
                  note: inline(claim.attribution.note),
                },
              }
            : {}),
          verdict: claim.verdict,
          severity: claim.attribution
            ? strongerSeverity(VERDICTS[claim.verdict].severity, ATTRIBUTIONS[claim.attribution.rating].severity)
            : VERDICTS[claim.verdict].severity,
          summary: inline(claim.summary),
          explanation: renderProse(explanation),
          ...(claim.shouldSay ? { shouldSay: inline(claim.shouldSay) } : {}),
          evidence: claim.evidence.map((e) => ({ ...(e.date ? { date: e.date } : {}), text: inline(e.text) })),
          sources: claim.sources.map((s) => source(s.id)),
          reviewed: claim.reviewed,
          updates: claim.updates.map((u) => ({ date: u.date, text: inline(u.text) })),
          ...(Object.hasOwn(passages, id) ? { passage: passages[id]! } : {}),
          urls: { passage: claimPassageUrl(slug, id), page: claimPageUrl(slug, id), image: claimImageUrl(slug, id) },
        }));
      const correctionsUrl = articleCorrectionsUrl(slug);
      // Editors list corrections newest first: number them from the oldest, so adding one moves no anchor.
      const corrections = data.corrections.map((c, i) => {
        const id = correctionAnchorId(data.corrections.length - i);
        return { date: c.date, text: inline(c.text), id, url: `${correctionsUrl}#${id}` };
      });
      return {
        ...ref,
        summary: inline(data.summary),
        ...(data.publishedNote ? { publishedNote: inline(data.publishedNote) } : {}),
        ...(data.original ? { original: data.original } : {}),
        analysisPublished: data.analysisPublished,
        modified: [data.analysisPublished, ...claims.flatMap((c) => [c.reviewed, ...c.updates.map((u) => u.date)]), ...corrections.map((c) => c.date)].sort().at(-1)!,
        people: data.people.map((r) => lookup(people, r.id, 'person')),
        companies: data.companies.map((r) => lookup(companies, r.id, 'company')),
        claims,
        timeline: [...data.timeline]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((e) => ({ date: e.date, event: inline(e.event), ...(e.source ? { source: source(e.source.id) } : {}) })),
        timelineUrl: articleTimelineUrl(slug),
        correctionsUrl,
        corrections,
      };
    })
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));

  return {
    articles,
    claims: articles.flatMap((a) => a.claims),
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    companies: [...companies.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  };
}

/** Claims whose statement is a person's or company's, and the articles that mention them. */
export function claimsAbout(site: SiteView, entity: { kind: 'person' | 'company'; id: string }) {
  return {
    made: site.claims.filter((c) => c.speaker.type === entity.kind && c.speaker.id === entity.id),
    articles: site.articles.filter((a) => (entity.kind === 'person' ? a.people : a.companies).some((e) => e.id === entity.id)),
  };
}

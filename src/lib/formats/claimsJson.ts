/** Builds /claims.json (shape: src/lib/schemas/claimsJson.ts) from the claim views. */
import type { ClaimsJson } from '../schemas/claimsJson.ts';
import { ATTRIBUTIONS } from '../attributions.ts';
import { VERDICTS } from '../verdicts.ts';
import { absoluteUrl, claimsJsonUrl } from '../urls.ts';
import type { ClaimView, SourceView } from '../views/types.ts';

const source = (s: SourceView) => ({
  id: s.id,
  title: s.title,
  url: s.url,
  publisher: s.publisher,
  date: s.date ?? null,
  lang: s.lang ?? null,
  quote: s.quote ?? null,
  translation: s.translation ?? null,
});

/**
 * @param claims every claim, in site order
 * @param site the deploy origin
 */
export function buildClaimsJson(claims: readonly ClaimView[], site: URL | string | undefined): ClaimsJson {
  const absolute = (path: string) => absoluteUrl(path, site);
  return {
    version: 2,
    url: absolute(claimsJsonUrl()),
    generated: claims.flatMap((c) => [c.reviewed, ...c.updates.map((u) => u.date)]).sort().at(-1) ?? '1970-01-01',
    claims: claims.map((c) => ({
      id: c.id,
      number: c.number,
      claim: c.statement,
      article: { slug: c.article.slug, title: c.article.title, url: absolute(c.article.url) },
      speaker: { type: c.speaker.type, id: c.speaker.id, name: c.speaker.name },
      attribution: c.attribution
        ? {
            rating: c.attribution.rating,
            label: ATTRIBUTIONS[c.attribution.rating].label,
            reported: c.attribution.reported,
            original: c.attribution.original ?? null,
            translation: c.attribution.translation ?? null,
            source: c.attribution.source ? source(c.attribution.source) : null,
            note: c.attribution.note.text,
          }
        : null,
      verdict: { id: c.verdict, label: VERDICTS[c.verdict].label, rating: VERDICTS[c.verdict].rating },
      summary: c.summary.text,
      explanation: c.explanation.text,
      shouldSay: c.shouldSay?.text ?? null,
      evidence: c.evidence.map((e) => ({ date: e.date ?? null, text: e.text.text })),
      sources: c.sources.map(source),
      reviewed: c.reviewed,
      updates: c.updates.map((u) => ({ date: u.date, text: u.text.text })),
      anchor: absolute(c.urls.passage),
      permalink: absolute(c.urls.page),
    })),
  };
}

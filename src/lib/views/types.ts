/**
 * The one view of the content that every output reads: pages, cards, previews,
 * /claims/, claims.json, RSS, JSON-LD and social images. Built once per build
 * by build.ts from the collections; references are resolved, prose rendered.
 */
import type { Attribution, ReportedForm } from '../attributions.ts';
import type { Verdict } from '../verdicts.ts';
import type { RenderedProse } from '../prose.ts';
import type { ClaimPassage } from '../mdx.ts';
import type { Severity } from '../scale.ts';

export type Prose = RenderedProse;

export interface NativeNameView {
  text: string;
  lang: string;
  /** How to read it in Latin letters (pinyin for Chinese). */
  romanization?: string;
}

export interface LinkView {
  label: string;
  url: string;
}

export interface SourceView {
  id: string;
  title: string;
  url: string;
  /** `url` with a text fragment that highlights `quote` when there is one. */
  link: string;
  publisher: string;
  date?: string;
  lang?: string;
  quote?: string;
  /** Our English translation of `quote`. */
  translation?: string;
  archived?: string;
}

/** Who made a statement. The article's own statements are the outlet's. */
export interface SpeakerView {
  type: 'article' | 'person' | 'company';
  /** Entry id of the person or company; null for the article. */
  id: string | null;
  /** The person's or company's name; the outlet's name for the article. */
  name: string;
  /** How cards say it: "The article" or the name. */
  label: string;
  nativeName?: NativeNameView;
  /** Their page on this site (base-relative); the outlet's address for the article. */
  url?: string;
  /** Profile pages elsewhere (Wikipedia, official site), for JSON-LD. */
  sameAs: string[];
}

export interface AttributionView {
  rating: Attribution;
  /** How the article reports them: quote or paraphrase. */
  reported: ReportedForm;
  original?: NativeNameView;
  translation?: string;
  source?: SourceView;
  note: Prose;
}

export interface DatedProse {
  date?: string;
  text: Prose;
}

/** A link to an article, enough to name and date it. */
export interface ArticleRef {
  slug: string;
  title: string;
  language: string;
  published: string;
  outlet: { name: string; url?: string };
  /** Base-relative URL of our analysis of it. */
  url: string;
}

export interface ClaimView {
  id: string;
  /** 1-based position of its passage in the article. */
  number: number;
  article: ArticleRef;
  /** The statement as the article makes it. */
  statement: string;
  speaker: SpeakerView;
  /** Whose statement it is, as cards say it: "Statement by the article", or "Statement by X, as the article reports it". */
  byline: string;
  /** Only for reported speech. */
  attribution?: AttributionView;
  verdict: Verdict;
  /** How strongly its passage is highlighted: the stronger of its verdict's and its attribution's. */
  severity: Severity;
  summary: Prose;
  explanation: Prose;
  /** What the article should have said, when it gets a fact wrong. */
  shouldSay?: Prose;
  evidence: DatedProse[];
  sources: SourceView[];
  reviewed: string;
  updates: (DatedProse & { date: string })[];
  /** The paragraph around the passage, for the claim's page. */
  passage?: ClaimPassage;
  /** Base-relative URLs: the passage in the article, the claim's page, its social image. */
  urls: { passage: string; page: string; image: string };
}

export interface RoleView {
  title: string;
  organization: { id: string; name: string; url: string };
  asOf: string;
}

export interface PersonView {
  kind: 'person';
  id: string;
  name: string;
  nativeName?: NativeNameView;
  description: Prose;
  roles: RoleView[];
  links: LinkView[];
  url: string;
}

export interface CompanyView {
  kind: 'company';
  id: string;
  name: string;
  nativeName?: NativeNameView;
  aliases: string[];
  /** Label of its kind: "Company", "News outlet"… */
  kindLabel: string;
  headquarters?: string;
  description: Prose;
  links: LinkView[];
  url: string;
}
export interface ArticleView extends ArticleRef {
  summary: Prose;
  publishedNote?: Prose;
  original?: { name: string; title: string; url: string };
  analysisPublished: string;
  /** Latest date anything in the analysis changed. */
  modified: string;
  people: PersonView[];
  companies: CompanyView[];
  claims: ClaimView[];
  /** In date order. */
  timeline: { date: string; event: Prose; source?: SourceView }[];
  /** The page that shows the timeline in full. */
  timelineUrl: string;
  /** The page that lists the corrections in full. */
  correctionsUrl: string;
  /** Newest first, as editors list them; `id` is the correction's anchor on the corrections page (numbered from the oldest), `url` its address. */
  corrections: { date: string; text: Prose; id: string; url: string }[];
}

export interface SiteView {
  /** Newest first. */
  articles: ArticleView[];
  /** Every claim in site order: articles newest first, claims in reading order. */
  claims: ClaimView[];
  people: PersonView[];
  companies: CompanyView[];
}

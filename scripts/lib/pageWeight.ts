/**
 * What a first visit to a built page downloads, by kind, raw and gzipped, and
 * the budgets it must stay within. Used by `npm run bench` and by the budget
 * test that CI runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image';

export interface Resource {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
  /** Third-party: served from another origin. */
  remote: boolean;
  /** JavaScript the page needs to be read (anything not marked data-enhancement). */
  required: boolean;
}

export interface PageWeight {
  page: string;
  resources: Resource[];
  totals: Record<ResourceKind, { raw: number; gzip: number }>;
  requiredJsBytes: number;
  remoteRequests: number;
  /** Images without width and height attributes: they shift the layout when they load. */
  unsizedImages: number;
  /** Web fonts loaded: each can shift the layout when it swaps in. */
  webFonts: number;
}

export const BUDGETS = {
  /** JavaScript needed to read, navigate or follow a claim link. */
  requiredJsGzip: 0,
  /** All JavaScript on the page, enhancements included. */
  allJsGzip: 2 * 1024,
  /** HTML + CSS of the article page. */
  articleHtmlCssGzip: 15 * 1024,
  remoteRequests: 0,
  unsizedImages: 0,
  webFonts: 0,
} as const;

const KIND_BY_EXT: Record<string, ResourceKind> = {
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
};

/**
 * @param dist built site folder
 * @param pagePath URL path below the base, e.g. "articles/x/"
 * @param base the site's base path ("/" or "/news/")
 */
export async function measurePage(dist: string, pagePath: string, base = '/'): Promise<PageWeight> {
  const origin = 'http://site.test';
  const pageUrl = new URL(`${base}${pagePath}`, origin);
  const htmlFile = path.join(dist, pagePath.endsWith('/') || pagePath === '' ? `${pagePath}index.html` : pagePath);
  const htmlText = await readFile(htmlFile);
  const html = parse(htmlText.toString('utf8'));
  const resources: Resource[] = [{ url: pageUrl.href, kind: 'html', raw: htmlText.length, gzip: gzipSync(htmlText).length, remote: false, required: false }];
  const seen = new Set<string>();

  const add = async (ref: string, from: URL, kind?: ResourceKind, required = false) => {
    const url = new URL(ref, from);
    if (url.protocol === 'data:' || seen.has(url.href)) return;
    seen.add(url.href);
    const guessed = kind ?? KIND_BY_EXT[path.extname(url.pathname).toLowerCase()] ?? 'image';
    if (url.origin !== origin) {
      resources.push({ url: url.href, kind: guessed, raw: 0, gzip: 0, remote: true, required });
      return;
    }
    const body = await readFile(path.join(dist, decodeURIComponent(url.pathname.slice(base.length))));
    resources.push({ url: url.href, kind: guessed, raw: body.length, gzip: gzipSync(body).length, remote: false, required });
    if (guessed === 'css') {
      for (const m of body.toString('utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) await add(m[1]!, url);
    }
  };

  for (const link of html.querySelectorAll('link[rel~="stylesheet"]')) await add(link.getAttribute('href')!, pageUrl, 'css');
  for (const link of html.querySelectorAll('link[rel~="icon"], link[rel="preload"], link[rel="modulepreload"]')) {
    await add(link.getAttribute('href')!, pageUrl, link.getAttribute('rel') === 'modulepreload' ? 'js' : undefined);
  }
  for (const script of html.querySelectorAll('script[src]')) {
    await add(script.getAttribute('src')!, pageUrl, 'js', !script.hasAttribute('data-enhancement'));
  }
  const inlineScripts = html.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
  for (const script of inlineScripts) {
    const bytes = Buffer.from(script.textContent);
    resources.push({ url: `${pageUrl.href}#inline-script`, kind: 'js', raw: bytes.length, gzip: gzipSync(bytes).length, remote: false, required: !script.hasAttribute('data-enhancement') });
  }
  const images = html.querySelectorAll('img[src]');
  for (const img of images) await add(img.getAttribute('src')!, pageUrl, 'image');

  const totals = Object.fromEntries(
    (['html', 'css', 'js', 'font', 'image'] as const).map((kind) => [
      kind,
      resources.filter((r) => r.kind === kind).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 }),
    ]),
  ) as PageWeight['totals'];
  return {
    page: pagePath || '/',
    resources,
    totals,
    requiredJsBytes: resources.filter((r) => r.kind === 'js' && r.required).reduce((s, r) => s + r.gzip, 0),
    remoteRequests: resources.filter((r) => r.remote).length,
    unsizedImages: images.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).length,
    webFonts: resources.filter((r) => r.kind === 'font').length,
  };
}

/** Budget breaches of a page, as readable lines (empty when within budget). */
export function budgetFailures(weight: PageWeight, { isArticle }: { isArticle: boolean }): string[] {
  const failures: string[] = [];
  const check = (ok: boolean, message: string) => ok || failures.push(`${weight.page}: ${message}`);
  check(weight.requiredJsBytes <= BUDGETS.requiredJsGzip, `${weight.requiredJsBytes} B of JavaScript required to read (budget ${BUDGETS.requiredJsGzip})`);
  check(weight.totals.js.gzip <= BUDGETS.allJsGzip, `${weight.totals.js.gzip} B gzip of JavaScript (budget ${BUDGETS.allJsGzip})`);
  if (isArticle) {
    const htmlCss = weight.totals.html.gzip + weight.totals.css.gzip;
    check(htmlCss <= BUDGETS.articleHtmlCssGzip, `${htmlCss} B gzip of HTML + CSS (budget ${BUDGETS.articleHtmlCssGzip})`);
  }
  check(weight.remoteRequests <= BUDGETS.remoteRequests, `${weight.remoteRequests} third-party requests`);
  check(weight.unsizedImages <= BUDGETS.unsizedImages, `${weight.unsizedImages} images without width and height`);
  check(weight.webFonts <= BUDGETS.webFonts, `${weight.webFonts} web fonts that can shift the layout`);
  return failures;
}

/**
 * A real static file server for a built site, on 127.0.0.1, mounted under the
 * site's base path like a static host would. Unknown paths get 404.html with a
 * 404 status, as GitHub Pages, Netlify and Cloudflare Pages do, and the rules
 * of dist/_headers are applied the way Netlify and Cloudflare Pages apply them.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sirv from 'sirv';

export interface RunningSite {
  /** Origin plus base, ending in a slash: http://127.0.0.1:PORT/news/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Parses a `_headers` file: path patterns (`/*`, `/_astro/*`) with their headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export async function serveSite(dir: string, base = '/'): Promise<RunningSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = await readFile(path.join(dir, '404.html'));
  const headerRules = parseHeadersFile(await readFile(path.join(dir, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer((req, res) => {
    const sitePath = `/${(req.url ?? '/').slice(base.length).split('?')[0]}`;
    for (const rule of headerRules) if (matches(rule.pattern, sitePath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    const send404 = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    files(req, res, send404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

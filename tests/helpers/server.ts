/**
 * A real static file server for a built site, on 127.0.0.1, mounted under the
 * site's base path like a static host would. Unknown paths get 404.html with a
 * 404 status, as GitHub Pages, Netlify and Cloudflare Pages do.
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

export async function serveSite(dir: string, base = '/'): Promise<RunningSite> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = await readFile(path.join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
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

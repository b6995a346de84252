/**
 * A Vite plugin that hands MDX the article text the way the content check reads
 * it (`normalizeText`: no byte-order mark, LF line endings). Astro compiles an
 * article's body by importing its .mdx file through Vite, not through the
 * collection loader (see normalizedGlob.ts), and MDX keeps a CRLF inside a
 * paragraph as it is: a hard-wrapped article saved on Windows put `\r\n` in its page.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { normalizeText } from './readContent.ts';

/**
 * @param contentDir absolute path of the content folder; only its .md and .mdx files are touched
 * @returns the plugin; its transform runs before every other (MDX's included)
 */
export function normalizeContentFiles(contentDir: string): Plugin {
  const inside = path.resolve(contentDir) + path.sep;
  return {
    name: 'normalize-content-files',
    enforce: 'pre',
    transform: {
      order: 'pre',
      // A plain file id only: queried ids (?raw, ?astroPropagatedAssets) are other modules.
      filter: { id: /\.mdx?$/ },
      handler(code, id) {
        if (!path.resolve(id).startsWith(inside)) return;
        const text = normalizeText(code);
        // Lines stay where they were, so error locations and source maps still hold.
        return text === code ? undefined : { code: text, map: null };
      },
    },
  };
}

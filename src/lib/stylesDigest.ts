/**
 * A digest of every style in the site: the CSS files and the <style> blocks of components, layouts
 * and pages. The site has one stylesheet, named by its content, that every page links; astro.config.mjs
 * puts this digest in the config Astro hashes for its incremental build, so a change to any style
 * renders every page again instead of copying pages that link a stylesheet no longer published.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './buildCache.ts';

export function stylesDigest(srcDir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(srcDir, /\.(astro|css)$/)) {
    const text = readFileSync(file, 'utf8');
    const styles = file.endsWith('.css') ? [text] : [...text.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]);
    if (styles.length) hash.update(`${path.relative(srcDir, file)}\n${styles.join('\n')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A digest of every style in the site: the CSS files and the <style> blocks of components, layouts
 * and pages. The site has one stylesheet, named by its content, that every page links; astro.config.mjs
 * puts this digest in the config Astro hashes for its incremental build, so a change to any style
 * renders every page again instead of copying pages that link a stylesheet no longer published.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function stylesDigest(srcDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(astro|css)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const styles = file.endsWith('.css') ? [text] : [...text.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]);
    if (styles.length) hash.update(`${path.relative(srcDir, file)}\n${styles.join('\n')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

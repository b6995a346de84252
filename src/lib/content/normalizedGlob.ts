/**
 * Astro's `glob()` loader, reading every file the way the content check does
 * (`normalizeText`): a UTF-8 byte-order mark dropped, CRLF and CR line endings
 * turned into LF. Without it, a file saved by a Windows editor builds a
 * different site: its CRLF line endings reach the HTML of every review.
 *
 * With `textOnly`, an entry keeps its frontmatter and body and nothing else: no file becomes a module for
 * Vite to compile and bundle, and nothing is rendered at sync. The articles' MDX is read this way and
 * rendered from its syntax tree (src/lib/articleText.ts); so are the claims, whose text is prose the
 * views render (src/lib/prose.ts).
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { normalizeText } from './readContent.ts';

type EntryType = { getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown; [other: string]: unknown };

/**
 * @param options the options of Astro's `glob()`
 * @param options.textOnly keep each entry's data and text only (see above)
 * @returns a loader that reads the same files as `glob(options)`, with their text normalized
 */
export function normalizedGlob(options: Parameters<typeof glob>[0], { textOnly = false } = {}): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'normalized-glob-loader',
    load: (context: LoaderContext) => {
      // Astro hands every loader the parsers of each file type (`entryTypes`, what
      // glob() reads files with); wrap each so it parses the normalized text.
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!(entryTypes instanceof Map)) {
        throw new Error('normalizedGlob: Astro no longer passes `entryTypes` to loaders; see src/lib/content/normalizedGlob.ts');
      }
      const normalized = new Map<string, EntryType>();
      for (const [ext, type] of entryTypes) {
        const getEntryInfo: EntryType['getEntryInfo'] = ({ contents, fileUrl }) => type.getEntryInfo({ contents: normalizeText(contents), fileUrl });
        // glob() makes a module of an entry whose type has contentModuleTypes, and renders one with getRenderFunction.
        normalized.set(ext, textOnly ? { getEntryInfo } : { ...type, getEntryInfo });
      }
      return inner.load({ ...context, entryTypes: normalized } as LoaderContext);
    },
  };
}

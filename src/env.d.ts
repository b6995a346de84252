/// <reference types="astro/client" />

// Lets plain TypeScript (tsc, vitest) import .astro components; Astro's language server types them in the editor.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

declare namespace App {
  interface Locals {
    /** The slug of the article whose text is being rendered, for <Claim id> to find its review. */
    article: string;
  }
}

// wawoff2 (Google's WOFF2 decoder as WebAssembly) ships no types.
declare module 'wawoff2' {
  /** The font as TTF/OTF; a view of memory the next call reuses, so copy it. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  const wawoff2: { decompress: typeof decompress };
  export default wawoff2;
}

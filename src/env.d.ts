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

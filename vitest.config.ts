/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once (domain root and a sub-path) for the build and browser tests.
    globalSetup: ['tests/helpers/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium; keep files from fighting over two cores.
    fileParallelism: false,
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
  },
});

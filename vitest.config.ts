/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium; keep files from fighting over two cores.
    fileParallelism: false,
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    projects: [
      // Fast tests: plain modules, the content check, components. No build, no browser.
      { extends: true, test: { name: 'unit', include: ['tests/{unit,content,components}/**/*.test.ts'] } },
      // Tests of the built site; the site is built once (domain root and a sub-path) before them.
      {
        extends: true,
        test: { name: 'site', include: ['tests/{build,e2e}/**/*.test.ts'], globalSetup: ['tests/helpers/globalSetup.ts'] },
      },
    ],
  },
});

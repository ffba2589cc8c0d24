import { defineConfig } from 'vitest/config';

/**
 * Tests by layer, picked by file name:
 *   unit     tests/unit/**.test.ts            pure helpers in src/lib
 *   content  tests/content/**.content.test.ts broken content fixtures must fail the build with a clear message
 *   dist     tests/built/**.dist.test.ts      the built site in dist/ (run `npm run build` first)
 *   browser  tests/browser/**.browser.test.ts headless Chromium against dist/ served locally
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.content.test.ts'], testTimeout: 120_000, hookTimeout: 200_000, fileParallelism: false } },
      { test: { name: 'dist', include: ['tests/built/**/*.dist.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.browser.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});

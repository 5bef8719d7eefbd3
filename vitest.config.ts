/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The pure cost library in `src/lib`, in Node; also the only project mutation testing runs. */
export const unitProject: TestProjectInlineConfiguration = {
  extends: true,
  test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
};

/**
 * Three vitest projects, all run by `npm test` (scripts/test.mjs):
 * - `unit`: the pure cost library in `src/lib`, in Node, with coverage thresholds;
 * - `component`: Preact islands rendered into happy-dom with @testing-library/preact.
 * - `e2e`: builds the site, serves dist/ and drives Debian Chromium through playwright-core.
 *
 * `allowOnly: false` everywhere, not only in CI: a stray `.only` fails the run instead of
 * silently skipping the rest of its file (scripts/test.mjs also fails on skipped and todo tests).
 */
export default getViteConfig({
  test: {
    allowOnly: false,
    projects: [
      unitProject,
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one browser per file, files one after another, keeps timings honest.
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});

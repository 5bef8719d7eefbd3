/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two vitest projects, both run by `npm test` (scripts/test.mjs):
 * - `unit`: the pure cost library in `src/lib`, in Node, with coverage thresholds;
 * - `component`: Preact islands rendered into happy-dom with @testing-library/preact.
 * The browser layer (tests/e2e) runs outside vitest, against the built site.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
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

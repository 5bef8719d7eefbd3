// @ts-check
/**
 * Mutation testing of the cost library (`npm run test:mutation`): StrykerJS plants one small slip
 * at a time in `src/lib` (a `+` for a `-`, `<` for `<=`, a string emptied, a branch forced) and
 * runs the unit tests that cover it; a slip no test notices "survives". Only the `unit` vitest
 * project runs (`vitest.mutation.config.ts`): component and e2e tests are too slow to repeat per
 * mutant, and the library's numbers must be pinned where the library is tested.
 *
 * Incremental: results are kept in `reports/mutation/incremental.json` (ignored by git, see the
 * README's testing section), so a rerun tests only the mutants in code or tests that changed.
 * `npm run test:mutation -- --force` redoes everything.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['src/lib/**/*.ts', '!src/lib/index.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants run only while a module loads (data tables, module-level constants): Stryker
  // cannot tell which tests cover them, so each one reruns the whole unit suite in a fresh
  // environment. There are about 1,600 (46% of all), nearly all strings in the bibliography and
  // run data, and they took 95% of the run time. They are left out of the run and the score; the
  // README's testing section says what checks that data instead.
  ignoreStatic: true,
  // Two cores on the build machines: two workers, one checker process.
  concurrency: 2,
  // A busy 2-core machine slows every test run: generous timeouts, so that a mutant is counted
  // as timed out (an infinite loop) only when it is one.
  timeoutFactor: 2,
  timeoutMS: 15_000,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The sandbox needs the sources and the unit tests, not the build, the coverage report or the docs.
  ignorePatterns: ['/dist', '/coverage', '/.astro', '/.bench', '/docs', '/public'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: 90 },
};

// Type-checks the project (tsc, strict), then runs every test layer (unit, component, e2e) in one
// vitest run, and ends with the plain summary line `N passed, N failed` that CI reads; the type
// check counts as one test. `--only <project>` narrows the run to one layer, without the type
// check (coverage thresholds then apply only when the unit layer runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const layers = ['unit', 'component', 'e2e'];
const onlyIndex = process.argv.indexOf('--only');
const selected = onlyIndex === -1 ? layers : [process.argv[onlyIndex + 1]];
if (selected.some((layer) => !layers.includes(layer))) {
  process.stderr.write(`Unknown layer after --only: expected one of ${layers.join(', ')}\n`);
  process.exit(2);
}

// Vitest strips types without checking them: a type error would otherwise pass every layer.
// `astro sync` first writes .astro/types.d.ts (astro:content, import.meta.env), which a clean
// clone does not have until something has built.
const node = (/** @type {string} */ script, /** @type {string[]} */ args) =>
  spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
const typecheck =
  onlyIndex === -1
    ? [node('../node_modules/astro/bin/astro.mjs', ['sync']), node('../node_modules/typescript/bin/tsc', ['--noEmit', '-p', '.'])].find(
        (step) => step.status !== 0,
      ) ?? { status: 0 }
    : null;

const reportFile = join(mkdtempSync(join(tmpdir(), 'train-or-tune-tests-')), 'report.json');
const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = [
  vitestBin,
  'run',
  ...selected.flatMap((layer) => ['--project', layer]),
  ...(selected.includes('unit') ? ['--coverage'] : []),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });

/** @type {{ testResults?: { name: string, assertionResults: { status: string, fullName: string }[] }[] }} */
let report = {};
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  process.stderr.write('vitest wrote no report: the run failed before any test ran.\n');
}

// A test that did not run (skipped, todo, or left pending by a stray `.only`) counts as failed:
// a suite that quietly stops running a check cannot fail on it. vitest's own `allowOnly: false`
// (vitest.config.ts) already fails a `.only`; this catches `.skip`, `.todo` and `skipIf`.
const counts = Object.fromEntries(selected.map((layer) => [layer, { passed: 0, failed: 0, notRun: /** @type {string[]} */ ([]) }]));
for (const file of report.testResults ?? []) {
  const layer = selected.find((name) => file.name.includes(`/tests/${name}/`)) ?? selected[0];
  for (const { status, fullName } of file.assertionResults) {
    if (status === 'passed') counts[layer].passed += 1;
    else if (status === 'failed') counts[layer].failed += 1;
    else counts[layer].notRun.push(`${status}: ${fullName}`);
  }
}
let passed = Object.values(counts).reduce((sum, layer) => sum + layer.passed, 0);
let failed = Object.values(counts).reduce((sum, layer) => sum + layer.failed + layer.notRun.length, 0);
if (typecheck) {
  process.stdout.write(`\nTypes (tsc --noEmit): ${typecheck.status === 0 ? 'no error' : 'errors above'}\n`);
  if (typecheck.status === 0) passed += 1;
  else failed += 1;
}
// A run that broke outside a test (build error, coverage threshold, no report) still fails.
if (run.status !== 0 && failed === 0) failed = 1;

for (const [layer, { passed: p, failed: f, notRun }] of Object.entries(counts)) {
  process.stdout.write(`Layer ${layer}: ${p} passed and ${f} failed\n`);
  if (notRun.length > 0) {
    process.stdout.write(`${layer}: ${notRun.length} tests did not run, each counted as a failure:\n${notRun.map((line) => `  ${line}\n`).join('')}`);
  }
  if (p + f === 0) {
    process.stdout.write(`${layer}: no test ran, which counts as a failure\n`);
    failed += 1;
  }
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);

// @ts-check
// `npm run bench`: builds the site, serves dist/, and measures it against bench-budgets.json:
// - JavaScript per page (gzip bytes and files, after every island has been scrolled into view and
//   has hydrated, before search is opened): a page with an island has one budget, a page without
//   one a much smaller one; and total page weight. A calculator rests until the reader uses it
//   (src/components/kit/restingIsland.ts), so a page with one is measured again once every
//   calculator on it is in use, against a budget of its own;
// - what opening search costs (the JavaScript fetched from the click until the dialog is ready);
// - Lighthouse (mobile) on the landing page, the heaviest calculator page and the history page;
// - calculator responsiveness: input event → updated results in the DOM, p50/p95 over N edits;
// - the full build time.
// Writes .bench/results.json, prints a markdown table, exits 1 naming every budget missed.
//
// Options: --no-build (measure the existing dist/), --no-lighthouse, --edits N (default 200),
// --lighthouse-runs N (default 3: each page's run with the median performance score counts, as
// Lighthouse's docs/variability.md advises; a single run swings with the machine's load).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pageKind } from './bench/pages.mjs';
import { builtPages } from './built-pages.mjs';
import { chromiumArgs } from './chromium-args.mjs';
import { ensureLighthouse, runLighthouse } from './bench/lighthouse.mjs';
import { measureResponsiveness } from './bench/responsiveness.mjs';
import { measureSearch } from './bench/search.mjs';
import { measureWeight } from './bench/weight.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const benchDir = join(root, '.bench');
const argv = process.argv.slice(2);
const editsIndex = argv.indexOf('--edits');
const edits = editsIndex === -1 ? 200 : Number(argv[editsIndex + 1]);
const runsIndex = argv.indexOf('--lighthouse-runs');
const lighthouseRuns = runsIndex === -1 ? 3 : Math.max(1, Number(argv[runsIndex + 1]) || 1);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** @type {{ pageWithIslands: { maxJsGzipBytes: number, maxJsFiles: number }, pageWithIslandsInUse: { maxJsGzipBytes: number, maxJsFiles: number }, pageWithoutIslands: { maxJsGzipBytes: number }, searchOpened: { maxJsGzipBytes: number }, lighthouse: Record<string, number>, calculatorUpdateP95Ms: number, buildSeconds: number }} */
const budgets = JSON.parse(readFileSync(join(root, 'bench-budgets.json'), 'utf8'));
mkdirSync(benchDir, { recursive: true });

/** A free loopback port, so the build's canonical URLs match the server the bench uses. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;

// 1. Build (timed), with the bench server's origin as SITE_URL so canonical links are same-origin.
let buildSeconds = null;
if (!argv.includes('--no-build')) {
  log('Building…');
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: origin, BASE_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}\n${build.stderr}\nastro build failed: nothing to measure.\n`);
    process.exit(1);
  }
}
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write('dist/ has no build: run without --no-build.\n');
  process.exit(1);
}

const server = await startStaticServer({ root: dist, port });
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs, headless: true });
const pages = builtPages(dist);

// 2. Weight of every page (and of the 404 page, a page with no island), then opening search.
/** @type {{ path: string, islands: number, calculators: number, jsRaw: number, jsGzip: number, jsFiles: number, totalRaw: number, totalGzip: number, requests: number, scripts: { path: string, gzip: number }[], inUse: { jsGzip: number, jsFiles: number, scripts: { path: string, gzip: number }[] } }[]} */
const weights = [];
for (const path of pages) {
  log(`Weighing /${path}`);
  const kind = pageKind(dist, path);
  const weight = await measureWeight(browser, `${origin}/${path}`);
  weights.push({ path: `/${path}`, ...kind, ...weight });
}
weights.push({ path: '(404)', calculators: 0, ...(await measureWeight(browser, `${origin}/no-such-page/`)) });
log('Opening search on /');
const search = await measureSearch(browser, `${origin}/`);

/** The JavaScript budget of a page: one for pages with an island, one for pages without. */
const jsBudget = (/** @type {{ islands: number }} */ page) =>
  page.islands > 0
    ? { label: `≤ ${kb(budgets.pageWithIslands.maxJsGzipBytes)} kB in ≤ ${budgets.pageWithIslands.maxJsFiles} files`, bytes: budgets.pageWithIslands.maxJsGzipBytes, files: budgets.pageWithIslands.maxJsFiles }
    : { label: `≤ ${kb(budgets.pageWithoutIslands.maxJsGzipBytes)} kB`, bytes: budgets.pageWithoutIslands.maxJsGzipBytes, files: Infinity };
const withinJsBudget = (/** @type {{ islands: number, jsGzip: number, jsFiles: number }} */ page) => page.jsGzip <= jsBudget(page).bytes && page.jsFiles <= jsBudget(page).files;
const inUseBudget = budgets.pageWithIslandsInUse;
const inUseLabel = `≤ ${kb(inUseBudget.maxJsGzipBytes)} kB in ≤ ${inUseBudget.maxJsFiles} files`;
/** A page without a calculator has nothing to use: its JavaScript in use is its JavaScript at rest. */
const withinInUseBudget = (/** @type {{ islands: number, inUse: { jsGzip: number, jsFiles: number } }} */ page) =>
  page.islands === 0 || (page.inUse.jsGzip <= inUseBudget.maxJsGzipBytes && page.inUse.jsFiles <= inUseBudget.maxJsFiles);

// 3. Calculator responsiveness.
/** @type {{ path: string, calculator: string, field: string, edits: number, p50: number, p95: number, max: number }[]} */
const responsiveness = [];
for (const page of weights.filter((item) => item.calculators > 0)) {
  log(`Timing ${edits} edits per calculator on ${page.path}`);
  for (const result of await measureResponsiveness(browser, `${origin}${page.path}`, edits)) responsiveness.push({ path: page.path, ...result });
}
await browser.close();

// 4. Lighthouse on the landing page, the heaviest calculator page and the history page.
/** @type {{ path: string, why: string, scores: Record<string, number>, failing: string[], metrics: { fcpMs: number, lcpMs: number, tbtMs: number, cls: number }, performanceScores: number[] }[]} */
const lighthouse = [];
if (!argv.includes('--no-lighthouse')) {
  const cli = ensureLighthouse(benchDir);
  // Heaviest once its calculators are in use: Lighthouse loads the page without using them, so it
  // sees the page at rest, but this is the page with the most to wake.
  const heaviest = weights.filter((page) => page.calculators > 0).sort((a, b) => b.inUse.jsGzip - a.inUse.jsGzip)[0];
  const targets = [{ path: '/', why: 'landing page' }];
  if (heaviest) targets.push({ path: heaviest.path, why: 'heaviest calculator page' });
  if (pages.includes('history/price-tag-of-progress/')) targets.push({ path: '/history/price-tag-of-progress/', why: 'history page' });
  for (const [index, target] of targets.entries()) {
    const reports = [];
    for (let run = 0; run < lighthouseRuns; run += 1) {
      log(`Lighthouse (mobile) on ${target.path}, run ${run + 1} of ${lighthouseRuns}`);
      reports.push(await runLighthouse(cli, `${origin}${target.path}`, chromePath, join(benchDir, `lighthouse-${index}-${run}.json`)));
    }
    const byPerformance = [...reports].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
    const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? reports[0];
    if (median) lighthouse.push({ ...target, ...median, performanceScores: reports.map((report) => report.scores.performance ?? 0) });
  }
}
await server.close();

// 5. Budgets.
/** @type {string[]} */
const misses = [];
if (buildSeconds !== null && buildSeconds > budgets.buildSeconds) misses.push(`build took ${buildSeconds.toFixed(1)} s (budget ${budgets.buildSeconds} s)`);
for (const page of weights) {
  if (!withinJsBudget(page)) misses.push(`${page.path}: ${kb(page.jsGzip)} kB gzip JS in ${page.jsFiles} files (budget ${jsBudget(page).label})`);
  if (!withinInUseBudget(page)) misses.push(`${page.path}, every calculator in use: ${kb(page.inUse.jsGzip)} kB gzip JS in ${page.inUse.jsFiles} files (budget ${inUseLabel})`);
}
if (search.jsGzip > budgets.searchOpened.maxJsGzipBytes) misses.push(`opening search: ${kb(search.jsGzip)} kB gzip JS (budget ≤ ${kb(budgets.searchOpened.maxJsGzipBytes)} kB)`);
for (const result of responsiveness) {
  if (!(result.p95 <= budgets.calculatorUpdateP95Ms)) misses.push(`${result.path}#${result.calculator}: update p95 ${result.p95.toFixed(1)} ms (budget ${budgets.calculatorUpdateP95Ms} ms)`);
  if (result.edits < edits) misses.push(`${result.path}#${result.calculator}: only ${result.edits} of ${edits} edits updated the results`);
}
for (const page of weights.filter((item) => item.calculators > 0)) {
  if (!responsiveness.some((result) => result.path === page.path)) misses.push(`${page.path}: no calculator field could be timed`);
}
for (const run of lighthouse) {
  for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
    const score = run.scores[category];
    if (!(score !== undefined && score >= minimum)) misses.push(`${run.path}: Lighthouse ${category} ${score} (budget ≥ ${minimum}); losing: ${run.failing.filter((line) => line.startsWith(category)).join('; ') || 'n/a'}`);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim()}`;
const results = {
  date: new Date().toISOString(),
  machine,
  budgets,
  buildSeconds,
  pages: weights,
  search,
  responsiveness,
  lighthouse,
  misses,
};
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// 6. Report (markdown on stdout).
const lines = [];
lines.push(`Benchmark of ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine}`, '');
lines.push(`Build: ${buildSeconds === null ? 'not run (--no-build)' : `${buildSeconds.toFixed(1)} s`} (budget < ${budgets.buildSeconds} s)`, '');
lines.push(`| page | islands | JS files | JS gzip kB | JS budget | met | in use: JS files | in use: JS gzip kB (budget ${inUseLabel}) | met | page weight gzip kB | requests |`);
lines.push('|---|---:|---:|---:|---|---|---:|---:|---|---:|---:|');
for (const page of weights) {
  const inUse = page.islands === 0 ? '| — | — | — |' : `| ${page.inUse.jsFiles} | ${kb(page.inUse.jsGzip)} | ${withinInUseBudget(page) ? 'yes' : '**no**'} |`;
  lines.push(`| ${page.path} | ${page.islands} | ${page.jsFiles} | ${kb(page.jsGzip)} | ${jsBudget(page).label} | ${withinJsBudget(page) ? 'yes' : '**no**'} ${inUse} ${kb(page.totalGzip)} | ${page.requests} |`);
}
lines.push('');
lines.push(
  `Opening search (on /): ${kb(search.jsGzip)} kB gzip JS in ${search.jsFiles} files (budget ≤ ${kb(budgets.searchOpened.maxJsGzipBytes)} kB: ${search.jsGzip <= budgets.searchOpened.maxJsGzipBytes ? 'met' : '**missed**'}), plus ${kb(search.cssGzip)} kB CSS and ${kb(search.otherGzip)} kB of Pagefind's WebAssembly and index metadata.`,
  '',
);
if (responsiveness.length > 0) {
  lines.push(`| calculator | field edited | edits | p50 ms | p95 ms | max ms | budget p95 ≤ ${budgets.calculatorUpdateP95Ms} ms |`);
  lines.push('|---|---|---:|---:|---:|---:|---|');
  for (const result of responsiveness) {
    lines.push(`| ${result.path}#${result.calculator} | ${result.field} | ${result.edits} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${result.max.toFixed(1)} | ${result.p95 <= budgets.calculatorUpdateP95Ms ? 'ok' : '**over**'} |`);
  }
  lines.push('');
}
if (lighthouse.length > 0) {
  lines.push(`| Lighthouse (mobile), median of ${lighthouseRuns} | performance (each run) | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |`);
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of lighthouse) {
    lines.push(`| ${run.path} (${run.why}) | ${run.scores.performance} (${run.performanceScores.join(', ')}) | ${run.scores.accessibility} | ${run.scores['best-practices']} | ${run.scores.seo} | ${Math.round(run.metrics.fcpMs)} | ${Math.round(run.metrics.lcpMs)} | ${Math.round(run.metrics.tbtMs)} | ${run.metrics.cls.toFixed(3)} |`);
  }
  lines.push(`Budgets: performance ≥ ${budgets.lighthouse.performance}, accessibility ≥ ${budgets.lighthouse.accessibility}, best practices ≥ ${budgets.lighthouse['best-practices']}, SEO ≥ ${budgets.lighthouse.seo}.`, '');
}
lines.push(misses.length === 0 ? 'All budgets met.' : `Budgets missed (${misses.length}):`);
for (const miss of misses) lines.push(`- ${miss}`);
process.stdout.write(`${lines.join('\n')}\n`);
process.exit(misses.length === 0 ? 0 : 1);

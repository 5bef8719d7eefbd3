// @ts-check
// Lighthouse (mobile profile, the default), run with the system Chromium. Lighthouse is large
// (~180 MB), so it is installed on demand into .bench/lighthouse, outside the project's install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../chromium-args.mjs';

/**
 * Path of Lighthouse's CLI, installing `lighthouse@13` into `<benchDir>/lighthouse` first if needed.
 * @param {string} benchDir
 */
export function ensureLighthouse(benchDir) {
  const prefix = join(benchDir, 'lighthouse');
  const cli = join(prefix, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (existsSync(cli)) return cli;
  mkdirSync(prefix, { recursive: true });
  process.stderr.write('Installing Lighthouse 13 into .bench/lighthouse (once; not part of the project install)…\n');
  const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'lighthouse@13'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0 || !existsSync(cli)) throw new Error('Could not install Lighthouse (npm install lighthouse@13 failed)');
  return cli;
}

/**
 * Category scores (0–100) of one Lighthouse run, and the audits that lost points.
 * @param {string} cli @param {string} url @param {string} chromePath @param {string} outputPath
 * @returns {Promise<{ scores: Record<string, number>, failing: string[], metrics: { fcpMs: number, lcpMs: number, tbtMs: number, cls: number } }>}
 */
export async function runLighthouse(cli, url, chromePath, outputPath) {
  // Asynchronous on purpose: the page is served from this very process, and a spawnSync would
  // block the server's event loop while Lighthouse waits for it.
  const child = spawn(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromiumArgs.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (status !== 0 || !existsSync(outputPath)) throw new Error(`Lighthouse failed on ${url} (exit ${status}): ${stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(outputPath, 'utf8'));
  /** @type {Record<string, number>} */
  const scores = {};
  /** @type {string[]} */
  const failing = [];
  for (const [id, category] of Object.entries(report.categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${ref.id} (${audit.displayValue ?? audit.score})`);
    }
  }
  const metric = (/** @type {string} */ id) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores,
    failing,
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
    },
  };
}

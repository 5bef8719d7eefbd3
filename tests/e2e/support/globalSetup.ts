import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { buildSite } from './build';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of the served build, ending in `/`. */
    siteUrl: string;
    /** Absolute path of the Chromium executable. */
    chromiumPath: string;
  }
}

const distDirectory = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * Builds the site once, serves dist/ on a free loopback port, and hands the URL and
 * the browser's path to every e2e test. `E2E_REUSE_BUILD=1` skips the build when
 * dist/ exists (local iteration only; `npm test` always builds).
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!(process.env.E2E_REUSE_BUILD === '1' && existsSync(distDirectory))) {
    buildSite({ env: { BASE_PATH: '', SITE_URL: '' } });
  }
  const server = await startStaticServer({ root: distDirectory });
  project.provide('siteUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}

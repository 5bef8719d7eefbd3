// @ts-check
// Pages of the build, discovered from dist/ (so new pages are measured without editing the bench).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Site paths of every dist/**\/index.html: '' for the landing page, 'training-steps/compute/'.
 * @param {string} dist absolute path of dist/
 * @returns {string[]}
 */
export function discoverPages(dist) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} directory */
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
      } else if (entry.name === 'index.html') {
        const folder = relative(dist, directory).split(sep).join('/');
        pages.push(folder === '' ? '' : `${folder}/`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * Whether a page's built HTML holds an island (`<astro-island`) and a calculator.
 * @param {string} dist @param {string} path
 */
export function pageKind(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return {
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    calculators: (html.match(/class="[^"]*\btot-calculator\b/g) ?? []).length,
  };
}

/** Flags for a headless Debian Chromium with no network but loopback (as the e2e tests use). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

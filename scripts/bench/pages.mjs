// @ts-check
// What a built page holds, for the bench's table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

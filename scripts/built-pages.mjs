// @ts-check
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Site paths of every page of a build, from its `**\/index.html` files: `''` for the landing page,
 * `'training-steps/compute/'`, sorted. The bench and the e2e suite both find pages this way, so a
 * page added tomorrow is measured and tested without editing either. Build assets (`_astro/`) and
 * the search index (`pagefind/`) hold no pages; `404.html` is not an `index.html`.
 * @param {string} dist absolute path of the build folder
 * @returns {string[]}
 */
export function builtPages(dist) {
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

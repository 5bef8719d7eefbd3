/**
 * How the browser's JavaScript is split into files (Rolldown's `output.codeSplitting.groups`,
 * for Vite's client build only). Left to itself the bundler gives every set of modules shared
 * by a different set of islands its own file, and a calculator page fetched 13 to 24 small
 * files, each gzipped alone. The rules go by package and folder, so a new calculator, library
 * module or kit component falls under them without editing this file:
 *
 * - `site`: the scripts every page runs: Vite's dynamic-import helper, Starlight's table of
 *   contents element (its two TOC scripts share it) and the search element. One file, where the
 *   table of contents and search were four.
 * - `resting`: what a page with a calculator runs before the reader uses one: Preact's core (Astro's
 *   island renderer needs it too) and the resting island that keeps the server's markup until the
 *   calculator is needed (`src/components/kit/restingIsland.ts`, with the DOM checks it makes).
 *   One file.
 * - `calculators`: what most calculators run once woken: Preact's hooks, nanostores, the stores, the
 *   kit, and every library module that four islands or more use (with what those import). One
 *   file, fetched when the first calculator on a page wakes.
 * - `shared`: the rest of `src/` that two or three islands use (a library module two calculators
 *   share, components one section's islands share). Rolldown groups these by the set of islands
 *   that import them (`entriesAware`) and merges sets smaller than 8 kB before minification into
 *   their nearest neighbour, so a page fetches one or two such files and little it does not run.
 *   (Everything shared by two islands in `islands`, as before, made every calculator page fetch
 *   the decision helper's rules and the serving-cost model: 31.5 kB where this file is 21–23 kB.)
 *
 * Each island's own module stays its own file: Astro hydrates an island from the module it was
 * imported with. Pagefind's UI (src/components/overrides/search/searchUi.ts) is imported only on
 * demand, so it stays out of every group.
 */

/** One group of `codeSplitting.groups` (Rolldown's `CodeSplittingGroup`, the fields used here). */
export interface ChunkGroup {
  name: string;
  test: RegExp;
  /** Higher is decided first: a module goes to the first group that takes it. */
  priority: number;
  /** Taken only when at least this many entries (page scripts, islands) use the module. */
  minShareCount?: number;
  /** Splits the group by the set of entries that use each module. */
  entriesAware?: boolean;
  /** With `entriesAware`: sets smaller than this many bytes join their nearest neighbour. */
  entriesAwareMergeThreshold?: number;
}

/** Path separator in a module id, on any platform. */
const sep = String.raw`[\\/]`;

export const clientChunkGroups: readonly ChunkGroup[] = [
  {
    name: 'site',
    test: new RegExp(
      [`vite${sep}preload-helper`, `@astrojs${sep}starlight${sep}.*(starlight-toc|MobileTableOfContents)`, `overrides${sep}search${sep}siteSearch`].join('|'),
    ),
    priority: 3,
  },
  {
    name: 'resting',
    test: new RegExp(
      [`node_modules${sep}preact${sep}dist${sep}`, `${sep}src${sep}components${sep}kit${sep}(restingIsland|earlyInput)\\.`, `${sep}src${sep}stores${sep}storageKeys\\.`].join('|'),
    ),
    priority: 3,
  },
  {
    name: 'calculators',
    test: new RegExp(`node_modules${sep}(preact|@preact|nanostores|@nanostores)${sep}|${sep}src${sep}(stores|lib|components${sep}kit)${sep}`),
    minShareCount: 4,
    priority: 2,
  },
  {
    name: 'shared',
    test: new RegExp(`${sep}src${sep}`),
    minShareCount: 2,
    entriesAware: true,
    entriesAwareMergeThreshold: 8_000,
    priority: 1,
  },
];

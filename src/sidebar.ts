import { readdirSync, existsSync } from 'node:fs';
import { runPagePath } from './components/history/runLinks';
import { trainingRuns } from './lib/trainingRuns';

/** The guide's sections, in reading order, each a folder under `src/content/docs`. */
export const sections = [
  { label: 'Transformer basics', directory: 'basics' },
  { label: 'Cost history', directory: 'history' },
  { label: 'Training steps', directory: 'training-steps' },
  { label: 'Recommendations', directory: 'recommendations' },
  { label: 'Reference', directory: 'reference' },
] as const;

const articlePattern = /\.mdx?$/;

/**
 * Starlight sidebar groups for the sections that hold at least one article.
 *
 * A section without pages is left out rather than shown empty: the guide never
 * advertises a "coming soon" page.
 */
export function sidebarGroups(docsDirectory: URL) {
  return sections
    .filter(({ directory }) => {
      const folder = new URL(`${directory}/`, docsDirectory);
      return existsSync(folder) && readdirSync(folder).some((file) => articlePattern.test(file));
    })
    .map(({ label, directory }) => ({
      label,
      items: [{ autogenerate: { directory } }, ...(directory === 'history' ? [runPagesGroup()] : [])],
    }));
}

/**
 * One link per published run (`src/pages/history/runs/[id].astro`), collapsed under Cost history.
 * Links are root-absolute site paths: Starlight puts the base path in front of a manual link
 * itself (its `formatPath`), so adding it here doubled it under `BASE_PATH`.
 */
export function runPagesGroup() {
  return {
    label: 'Every run',
    collapsed: true,
    items: trainingRuns.map((run) => ({ label: run.name, link: runPagePath(run.id) })),
  };
}

import { readdirSync, existsSync } from 'node:fs';

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
    .map(({ label, directory }) => ({ label, items: [{ autogenerate: { directory } }] }));
}

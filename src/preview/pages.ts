/**
 * Every page that gets a preview image, with what its card says: the articles (Starlight's docs
 * collection, less the 404 page), the calculator embeds and the page of each published run.
 */
import { getCollection } from 'astro:content';
import { embedPath, embedTargets } from '~/components/embeds';
import { runPagePreviews } from '~/components/history/runPage';
import { trainingRuns } from '~/lib';
import { sections } from '~/sidebar';
import type { PreviewCard } from './card';
import { pageHeadlines } from './headlines';

/** A page of the site and its preview; `path` is the site path without the base: `''`, `training-steps/compute/`. */
export interface PreviewPage {
  path: string;
  card: PreviewCard;
}

/** Where a page's preview image is served, before the base path: `/preview/training-steps/compute.png`. */
export function previewImagePath(pagePath: string): `/${string}.png` {
  return `/preview/${previewImageName(pagePath)}.png`;
}

/** The image's name inside `/preview/`: `training-steps/compute`, or `index` for the landing page. */
export function previewImageName(pagePath: string): string {
  return pagePath === '' ? 'index' : pagePath.replace(/\/$/, '');
}

const sectionLabel = (id: string): string | null => sections.find(({ directory }) => id.startsWith(`${directory}/`))?.label ?? null;

async function collectPreviewPages(): Promise<PreviewPage[]> {
  const docs = (await getCollection('docs')).filter((entry) => entry.id !== '404');
  const unknown = Object.keys(pageHeadlines).filter((id) => !docs.some((entry) => entry.id === id));
  if (unknown.length > 0) throw new Error(`Preview headlines name pages that do not exist: ${unknown.join(', ')}`);

  const articles = docs.map((entry): PreviewPage => ({
    path: entry.id === 'index' ? '' : `${entry.id}/`,
    card: {
      title: entry.data.title,
      section: sectionLabel(entry.id),
      description: entry.data.description ?? '',
      headline: pageHeadlines[entry.id]?.() ?? null,
    },
  }));
  const embeds = Object.values(embedTargets).map((target): PreviewPage => {
    const articleId = target.article.slice(1, -1);
    const article = docs.find((entry) => entry.id === articleId);
    if (article === undefined) throw new Error(`The embed "${target.anchor}" names an article that does not exist: ${target.article}`);
    return {
      path: embedPath(target).slice(1),
      card: {
        title: target.title,
        section: sectionLabel(articleId),
        description: `A calculator from “${article.data.title}”, to run on your own numbers.`,
        headline: pageHeadlines[articleId]?.() ?? null,
      },
    };
  });
  return [...articles, ...embeds, ...runPagePreviews(trainingRuns)];
}

let cached: Promise<PreviewPage[]> | undefined;

/** Every page with a preview, computed once per build. */
export function previewPages(): Promise<PreviewPage[]> {
  cached ??= collectPreviewPages();
  return cached;
}

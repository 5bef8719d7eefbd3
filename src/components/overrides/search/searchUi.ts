/**
 * The part of site search that loads when the reader first opens it (see siteSearch.ts):
 * Pagefind's UI and its stylesheet (with Starlight's styling), mounted with the options
 * Starlight 0.42 uses. The stylesheet is imported as a URL and linked here: imported as CSS,
 * Astro would link it from every page's head.
 */
import { PagefindUI } from '@pagefind/default-ui';
import stylesheetUrl from './searchUi.css?url';

/** Pagefind's result, as far as the URL rewrite reads and writes it. */
interface Result {
  url: string;
  sub_results: { url: string }[];
}

/** A JSON object from a data attribute, or `{}` when it is missing or not an object. */
function jsonObject(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Links a stylesheet into the page; resolves once it applies, so the UI never shows unstyled. */
function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/**
 * Mounts Pagefind's UI into the `#starlight__search` element of `host` (the `<site-search>`
 * element), with the translations, Pagefind options and trailing-slash setting the server put
 * in its data attributes (see Search.astro).
 *
 * Pagefind's own worker is off (`noWorker`): it is a second copy of Pagefind's engine, 12 kB of
 * JavaScript more on opening search, and the index of a site this size searches in milliseconds
 * on the page's own thread.
 */
export async function mountSearch(host: HTMLElement): Promise<PagefindUI> {
  await linkStylesheet(stylesheetUrl);
  const base = import.meta.env.BASE_URL;
  const formatUrl =
    host.dataset.stripTrailingSlash === undefined ? (path: string) => path : (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
  return new PagefindUI({
    ...jsonObject(host.dataset.pagefindConfig),
    element: host.querySelector<HTMLElement>('#starlight__search') ?? '#starlight__search',
    baseUrl: base,
    bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
    showImages: false,
    translations: jsonObject(host.dataset.translations),
    showSubResults: true,
    noWorker: true,
    processResult: (result: Result) => {
      result.url = formatUrl(result.url);
      result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatUrl(sub.url) }));
    },
  });
}

/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs): head tags Starlight does
 * not write itself.
 *
 * - The preview image (`og:image`, `twitter:image`, with its size and a text alternative) on every
 *   page that has one. Open Graph and X want an absolute URL, so without `SITE_URL` the tags are
 *   left out rather than written relative (scrapers do not resolve those) or pointing at a
 *   development server; the build then warns once (src/plugins/siteUrl.ts).
 * - On calculator embeds: `noindex` (the article is the page to find), and links open in a new
 *   tab, because every page but the embeds refuses to be framed.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isEmbedPath, sitePath } from '~/components/embeds';
import { withBase } from '~/components/kit/withBase';
import { previewAlt, previewSizePx } from '~/preview/card';
import { previewImagePath, previewPages } from '~/preview/pages';

export const onRequest = defineRouteMiddleware(async (context) => {
  const { head } = context.locals.starlightRoute;
  const path = sitePath(context.url.pathname);
  // Hero buttons link root-absolute in frontmatter, which the base-path rehype plugin never sees.
  for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
    const base = withBase('/');
    if (action.link.startsWith('/') && !action.link.startsWith(base)) action.link = withBase(action.link as `/${string}`);
  }
  if (isEmbedPath(context.url.pathname)) {
    head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }, { tag: 'base', attrs: { target: '_blank' } });
  }
  const page = (await previewPages()).find((candidate) => candidate.path === path);
  if (page === undefined || context.site === undefined) return;
  const image = new URL(withBase(previewImagePath(page.path)), context.site).href;
  const alt = previewAlt(page.card);
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(previewSizePx.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(previewSizePx.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
  );
});

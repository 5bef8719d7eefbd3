/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs): head tags Starlight does
 * not write itself. On calculator embeds: `noindex` (the article is the page to find), and links
 * open in a new tab, because every page but the embeds refuses to be framed.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isEmbedPath } from '~/components/embeds';

export const onRequest = defineRouteMiddleware((context) => {
  if (isEmbedPath(context.url.pathname)) {
    context.locals.starlightRoute.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }, { tag: 'base', attrs: { target: '_blank' } });
  }
});
